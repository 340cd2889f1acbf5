package party.wtp.client.shim.javax.security.auth;

/** TeaVM stand-in for {@code javax.security.auth.DestroyFailedException}. */
public class DestroyFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    /** A failure without detail. */
    public DestroyFailedException() {
        super();
    }

    /** A failure with a message. */
    public DestroyFailedException(String message) {
        super(message);
    }
}
