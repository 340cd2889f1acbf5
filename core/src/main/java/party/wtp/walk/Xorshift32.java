package party.wtp.walk;

/**
 * A tiny int-only pseudo-random sequence (Marsaglia xorshift32) so that shuffles are the same on the JVM and in the browser
 * for one seed, with no {@code long} arithmetic (which is slow in JavaScript).
 */
final class Xorshift32 {
    private int state;

    Xorshift32(int seed) {
        // Spread the seed so nearby seeds start far apart; xorshift must never hold zero.
        int s = seed * 0x9E3779B9 + 0x7F4A7C15;
        s ^= s >>> 16;
        state = s == 0 ? 0x2545F491 : s;
    }

    int nextInt() {
        int x = state;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        state = x;
        return x;
    }
}
