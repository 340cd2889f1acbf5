package party.wtp.site;

import java.util.Optional;

/**
 * What the build knows about the site being rewritten: which files exist and what URL each reference becomes.
 * Logical paths are site-relative, use {@code /} separators, have no leading slash and are in Unicode NFC.
 */
public interface LinkTarget {

    /**
     * The new URL text for a reference to {@code logicalPath}, or empty to leave the reference as it was written.
     *
     * @param logicalPath an existing file of the site (as {@link #exists} said)
     * @param fragmentOrNull the fragment of the reference, without {@code #} and as written, or null if it had none
     * @param usage how the referring file uses the target
     */
    Optional<String> urlFor(String logicalPath, String fragmentOrNull, Usage usage);

    /** Whether the site has a file at {@code logicalPath}. */
    boolean exists(String logicalPath);
}
