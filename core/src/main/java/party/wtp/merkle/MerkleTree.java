package party.wtp.merkle;

import party.wtp.crypto.Sha256;

/**
 * The RFC 9162 Merkle tree over a generation's leaves: leaf hash SHA-256(0x00 || leaf), node hash
 * SHA-256(0x01 || left || right), split at the largest power of two below the size. Its root is what the party signs.
 * Every inner node is kept, so each inclusion proof costs O(log n); after construction it is read-only, and so
 * safe to share between threads.
 */
public final class MerkleTree {
    private final byte[][] leafHashes;
    /** Inner node hashes by (first leaf, last leaf + 1), filled while the root is computed. */
    private final java.util.Map<Long, byte[]> nodes = new java.util.HashMap<>();
    private final byte[] root;

    /** Builds the tree over leaf hashes (each already {@link #leafHash}); at least one leaf. */
    public MerkleTree(byte[][] leafHashes) {
        if (leafHashes.length == 0) {
            throw new IllegalArgumentException("a Merkle tree needs at least one leaf");
        }
        this.leafHashes = leafHashes.clone();
        this.root = hash(0, leafHashes.length);
    }

    public static byte[] leafHash(byte[] leaf) {
        return new Sha256().update(0).update(leaf).digest();
    }

    static byte[] nodeHash(byte[] left, byte[] right) {
        return new Sha256().update(1).update(left).update(right).digest();
    }

    public byte[] root() {
        return root.clone();
    }

    public int size() {
        return leafHashes.length;
    }

    private byte[] hash(int from, int to) {
        int n = to - from;
        if (n == 1) {
            return leafHashes[from];
        }
        Long key = (long) from << 32 | to;
        byte[] h = nodes.get(key);
        if (h == null) {
            int k = split(n);
            h = nodeHash(hash(from, from + k), hash(from + k, to));
            nodes.put(key, h);
        }
        return h;
    }

    /** The largest power of two smaller than n (n ≥ 2). */
    static int split(int n) {
        int k = Integer.highestOneBit(n);
        return k == n ? k >>> 1 : k;
    }

    /** The audit path of leaf {@code index}, as RFC 9162 §2.1.3.1 defines it. */
    public InclusionProof proof(int index) {
        if (index < 0 || index >= leafHashes.length) {
            throw new IllegalArgumentException("no leaf " + index);
        }
        java.util.ArrayList<byte[]> path = new java.util.ArrayList<>();
        collect(index, 0, leafHashes.length, path);
        byte[][] out = new byte[path.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = path.get(path.size() - 1 - i);
        }
        return new InclusionProof(index, leafHashes.length, out);
    }

    /** Appends the path top-down; {@link #proof} reverses it to the leaf-first order of the RFC. */
    private void collect(int m, int from, int to, java.util.List<byte[]> path) {
        int n = to - from;
        if (n == 1) {
            return;
        }
        int k = split(n);
        if (m < k) {
            path.add(hash(from + k, to));
            collect(m, from, from + k, path);
        } else {
            path.add(hash(from, from + k));
            collect(m - k, from + k, to, path);
        }
    }
}
