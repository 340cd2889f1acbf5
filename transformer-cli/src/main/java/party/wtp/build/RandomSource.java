package party.wtp.build;

import party.wtp.crypto.Randomness;
import party.wtp.crypto.SeededRandomness;
import party.wtp.keys.SystemRandomness;

/**
 * Randomness for the many independent uses in a build (nonces, inner keys, salts, list chords), each named by a label.
 * Normally all labels share the system generator; with {@code --seed} each label gets its own seeded stream, so that
 * the output does not depend on the order in which threads happen to ask.
 */
public abstract class RandomSource {
    /** The stream for one use; distinct uses must pass distinct labels. */
    public abstract Randomness forLabel(String label);

    /** True for the reproducible, test-only source. */
    public abstract boolean seeded();

    public static RandomSource system() {
        SystemRandomness shared = SystemRandomness.create();
        return new RandomSource() {
            @Override
            public Randomness forLabel(String label) {
                return shared;
            }

            @Override
            public boolean seeded() {
                return false;
            }
        };
    }

    public static RandomSource seeded(String seed) {
        return new RandomSource() {
            @Override
            public Randomness forLabel(String label) {
                return new SeededRandomness(seed + "\u0000" + label);
            }

            @Override
            public boolean seeded() {
                return true;
            }
        };
    }

    /** A uniform integer in [0, bound), by rejection sampling over 32-bit draws. */
    static int uniform(Randomness random, int bound) {
        long limit = (1L << 32) - ((1L << 32) % bound);
        while (true) {
            byte[] b = random.bytes(4);
            long v = ((b[0] & 0xffL) << 24) | ((b[1] & 0xffL) << 16) | ((b[2] & 0xffL) << 8) | (b[3] & 0xffL);
            if (v < limit) {
                return (int) (v % bound);
            }
        }
    }
}
