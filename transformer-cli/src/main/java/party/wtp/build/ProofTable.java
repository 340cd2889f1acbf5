package party.wtp.build;

import java.util.Arrays;
import party.wtp.crypto.Sha256;
import party.wtp.merkle.InclusionProof;
import party.wtp.merkle.MerkleTree;

/**
 * The generation's Merkle tree with every inner node kept, so that each of the many inclusion proofs a build hands
 * out costs O(log n) instead of rehashing the tree. Built on {@link MerkleTree}'s leaf hashes and checked against
 * its root, so the two can never disagree.
 */
final class ProofTable {
    private final int size;
    private final byte[][] leaves;
    private final java.util.Map<Long, byte[]> nodes = new java.util.HashMap<>();
    private final byte[] root;

    ProofTable(byte[][] leafHashes) {
        this.size = leafHashes.length;
        this.leaves = leafHashes.clone();
        this.root = hash(0, size);
        if (!Arrays.equals(root, new MerkleTree(leafHashes).root())) {
            throw new IllegalStateException("Merkle root differs from the core's");
        }
    }

    int size() {
        return size;
    }

    byte[] root() {
        return root.clone();
    }

    private byte[] hash(int from, int to) {
        int n = to - from;
        if (n == 1) {
            return leaves[from];
        }
        long key = (long) from * (size + 1L) + to;
        byte[] h = nodes.get(key);
        if (h == null) {
            int k = split(n);
            h = new Sha256().update(1).update(hash(from, from + k)).update(hash(from + k, to)).digest();
            nodes.put(key, h);
        }
        return h;
    }

    private static int split(int n) {
        int k = Integer.highestOneBit(n);
        return k == n ? k >>> 1 : k;
    }

    /** The RFC 9162 audit path of leaf {@code index}, leaf first. Safe to call from several threads after construction. */
    InclusionProof proof(int index) {
        byte[][] path = new byte[InclusionProof.MAX_PATH][];
        int count = 0;
        int from = 0;
        int to = size;
        int m = index;
        java.util.ArrayList<byte[]> topDown = new java.util.ArrayList<>();
        while (to - from > 1) {
            int k = split(to - from);
            if (m < k) {
                topDown.add(hash(from + k, to));
                to = from + k;
            } else {
                topDown.add(hash(from, from + k));
                from = from + k;
                m -= k;
            }
        }
        for (int i = topDown.size() - 1; i >= 0; i--) {
            path[count++] = topDown.get(i);
        }
        return new InclusionProof(index, size, Arrays.copyOf(path, count));
    }
}
