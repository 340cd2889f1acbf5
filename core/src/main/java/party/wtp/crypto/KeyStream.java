package party.wtp.crypto;

/**
 * ChaCha20 (RFC 8439, 96-bit nonce, block counter from 0) XORed over a stream: both layers of an envelope.
 * One instance is one (key, nonce) pair used exactly once, front to back.
 */
public final class KeyStream {
    public static final int KEY_LENGTH = 32;
    public static final int NONCE_LENGTH = 12;
    private final ChaCha20 engine;

    public KeyStream(byte[] key, byte[] nonce) {
        this(key, nonce, 0);
    }

    /** A stream that starts at 64-byte block {@code firstBlock} (an unsigned 32-bit counter). */
    public KeyStream(byte[] key, byte[] nonce, int firstBlock) {
        if (key.length != KEY_LENGTH || nonce.length != NONCE_LENGTH) {
            throw new IllegalArgumentException("ChaCha20 needs a 32-byte key and a 12-byte nonce");
        }
        engine = new ChaCha20(key, nonce, firstBlock);
    }

    /** XORs the next {@code len} key stream bytes over {@code in} into {@code out} (which may be {@code in}). */
    public void apply(byte[] in, int inOff, int len, byte[] out, int outOff) {
        engine.apply(in, inOff, len, out, outOff);
    }

    public void apply(byte[] data) {
        apply(data, 0, data.length, data, 0);
    }
}
