package party.wtp.crypto;

import party.wtp.bytes.Utf8;

/** A ChaCha20 stream under SHA-256(seed): reproducible output for tests and {@code wtp build --seed}; never for real keys. */
public final class SeededRandomness implements Randomness {
    private final KeyStream stream;

    public SeededRandomness(String seed) {
        stream = new KeyStream(Sha256.tagged("wtp/seeded-randomness/v1", Utf8.encode(seed)), new byte[KeyStream.NONCE_LENGTH]);
    }

    @Override
    public void fill(byte[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = 0;
        }
        stream.apply(out);
    }
}
