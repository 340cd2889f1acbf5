package party.wtp.envelope;

import party.wtp.crypto.KeyStream;
import party.wtp.crypto.Randomness;
import party.wtp.merkle.InclusionProof;

/**
 * Second pass of sealing: one mirror's copy of one envelope. Writes a fresh 32-byte inner key, then the header
 * and the body (the outer ciphertext) under the {@link InnerLayer} with that key, so two copies share no bytes.
 */
public final class EnvelopeWriter {
    public static final int INNER_KEY_LENGTH = 32;
    private final Leaf leaf;
    private final byte[] innerKey;
    private final KeyStream stream;
    private final EnvelopeHeader header;
    private long written;

    public EnvelopeWriter(Leaf leaf, InclusionProof proof, byte[] root, byte[] signature, Randomness random) {
        this.leaf = leaf;
        this.innerKey = random.bytes(INNER_KEY_LENGTH);
        this.stream = InnerLayer.stream(innerKey);
        this.header = new EnvelopeHeader(leaf.kind, leaf.generation, leaf.id, leaf.outerNonce, leaf.bodyLength, proof,
                root, signature);
    }

    /** The bytes before the body: inner key, then the encrypted header. Call once, first. */
    public byte[] head() {
        byte[] h = header.encode();
        stream.apply(h);
        byte[] out = new byte[INNER_KEY_LENGTH + h.length];
        System.arraycopy(innerKey, 0, out, 0, INNER_KEY_LENGTH);
        System.arraycopy(h, 0, out, INNER_KEY_LENGTH, h.length);
        return out;
    }

    /** Encrypts the next bytes of the outer ciphertext into {@code out} (may be the same array). */
    public void body(byte[] in, int inOff, int len, byte[] out, int outOff) {
        written += len;
        if (written > leaf.bodyLength) {
            throw new IllegalStateException("body is longer than the leaf says (" + leaf.bodyLength + " bytes)");
        }
        stream.apply(in, inOff, len, out, outOff);
    }

    /** The full length of this envelope on disk. */
    public long totalLength() {
        return INNER_KEY_LENGTH + (long) header.encode().length + leaf.bodyLength;
    }

    /** Checks that exactly the leaf's body length was written. */
    public void finish() {
        if (written != leaf.bodyLength) {
            throw new IllegalStateException("body is " + written + " bytes, the leaf says " + leaf.bodyLength);
        }
    }
}
