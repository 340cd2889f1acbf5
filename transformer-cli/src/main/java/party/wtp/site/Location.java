package party.wtp.site;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a reference points once resolved: nowhere worth rewriting (an in-page anchor, {@code mailto:}, {@code data:}…),
 * somewhere else on the web, or a path on the site's own host.
 *
 * @param kind which of the three
 * @param segments for {@link Kind#HOST_PATH}: percent-decoded path segments from the host's root; a last empty segment
 *     means a folder
 * @param fragment the fragment as written without {@code #}, or null
 * @param namedHost whether the reference named the host itself ({@code https://host/…} or {@code //host/…})
 */
record Location(Kind kind, List<String> segments, String fragment, boolean namedHost) {

    enum Kind { NONE, EXTERNAL, HOST_PATH }

    static final Location NONE = new Location(Kind.NONE, List.of(), null, false);
    static final Location EXTERNAL = new Location(Kind.EXTERNAL, List.of(), null, false);

    Location {
        segments = List.copyOf(segments);
    }

    static Location hostPath(List<String> segments, String fragment, boolean namedHost) {
        return new Location(Kind.HOST_PATH, segments, fragment, namedHost);
    }

    /** The location of a site file, which is the base its relative references resolve against. */
    static Location ofFile(SiteUrl site, String logicalPath) {
        List<String> segments = new ArrayList<>(site == null ? List.of() : site.prefix());
        segments.addAll(List.of(Normalizer.normalize(logicalPath, Normalizer.Form.NFC).split("/", -1)));
        return hostPath(segments, null, false);
    }

    /** The folder part of this location, against which relative paths resolve. */
    List<String> folder() {
        return segments.isEmpty() ? List.of() : segments.subList(0, segments.size() - 1);
    }

    /**
     * The site-relative path of this location (NFC, {@code /}-separated, ending with {@code /} for a folder, empty for the
     * site root), or null if it is not inside the site.
     */
    String sitePath(SiteUrl site) {
        if (kind != Kind.HOST_PATH) {
            return null;
        }
        List<String> prefix = site == null ? List.of() : site.prefix();
        if (segments.size() < prefix.size() || !segments.subList(0, prefix.size()).equals(prefix)) {
            return null;
        }
        String path = String.join("/", segments.subList(prefix.size(), segments.size()));
        return Normalizer.normalize(path, Normalizer.Form.NFC);
    }
}
