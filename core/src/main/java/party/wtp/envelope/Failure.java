package party.wtp.envelope;

/** Why an envelope was refused, in the words a reader and a health report need. */
public enum Failure {
    /** Not an envelope of this format: bad magic, version or kind, truncated, or bytes after the end. */
    MALFORMED("malformed"),
    /** A valid envelope of another resource than the one asked for. */
    WRONG_RESOURCE("wrong resource"),
    /** Declares more bytes than the reader allows; refused before reading them. */
    OVERSIZE("oversize"),
    /** The bytes do not hash to a leaf of the signed tree. */
    BAD_PROOF("bad proof"),
    /** The root's signature does not hold for this party's key. */
    BAD_SIGNATURE("bad signature"),
    /** Authentic, but of an older generation than the reader already knows. */
    STALE("stale generation");

    private final String words;

    Failure(String words) {
        this.words = words;
    }

    /** Short plain words for messages and reports. */
    public String words() {
        return words;
    }
}
