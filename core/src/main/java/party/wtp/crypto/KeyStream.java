package party.wtp.crypto;

/**
 * A ChaCha key stream (RFC 8439 layout: 96-bit nonce, 32-bit block counter) XORed over a stream: ChaCha20 for the
 * envelope's outer layer and everything else, ChaCha8 for its inner layer ({@link #chacha8}).
 * One instance is one (key, nonce) pair used exactly once, front to back.
 */
public final class KeyStream {
    public static final int KEY_LENGTH = 32;
    public static final int NONCE_LENGTH = 12;
    /** ChaCha20: RFC 8439. */
    static final int CHACHA20_ROUNDS = 20;
    /** ChaCha8: the same cipher with 8 rounds (Bernstein 2008), for streams that need no secrecy, only distinctness. */
    static final int CHACHA8_ROUNDS = 8;
    private final ChaCha engine;

    /** ChaCha20 from block 0. */
    public KeyStream(byte[] key, byte[] nonce) {
        this(key, nonce, 0);
    }

    /** ChaCha20 from 64-byte block {@code firstBlock} (an unsigned 32-bit counter). */
    public KeyStream(byte[] key, byte[] nonce, int firstBlock) {
        this(key, nonce, firstBlock, CHACHA20_ROUNDS);
    }

    private KeyStream(byte[] key, byte[] nonce, int firstBlock, int rounds) {
        if (key.length != KEY_LENGTH || nonce.length != NONCE_LENGTH) {
            throw new IllegalArgumentException("ChaCha needs a 32-byte key and a 12-byte nonce");
        }
        engine = new ChaCha(key, nonce, firstBlock, rounds);
    }

    /** ChaCha8 from block 0. */
    public static KeyStream chacha8(byte[] key, byte[] nonce) {
        return new KeyStream(key, nonce, 0, CHACHA8_ROUNDS);
    }

    /** XORs the next {@code len} key stream bytes over {@code in} into {@code out} (which may be {@code in}). */
    public void apply(byte[] in, int inOff, int len, byte[] out, int outOff) {
        engine.apply(in, inOff, len, out, outOff);
    }

    public void apply(byte[] data) {
        apply(data, 0, data.length, data, 0);
    }
}
