package party.wtp.site;

/** Where the rewriters report references they leave unchanged because something is wrong with them; never fatal. */
@FunctionalInterface
public interface Warnings {

    /**
     * @param file logical path of the file being rewritten
     * @param reference the reference as written in that file (after HTML entity decoding), or the file's name for
     *     problems with the file as a whole
     * @param reason what is wrong, in a few words
     */
    void warn(String file, String reference, String reason);
}
