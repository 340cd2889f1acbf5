package party.wtp.verify;

/** Verification could not start: a missing folder, an unusable key; one line naming the input and the problem. */
public final class VerifyException extends Exception {
    public VerifyException(String message) {
        super(message);
    }
}
