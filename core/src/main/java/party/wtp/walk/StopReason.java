package party.wtp.walk;

/** Why a walk stopped looking: it found a current copy, ran out of mirrors, or hit one of its policy's caps. */
public enum StopReason {
    /** A current copy was found. */
    FOUND_CURRENT("found a current copy"),
    /** Every mirror the walk could reach was tried and every list it could read was read. */
    EXHAUSTED("no other mirrors are known"),
    /** The policy's maximum number of mirrors to try was reached. */
    MIRROR_CAP("stopped after trying the maximum number of mirrors"),
    /** The policy's maximum number of mirror lists to read was reached. */
    LIST_CAP("stopped after reading the maximum number of mirror lists"),
    /** The policy's maximum number of bytes to read was reached. */
    BYTE_CAP("stopped after reading the maximum amount of data"),
    /** The policy's maximum wall time was reached. */
    TIME_CAP("stopped after the maximum time");

    private final String plainWords;

    StopReason(String plainWords) {
        this.plainWords = plainWords;
    }

    /** Short plain words, e.g. "no other mirrors are known". */
    public String plainWords() {
        return plainWords;
    }
}
