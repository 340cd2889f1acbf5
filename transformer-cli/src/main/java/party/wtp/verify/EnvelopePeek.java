package party.wtp.verify;

import party.wtp.envelope.Envelope;
import party.wtp.envelope.InnerLayer;
import java.util.Arrays;
import party.wtp.anchor.ResourceId;

/**
 * Reads, without verifying anything, what an envelope's inner layer says it is: kind and resource id (the first
 * 30 bytes of the header, FORMAT.md "Envelope"), and for a small envelope where its body starts. Anyone can remove
 * the inner layer (its key is the first 32 bytes); {@code wtp verify} uses this only to learn which resource a
 * file claims to be, and then checks that claim in full with {@link party.wtp.envelope.EnvelopeOpener}.
 */
final class EnvelopePeek {
    static final int INNER_KEY = 32;
    static final int FIXED_HEADER = Envelope.FIXED_PREFIX - INNER_KEY;
    static final int KIND_RESOURCE = 1;
    static final int KIND_MANIFEST = 2;
    final int kind;
    final ResourceId id;

    private EnvelopePeek(int kind, ResourceId id) {
        this.kind = kind;
        this.id = id;
    }

    /** The claim in the first {@code INNER_KEY + FIXED_HEADER} bytes, or null when they are not an envelope's. */
    static EnvelopePeek of(byte[] start) {
        if (start.length < INNER_KEY + FIXED_HEADER) {
            return null;
        }
        byte[] header = Arrays.copyOfRange(start, INNER_KEY, INNER_KEY + FIXED_HEADER);
        InnerLayer.stream(Arrays.copyOf(start, INNER_KEY)).apply(header);
        if (header[0] != 'W' || header[1] != 'T' || header[2] != 'P' || header[3] != 'E'
                || header[4] != Envelope.VERSION) {
            return null;
        }
        return new EnvelopePeek(header[5] & 0xff, ResourceId.of(Arrays.copyOfRange(header, 14, 30)));
    }
}
