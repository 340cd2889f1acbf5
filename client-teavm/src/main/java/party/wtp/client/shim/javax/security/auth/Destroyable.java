package party.wtp.client.shim.javax.security.auth;

/**
 * TeaVM stand-in for {@code javax.security.auth.Destroyable}, which Bouncy Castle's key classes implement
 * but TeaVM's class library lacks. Same shape as the JDK interface.
 */
public interface Destroyable {
    /** Clears the secret this object holds. */
    default void destroy() throws DestroyFailedException {
        throw new DestroyFailedException();
    }

    /** Whether {@link #destroy()} has cleared this object. */
    default boolean isDestroyed() {
        return false;
    }
}
