package party.wtp.crypto;

/**
 * A byte array's memory seen as little-endian 32-bit words, shared, not copied: word {@code k} is bytes
 * {@code 4k..4k+3}. A JVM cannot alias a {@code byte[]} as an {@code int[]}, so here there is none and
 * {@link ChaCha} works on bytes; the browser client replaces this class with one that returns an
 * {@code Int32Array} over the same buffer (TeaVM's {@code int[]}), which is what makes ChaCha fast there.
 */
final class WordView {
    private WordView() {
    }

    /** The shared word view of {@code bytes}, or null where the platform has none (always, on a JVM). */
    static int[] of(byte[] bytes) {
        return null;
    }
}
