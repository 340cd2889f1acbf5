package party.wtp.merkle;

/**
 * Proof that one leaf is in a tree of a given size: RFC 9162 §2.1.3.2. {@link #rootFor} recomputes the root
 * from a leaf hash, or returns null when the path cannot belong to that index and size.
 */
public final class InclusionProof {
    /** A tree of at most 2^31 - 1 leaves has paths of at most 31 hashes. */
    public static final int MAX_PATH = 31;
    private final int index;
    private final int treeSize;
    private final byte[][] path;

    public InclusionProof(int index, int treeSize, byte[][] path) {
        this.index = index;
        this.treeSize = treeSize;
        this.path = path.clone();
    }

    public int index() {
        return index;
    }

    public int treeSize() {
        return treeSize;
    }

    public byte[][] path() {
        return path.clone();
    }

    public byte[] rootFor(byte[] leafHash) {
        if (index < 0 || treeSize <= 0 || index >= treeSize || path.length > MAX_PATH) {
            return null;
        }
        int fn = index;
        int sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return null;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = MerkleTree.nodeHash(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>>= 1;
                        sn >>>= 1;
                    }
                }
            } else {
                r = MerkleTree.nodeHash(r, p);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        return sn == 0 ? r : null;
    }
}
