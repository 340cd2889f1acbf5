package party.wtp.envelope;

/** An envelope refused; {@link #failure()} says why. A STALE refusal still carries the authentic older copy. */
public final class EnvelopeException extends Exception {
    private final Failure failure;
    private final transient OpenedEnvelope staleCopy;

    public EnvelopeException(Failure failure, String detail) {
        this(failure, detail, null);
    }

    EnvelopeException(Failure failure, String detail, OpenedEnvelope staleCopy) {
        super(failure.words() + ": " + detail);
        this.failure = failure;
        this.staleCopy = staleCopy;
    }

    public Failure failure() {
        return failure;
    }

    /** For {@link Failure#STALE}: the verified copy of the older generation, to show with a warning if nothing newer is found. */
    public OpenedEnvelope staleCopy() {
        return staleCopy;
    }
}
