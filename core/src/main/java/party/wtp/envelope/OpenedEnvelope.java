package party.wtp.envelope;

import party.wtp.anchor.ResourceId;
import party.wtp.anchor.ResourceKey;
import party.wtp.crypto.KeyStream;

/** A verified envelope: its generation and body position, and the means to remove the outer layer. */
public final class OpenedEnvelope {
    private final EnvelopeHeader header;
    private final int bodyOffset;

    OpenedEnvelope(EnvelopeHeader header, int bodyOffset) {
        this.header = header;
        this.bodyOffset = bodyOffset;
    }

    public long generation() {
        return header.generation;
    }

    public ResourceId id() {
        return header.id;
    }

    public Kind kind() {
        return header.kind;
    }

    public long bodyLength() {
        return header.bodyLength;
    }

    /** Offset of the body in the served bytes. */
    public int bodyOffset() {
        return bodyOffset;
    }

    /**
     * The outer-layer decryptor for this body; for a manifest, null (its body is already plain).
     * The key must be the one whose id this envelope carries.
     */
    public KeyStream outerLayer(ResourceKey key) {
        if (header.kind == Kind.MANIFEST) {
            return null;
        }
        if (!key.id().equals(header.id)) {
            throw new IllegalArgumentException("resource key does not belong to " + header.id);
        }
        return new KeyStream(key.outerKey(), header.outerNonce);
    }
}
