package party.wtp.crypto;

/**
 * Where fresh keys and nonces come from. The JVM uses the operating system's generator, the browser
 * {@code crypto.getRandomValues}; an implementation must fail rather than fall back to a weak source.
 */
public interface Randomness {
    void fill(byte[] out);

    default byte[] bytes(int n) {
        byte[] out = new byte[n];
        fill(out);
        return out;
    }
}
