package party.wtp.merkle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import party.wtp.crypto.Sha256;

class MerkleTreeTest {
    private static byte[][] leaves(int n) {
        byte[][] out = new byte[n][];
        for (int i = 0; i < n; i++) {
            out[i] = MerkleTree.leafHash(new byte[] {(byte) i, (byte) (i >> 8)});
        }
        return out;
    }

    @Test
    void everyLeafOfEveryTreeSizeProvesItsInclusion() {
        for (int n = 1; n <= 70; n++) {
            byte[][] leaves = leaves(n);
            MerkleTree tree = new MerkleTree(leaves);
            for (int i = 0; i < n; i++) {
                InclusionProof p = tree.proof(i);
                assertArrayEquals(tree.root(), p.rootFor(leaves[i]), n + "/" + i);
                InclusionProof wrongIndex = new InclusionProof((i + 1) % n, n, p.path());
                byte[] other = wrongIndex.rootFor(leaves[i]);
                if (n > 1 && other != null) {
                    org.junit.jupiter.api.Assertions.assertFalse(java.util.Arrays.equals(tree.root(), other));
                }
            }
        }
    }

    @Test
    void proofsOfTheWrongLengthOrIndexAreRejected() {
        MerkleTree tree = new MerkleTree(leaves(5));
        InclusionProof p = tree.proof(2);
        assertNull(new InclusionProof(5, 5, p.path()).rootFor(new byte[32]));
        byte[][] longer = java.util.Arrays.copyOf(p.path(), p.path().length + 1);
        longer[longer.length - 1] = new byte[32];
        assertNull(new InclusionProof(2, 5, longer).rootFor(new byte[32]));
        assertNull(new InclusionProof(2, 5, java.util.Arrays.copyOf(p.path(), 1)).rootFor(new byte[32]));
    }

    @Test
    void matchesRfc9162ForThreeLeaves() {
        byte[][] l = leaves(3);
        byte[] left = node(l[0], l[1]);
        assertArrayEquals(node(left, l[2]), new MerkleTree(l).root());
    }

    private static byte[] node(byte[] a, byte[] b) {
        return new Sha256().update(1).update(a).update(b).digest();
    }
}
