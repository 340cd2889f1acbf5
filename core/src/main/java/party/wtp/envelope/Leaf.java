package party.wtp.envelope;

import party.wtp.anchor.ResourceId;
import party.wtp.bytes.ByteWriter;
import party.wtp.merkle.MerkleTree;

/**
 * What the signed Merkle tree commits to for one envelope: kind, generation, resource id, outer nonce,
 * exact body length and SHA-256 of the body (the outer ciphertext). Binding all six stops a mirror from
 * swapping resources, replaying another generation, or changing a single byte or the length.
 */
public final class Leaf {
    final Kind kind;
    final long generation;
    final ResourceId id;
    final byte[] outerNonce;
    final long bodyLength;
    final byte[] bodyHash;

    public Leaf(Kind kind, long generation, ResourceId id, byte[] outerNonce, long bodyLength, byte[] bodyHash) {
        this.kind = kind;
        this.generation = generation;
        this.id = id;
        this.outerNonce = outerNonce.clone();
        this.bodyLength = bodyLength;
        this.bodyHash = bodyHash.clone();
    }

    public byte[] encode() {
        return new ByteWriter(80).u8(kind.code).u64(generation).bytes(id.toBytes()).bytes(outerNonce)
                .u64(bodyLength).bytes(bodyHash).toByteArray();
    }

    /** The RFC 9162 leaf hash of {@link #encode()}. */
    public byte[] hash() {
        return MerkleTree.leafHash(encode());
    }

    public ResourceId id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public long bodyLength() {
        return bodyLength;
    }
}
