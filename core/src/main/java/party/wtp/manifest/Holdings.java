package party.wtp.manifest;

import party.wtp.anchor.ResourceId;
import party.wtp.bytes.ByteReader;
import party.wtp.bytes.ByteWriter;
import party.wtp.bytes.MalformedException;

/**
 * Which resources a mirror holds, as its signed list entry declares: all of them, or those a Bloom filter
 * accepts (no false negatives; about 1% false positives, which cost a reader one 404 and a retry elsewhere).
 * Encoding: u8 0 = all; u8 1, u32 bit count, u8 hash count, the bits (bit i is byte i/8, mask 1 << (i % 8)).
 */
public final class Holdings {
    public static final int MAX_BITS = 1 << 24;
    public static final int MAX_HASHES = 16;
    private static final Holdings ALL = new Holdings(0, 0, null);
    private final int bitCount;
    private final int hashCount;
    private final byte[] bits;

    private Holdings(int bitCount, int hashCount, byte[] bits) {
        this.bitCount = bitCount;
        this.hashCount = hashCount;
        this.bits = bits;
    }

    public static Holdings all() {
        return ALL;
    }

    /** A filter sized for {@code ids}: about 9.6 bits and 7 hashes per id, for about 1% false positives. */
    public static Holdings of(Iterable<ResourceId> ids, int count) {
        int m = Math.max(64, ((int) Math.ceil(count * 9.6) + 7) / 8 * 8);
        if (m > MAX_BITS) {
            throw new IllegalArgumentException("too many resources for one mirror's filter: " + count);
        }
        Holdings h = new Holdings(m, 7, new byte[m / 8]);
        for (ResourceId id : ids) {
            for (int i = 0; i < h.hashCount; i++) {
                int bit = h.bit(id, i);
                h.bits[bit >>> 3] |= (byte) (1 << (bit & 7));
            }
        }
        return h;
    }

    public boolean holdsAll() {
        return bits == null;
    }

    /** False only when the mirror certainly does not hold {@code id}. */
    public boolean mayHold(ResourceId id) {
        if (bits == null) {
            return true;
        }
        for (int i = 0; i < hashCount; i++) {
            int bit = bit(id, i);
            if ((bits[bit >>> 3] & (1 << (bit & 7))) == 0) {
                return false;
            }
        }
        return true;
    }

    /** Bit i of the filter for an id: ((h1 + i·h2) mod 2^32, top bit cleared) mod m, h1/h2 the id's first two big-endian u32s (h2 | 1). */
    private int bit(ResourceId id, int i) {
        int h1 = id.byteAt(0) << 24 | id.byteAt(1) << 16 | id.byteAt(2) << 8 | id.byteAt(3);
        int h2 = (id.byteAt(4) << 24 | id.byteAt(5) << 16 | id.byteAt(6) << 8 | id.byteAt(7)) | 1;
        return ((h1 + i * h2) & 0x7fffffff) % bitCount;
    }

    void encode(ByteWriter w) {
        if (bits == null) {
            w.u8(0);
        } else {
            w.u8(1).u32(bitCount).u8(hashCount).bytes(bits);
        }
    }

    static Holdings decode(ByteReader r) {
        int type = r.u8("holdings type");
        if (type == 0) {
            return ALL;
        }
        if (type != 1) {
            throw new MalformedException("unknown holdings type " + type);
        }
        int m = r.u31("filter bit count");
        int k = r.u8("filter hash count");
        if (m < 8 || m > MAX_BITS || m % 8 != 0 || k < 1 || k > MAX_HASHES) {
            throw new MalformedException("filter size out of range");
        }
        return new Holdings(m, k, r.bytes(m / 8, "filter bits"));
    }
}
