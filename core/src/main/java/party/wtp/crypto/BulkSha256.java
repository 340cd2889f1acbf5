package party.wtp.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 for bulk content (envelope bodies): the platform's fastest. This is the JVM's, the JDK's
 * {@link MessageDigest}, which runs on the CPU's SHA instructions where it has them (7x {@link Sha256} on the
 * build machine; as fast as it elsewhere). The browser clients compile a stand-in over {@link Sha256} in its place
 * (TeaVM class substitution), so both sides hash bodies with the same function. Streaming use: {@link #update},
 * then {@link #digest()} once.
 */
public final class BulkSha256 {
    private final MessageDigest digest;
    private boolean done;

    public BulkSha256() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime has no SHA-256", e);
        }
    }

    public BulkSha256 update(byte[] data, int off, int len) {
        if (done) {
            throw new IllegalStateException("digest() was already called");
        }
        digest.update(data, off, len);
        return this;
    }

    public byte[] digest() {
        if (done) {
            throw new IllegalStateException("digest() was already called");
        }
        done = true;
        return digest.digest();
    }
}
