package party.wtp.build;

import org.bouncycastle.math.ec.rfc8032.Ed25519;
import party.wtp.crypto.Randomness;
import party.wtp.envelope.EnvelopeWriter;
import party.wtp.envelope.Leaf;
import party.wtp.merkle.MerkleTree;

/**
 * Stand-ins for what an envelope head holds before the generation is signed: a proof of the right shape (from a
 * tree of the same size over zero leaves), a zero root and a zero signature. A head built from them has the length
 * of the real one, which is all {@link EnvelopeCopy} needs to write the body first. Never written anywhere.
 */
final class ProvisionalHead {
    private final MerkleTree shape;
    private final byte[] root = new byte[32];
    private final byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];

    ProvisionalHead(int treeSize) {
        byte[][] zeros = new byte[treeSize][];
        for (int i = 0; i < treeSize; i++) {
            zeros[i] = new byte[32];
        }
        this.shape = new MerkleTree(zeros);
    }

    EnvelopeWriter writer(Leaf leaf, int leafIndex, Randomness innerKey) {
        return new EnvelopeWriter(leaf, shape.proof(leafIndex), root, signature, innerKey);
    }
}
