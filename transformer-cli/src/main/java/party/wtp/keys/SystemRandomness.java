package party.wtp.keys;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import party.wtp.crypto.Randomness;

/**
 * The operating system's random generator ({@link SecureRandom}: on Linux and macOS /dev/urandom, on Windows the
 * system PRNG, else the JDK's DRBG seeded by the system): the source of every real key, salt, nonce and inner key
 * the JVM side makes. Refuses to start rather than fall back to anything weaker.
 */
public final class SystemRandomness implements Randomness {
    private static final String[] ALGORITHMS = {"NativePRNGNonBlocking", "Windows-PRNG", "DRBG"};
    private final SecureRandom random;

    private SystemRandomness(SecureRandom random) {
        this.random = random;
    }

    /** The first available of the system generators; throws {@link IllegalStateException} if there is none. */
    public static SystemRandomness create() {
        for (String algorithm : ALGORITHMS) {
            try {
                return new SystemRandomness(SecureRandom.getInstance(algorithm));
            } catch (NoSuchAlgorithmException e) {
                // try the next one
            }
        }
        throw new IllegalStateException("no secure random number generator is available on this system");
    }

    /** The JCA name of the generator in use, for diagnostics. */
    public String algorithm() {
        return random.getAlgorithm();
    }

    @Override
    public void fill(byte[] out) {
        random.nextBytes(out);
    }
}
