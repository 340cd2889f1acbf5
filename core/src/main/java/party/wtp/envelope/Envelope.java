package party.wtp.envelope;

import java.util.Arrays;
import party.wtp.anchor.ResourceKey;
import party.wtp.anchor.ResourceId;
import party.wtp.bytes.MalformedException;
import party.wtp.crypto.KeyStream;

/** Opening whole envelopes held in memory, as the browser client and the test vectors do. */
public final class Envelope {
    /** The format version every envelope header carries (docs/FORMAT.md). */
    public static final int VERSION = EnvelopeHeader.VERSION;
    /** Bytes of an envelope before its header's proof path: the inner key (32) and the header's fixed part. */
    public static final int FIXED_PREFIX = 32 + EnvelopeHeader.FIXED_LENGTH;
    /** Most bytes an envelope carries besides its body: the fixed prefix, 31 proof hashes, the root and signature. */
    public static final int MAX_OVERHEAD = FIXED_PREFIX + 31 * 32 + EnvelopeHeader.ROOT_LENGTH
            + EnvelopeHeader.SIGNATURE_LENGTH;

    private Envelope() {
    }

    /**
     * Verifies and decrypts a resource envelope in place in {@code served}. Throws {@link Failure#STALE} (with the
     * older copy) when its generation is below {@code minimumGeneration}; the caller decides whether to show it.
     */
    public static OpenedResource openResource(byte[] served, ResourceKey key, TrustedRoots roots, long maxBodyLength,
            long minimumGeneration) throws EnvelopeException {
        OpenedEnvelope opened;
        try {
            opened = open(served, key.id(), Kind.RESOURCE, roots, maxBodyLength, minimumGeneration);
        } catch (EnvelopeException e) {
            if (e.failure() == Failure.STALE) {
                decrypt(served, key, e.staleCopy());
            }
            throw e;
        }
        return decrypt(served, key, opened);
    }

    /** Turns a STALE refusal of {@link #openResource} into the older resource, already decrypted. */
    public static OpenedResource staleResource(byte[] served, EnvelopeException stale) throws EnvelopeException {
        return plain(served, stale.staleCopy());
    }

    /** Verifies a manifest envelope in place; returns it with the manifest bytes at its body offset. */
    public static OpenedEnvelope open(byte[] served, ResourceId id, Kind kind, TrustedRoots roots, long maxBodyLength,
            long minimumGeneration) throws EnvelopeException {
        EnvelopeOpener opener = new EnvelopeOpener(roots, id, kind, maxBodyLength);
        opener.push(served, 0, served.length);
        return opener.finish(minimumGeneration);
    }

    /**
     * The first {@code length} bytes of an envelope's body with only the inner layer removed, verified not at all,
     * or null when the envelope is shorter. A reader who knows only a party's fingerprint uses it to read the key a
     * manifest claims, checks that key against the fingerprint, and only then {@link #open}s the envelope with it.
     * Works on copies: {@code served} is left as it is.
     */
    public static byte[] peekBody(byte[] served, int length) throws EnvelopeException {
        int keyEnd = EnvelopeWriter.INNER_KEY_LENGTH;
        if (served.length < keyEnd + EnvelopeHeader.FIXED_LENGTH) {
            return null;
        }
        KeyStream inner = InnerLayer.stream(Arrays.copyOf(served, keyEnd));
        byte[] fixed = Arrays.copyOfRange(served, keyEnd, keyEnd + EnvelopeHeader.FIXED_LENGTH);
        inner.apply(fixed);
        int headerLength;
        try {
            headerLength = EnvelopeHeader.totalLength(fixed);
        } catch (MalformedException e) {
            throw new EnvelopeException(Failure.MALFORMED, e.getMessage());
        }
        int restStart = keyEnd + EnvelopeHeader.FIXED_LENGTH;
        int end = keyEnd + headerLength + length;
        if (served.length < end) {
            return null;
        }
        byte[] rest = Arrays.copyOfRange(served, restStart, end);
        inner.apply(rest);
        return Arrays.copyOfRange(rest, rest.length - length, rest.length);
    }

    private static OpenedResource decrypt(byte[] served, ResourceKey key, OpenedEnvelope opened) throws EnvelopeException {
        KeyStream outer = opened.outerLayer(key);
        outer.apply(served, opened.bodyOffset(), (int) opened.bodyLength(), served, opened.bodyOffset());
        return plain(served, opened);
    }

    private static OpenedResource plain(byte[] served, OpenedEnvelope opened) throws EnvelopeException {
        int[] end = new int[1];
        ResourceMeta meta;
        try {
            meta = ResourceMeta.decode(served, opened.bodyOffset(), (int) opened.bodyLength(), end);
        } catch (MalformedException e) {
            throw new EnvelopeException(Failure.MALFORMED, e.getMessage());
        }
        int contentEnd = opened.bodyOffset() + (int) opened.bodyLength();
        return new OpenedResource(opened, meta, served, end[0], contentEnd - end[0]);
    }
}
