package party.wtp.envelope;

import party.wtp.anchor.ResourceId;
import party.wtp.bytes.ByteReader;
import party.wtp.bytes.ByteWriter;
import party.wtp.bytes.MalformedException;
import party.wtp.merkle.InclusionProof;

/**
 * The inner-encrypted header of an envelope: magic "WTPE", version 2, kind, generation, resource id, outer nonce,
 * body length, inclusion proof, the signed root and its signature. Fixed part 60 bytes (with one zero pad byte
 * so the body starts on a 4-byte boundary), then 32 bytes per proof hash, then the 32-byte root and the 64-byte
 * signature.
 */
final class EnvelopeHeader {
    static final byte[] MAGIC = {'W', 'T', 'P', 'E'};
    static final int VERSION = 2;
    /** Bytes before the proof path: magic, version, kind, generation, id, nonce, length, size, index, pad, path count. */
    static final int FIXED_LENGTH = 4 + 1 + 1 + 8 + 16 + 12 + 8 + 4 + 4 + 1 + 1;
    static final int SIGNATURE_LENGTH = 64;
    static final int ROOT_LENGTH = 32;

    final Kind kind;
    final long generation;
    final ResourceId id;
    final byte[] outerNonce;
    final long bodyLength;
    final InclusionProof proof;
    final byte[] root;
    final byte[] signature;

    EnvelopeHeader(Kind kind, long generation, ResourceId id, byte[] outerNonce, long bodyLength, InclusionProof proof,
            byte[] root, byte[] signature) {
        this.kind = kind;
        this.generation = generation;
        this.id = id;
        this.outerNonce = outerNonce;
        this.bodyLength = bodyLength;
        this.proof = proof;
        this.root = root;
        this.signature = signature;
    }

    SignedRoot signedRoot() {
        return new SignedRoot(generation, proof.treeSize(), root);
    }

    byte[] encode() {
        byte[][] path = proof.path();
        ByteWriter w = new ByteWriter(FIXED_LENGTH + path.length * 32 + ROOT_LENGTH + SIGNATURE_LENGTH).bytes(MAGIC).u8(VERSION)
                .u8(kind.code).u64(generation).bytes(id.toBytes()).bytes(outerNonce).u64(bodyLength)
                .u32(proof.treeSize()).u32(proof.index()).u8(0).u8(path.length);
        for (byte[] p : path) {
            w.bytes(p);
        }
        return w.bytes(root).bytes(signature).toByteArray();
    }

    /** Total header length given the fixed part, or a {@link MalformedException}. */
    static int totalLength(byte[] fixed) {
        ByteReader r = new ByteReader(fixed, 0, FIXED_LENGTH);
        checkMagic(r);
        checkPad(fixed[FIXED_LENGTH - 2]);
        int pathCount = fixed[FIXED_LENGTH - 1] & 0xff;
        if (pathCount > InclusionProof.MAX_PATH) {
            throw new MalformedException("proof path of " + pathCount + " hashes is longer than " + InclusionProof.MAX_PATH);
        }
        return FIXED_LENGTH + pathCount * 32 + ROOT_LENGTH + SIGNATURE_LENGTH;
    }

    private static void checkMagic(ByteReader r) {
        byte[] magic = r.bytes(4, "magic");
        for (int i = 0; i < 4; i++) {
            if (magic[i] != MAGIC[i]) {
                throw new MalformedException("not a WTP envelope (bad magic)");
            }
        }
        int version = r.u8("version");
        if (version != VERSION) {
            throw new MalformedException("unsupported envelope version " + version);
        }
    }

    /** The pad is in neither the leaf nor the signed root, so only one value may be accepted. */
    private static void checkPad(int pad) {
        if (pad != 0) {
            throw new MalformedException("header pad byte is not zero");
        }
    }

    static EnvelopeHeader decode(byte[] header) {
        ByteReader r = new ByteReader(header);
        checkMagic(r);
        Kind kind = Kind.ofCode(r.u8("kind"));
        if (kind == null) {
            throw new MalformedException("unknown envelope kind");
        }
        long generation = r.u63("generation");
        ResourceId id = ResourceId.of(r.bytes(ResourceId.LENGTH, "resource id"));
        byte[] nonce = r.bytes(12, "outer nonce");
        long bodyLength = r.u63("body length");
        int treeSize = r.u31("tree size");
        int index = r.u31("leaf index");
        checkPad(r.u8("pad"));
        int count = r.u8("proof length");
        byte[][] path = new byte[count][];
        for (int i = 0; i < count; i++) {
            path[i] = r.bytes(32, "proof hash");
        }
        byte[] root = r.bytes(ROOT_LENGTH, "root");
        byte[] signature = r.bytes(SIGNATURE_LENGTH, "signature");
        r.expectEnd("envelope header");
        return new EnvelopeHeader(kind, generation, id, nonce, bodyLength, new InclusionProof(index, treeSize, path),
                root, signature);
    }
}
