package party.wtp.walk;

/** Why one fetch of the walk did not give a usable answer; each has plain words for the reader and for health reports. */
public enum Failure {
    /** The mirror answered but has no such file (HTTP 404 and the like). */
    NOT_FOUND("did not have it", false),
    /** No answer, or no progress, within the fetch's timeout (reported by the driver or enforced by the walk). */
    TIMEOUT("did not answer in time", true),
    /** Connection refused, DNS failure, CORS or other network error: the mirror could not be reached. */
    REFUSED("could not be reached", true),
    /** The bytes did not match the party's signed proof: a damaged or altered copy. */
    BAD_PROOF("sent a damaged copy", false),
    /** A signature did not verify against the party's key. */
    BAD_SIGNATURE("sent something not signed by this party", false),
    /** The answer was larger than allowed. */
    OVERSIZE("sent more data than allowed", false),
    /** A valid copy of another file of the party, served under the name asked for. */
    WRONG_FILE("sent another file than the one asked for", false),
    /** Not a copy of any file of this format: an error page served as a success, a cut or garbled answer. */
    MALFORMED("sent something that is not a copy of this file", false);

    private final String plainWords;
    private final boolean unreachable;

    Failure(String plainWords, boolean unreachable) {
        this.plainWords = plainWords;
        this.unreachable = unreachable;
    }

    /** Short words completing "the mirror ...", e.g. "did not answer in time". */
    public String plainWords() {
        return plainWords;
    }

    /** True when this failure means the mirror itself is out of reach, so the walk asks it nothing more. */
    public boolean meansUnreachable() {
        return unreachable;
    }
}
