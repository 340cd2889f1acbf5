package party.wtp.envelope;

/** A resource's verified, decrypted content: a view into the buffer it was opened in, and its meta data. */
public final class OpenedResource {
    private final OpenedEnvelope envelope;
    private final ResourceMeta meta;
    private final byte[] buffer;
    private final int contentOffset;
    private final int contentLength;

    OpenedResource(OpenedEnvelope envelope, ResourceMeta meta, byte[] buffer, int contentOffset, int contentLength) {
        this.envelope = envelope;
        this.meta = meta;
        this.buffer = buffer;
        this.contentOffset = contentOffset;
        this.contentLength = contentLength;
    }

    public OpenedEnvelope envelope() {
        return envelope;
    }

    public ResourceMeta meta() {
        return meta;
    }

    /** The array that holds the content (the served buffer, decrypted in place). */
    public byte[] buffer() {
        return buffer;
    }

    public int contentOffset() {
        return contentOffset;
    }

    public int contentLength() {
        return contentLength;
    }

    public byte[] content() {
        byte[] out = new byte[contentLength];
        System.arraycopy(buffer, contentOffset, out, 0, contentLength);
        return out;
    }
}
