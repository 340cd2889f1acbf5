package party.wtp.envelope;

import java.util.Arrays;
import party.wtp.anchor.ResourceId;
import party.wtp.bytes.MalformedException;
import party.wtp.crypto.KeyStream;
import party.wtp.crypto.BulkSha256;

/**
 * Opens one envelope as its bytes arrive, checking in this order: inner key; header (magic, version, kind, id,
 * length limit, proof shape); the root signature (once per root, via {@link TrustedRoots}); then, at the end, the
 * exact length, the body hash against the proof and root, and the generation. Bytes are inner-decrypted in place;
 * nothing may be used until {@link #finish} returns.
 */
public final class EnvelopeOpener {
    private final TrustedRoots roots;
    private final ResourceId expectedId;
    private final Kind expectedKind;
    private final long maxBodyLength;
    private final byte[] innerKey = new byte[EnvelopeWriter.INNER_KEY_LENGTH];
    private int innerKeyFill;
    private KeyStream stream;
    private byte[] headerBytes = new byte[EnvelopeHeader.FIXED_LENGTH];
    private int headerFill;
    private boolean headerSized;
    private EnvelopeHeader header;
    private final BulkSha256 bodyHash = new BulkSha256();
    private long bodyRead;
    private long consumed;

    public EnvelopeOpener(TrustedRoots roots, ResourceId expectedId, Kind expectedKind, long maxBodyLength) {
        this.roots = roots;
        this.expectedId = expectedId;
        this.expectedKind = expectedKind;
        this.maxBodyLength = maxBodyLength;
    }

    /**
     * Takes the next served bytes, decrypting them in place. Fails as early as the bytes allow: a wrong id,
     * an oversize declaration or a bad signature before a single body byte is read.
     */
    public void push(byte[] buf, int off, int len) throws EnvelopeException {
        int end = off + len;
        int p = off;
        while (p < end) {
            if (innerKeyFill < innerKey.length) {
                int n = Math.min(innerKey.length - innerKeyFill, end - p);
                System.arraycopy(buf, p, innerKey, innerKeyFill, n);
                innerKeyFill += n;
                p += n;
                if (innerKeyFill == innerKey.length) {
                    stream = InnerLayer.stream(innerKey);
                }
            } else if (header == null) {
                int n = Math.min(headerBytes.length - headerFill, end - p);
                stream.apply(buf, p, n, buf, p);
                System.arraycopy(buf, p, headerBytes, headerFill, n);
                headerFill += n;
                p += n;
                if (headerFill == headerBytes.length) {
                    headerComplete();
                }
            } else {
                long want = header.bodyLength - bodyRead;
                if (want == 0) {
                    throw new EnvelopeException(Failure.MALFORMED, "more bytes than the declared body length");
                }
                int n = (int) Math.min(want, end - p);
                stream.apply(buf, p, n, buf, p);
                bodyHash.update(buf, p, n);
                bodyRead += n;
                p += n;
            }
        }
        consumed += len;
    }

    private void headerComplete() throws EnvelopeException {
        try {
            if (!headerSized) {
                int total = EnvelopeHeader.totalLength(headerBytes);
                headerSized = true;
                headerBytes = Arrays.copyOf(headerBytes, total);
                return;
            }
            header = EnvelopeHeader.decode(headerBytes);
        } catch (MalformedException e) {
            throw new EnvelopeException(Failure.MALFORMED, e.getMessage());
        }
        if (header.kind != expectedKind || !header.id.equals(expectedId)) {
            throw new EnvelopeException(Failure.WRONG_RESOURCE,
                    "asked for " + expectedKind + " " + expectedId + ", got " + header.kind + " " + header.id);
        }
        if (header.bodyLength > maxBodyLength) {
            throw new EnvelopeException(Failure.OVERSIZE,
                    "declares " + header.bodyLength + " bytes, the limit is " + maxBodyLength);
        }
        if (header.proof.rootFor(new byte[32]) == null) {
            throw new EnvelopeException(Failure.BAD_PROOF, "proof does not fit leaf " + header.proof.index()
                    + " of a tree of " + header.proof.treeSize());
        }
        if (!roots.accept(header.signedRoot(), header.signature)) {
            throw new EnvelopeException(Failure.BAD_SIGNATURE, "root of generation " + header.generation
                    + " is not signed by party " + roots.party().fingerprint());
        }
    }

    /** After the header: the total number of bytes this envelope must have, else -1. */
    public long expectedLength() {
        return header == null ? -1 : EnvelopeWriter.INNER_KEY_LENGTH + (long) headerBytes.length + header.bodyLength;
    }

    /** Where the body starts in the served bytes, once the header is read. */
    public int bodyOffset() {
        return EnvelopeWriter.INNER_KEY_LENGTH + headerBytes.length;
    }

    /**
     * Completes the checks. Returns the verified envelope, or throws; a copy older than {@code minimumGeneration}
     * throws {@link Failure#STALE} carrying the verified older copy.
     */
    public OpenedEnvelope finish(long minimumGeneration) throws EnvelopeException {
        if (header == null) {
            throw new EnvelopeException(Failure.MALFORMED, "truncated: " + consumed + " bytes, the header is not complete");
        }
        if (bodyRead != header.bodyLength) {
            throw new EnvelopeException(Failure.MALFORMED,
                    "truncated: body is " + bodyRead + " of " + header.bodyLength + " bytes");
        }
        Leaf leaf = new Leaf(header.kind, header.generation, header.id, header.outerNonce, header.bodyLength,
                bodyHash.digest());
        byte[] root = header.proof.rootFor(leaf.hash());
        if (root == null || !Arrays.equals(root, header.root)) {
            throw new EnvelopeException(Failure.BAD_PROOF, "body of " + header.id + " is not the one the party signed");
        }
        OpenedEnvelope opened = new OpenedEnvelope(header, bodyOffset());
        if (header.generation < minimumGeneration) {
            throw new EnvelopeException(Failure.STALE,
                    "generation " + header.generation + " is older than " + minimumGeneration, opened);
        }
        return opened;
    }
}
