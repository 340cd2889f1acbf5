package party.wtp.envelope;

import java.util.Arrays;
import party.wtp.bytes.ByteWriter;
import party.wtp.crypto.PartyKey;
import party.wtp.crypto.PartyPublicKey;

/**
 * The one statement a party signs per generation: "wtp/root/v1" 0x00 || public key || generation (u64) ||
 * tree size (u32) || Merkle root. Every envelope carries the signature; a reader checks it once per root.
 */
public final class SignedRoot {
    private static final byte[] LABEL = party.wtp.bytes.Utf8.encode("wtp/root/v1");
    final long generation;
    final int treeSize;
    final byte[] root;

    public SignedRoot(long generation, int treeSize, byte[] root) {
        this.generation = generation;
        this.treeSize = treeSize;
        this.root = root.clone();
    }

    public byte[] message(PartyPublicKey party) {
        return new ByteWriter(96).bytes(LABEL).u8(0).bytes(party.toBytes()).u64(generation).u32(treeSize).bytes(root)
                .toByteArray();
    }

    public byte[] sign(PartyKey key) {
        return key.sign(message(key.publicKey()));
    }

    public boolean verify(PartyPublicKey party, byte[] signature) {
        return party.verify(message(party), signature);
    }

    public long generation() {
        return generation;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SignedRoot)) {
            return false;
        }
        SignedRoot r = (SignedRoot) o;
        return r.generation == generation && r.treeSize == treeSize && Arrays.equals(r.root, root);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(root);
    }
}
