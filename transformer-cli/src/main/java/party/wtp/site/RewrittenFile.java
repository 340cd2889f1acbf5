package party.wtp.site;

import java.nio.charset.Charset;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The result of rewriting one HTML or CSS file: its new text, the charset its bytes use, and the internal files it
 * references (in order of first appearance), each with the ways it is used.
 *
 * @param text the rewritten text; identical to the input outside the rewritten references
 * @param charset the charset of the file's bytes; {@link #bytes()} encodes with it
 * @param references logical path of every existing internal file referenced → how it is used
 */
public record RewrittenFile(String text, Charset charset, Map<String, Set<Usage>> references) {

    public RewrittenFile {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
        Map<String, Set<Usage>> copy = new LinkedHashMap<>();
        references.forEach((path, usages) -> {
            EnumSet<Usage> set = EnumSet.noneOf(Usage.class);
            set.addAll(usages);
            copy.put(path, Collections.unmodifiableSet(set));
        });
        references = Collections.unmodifiableMap(copy);
    }

    /** The rewritten file as bytes in its own charset; byte-identical to the input outside the rewritten references. */
    public byte[] bytes() {
        return text.getBytes(charset);
    }

    /** Logical paths of all internal files referenced, in order of first appearance. */
    public Set<String> referencedPaths() {
        return references.keySet();
    }

    /** Logical paths of the internal files referenced with {@code usage}, in order of first appearance. */
    public Set<String> referencedPaths(Usage usage) {
        Set<String> paths = new LinkedHashSet<>();
        references.forEach((path, usages) -> {
            if (usages.contains(usage)) {
                paths.add(path);
            }
        });
        return Collections.unmodifiableSet(paths);
    }
}
