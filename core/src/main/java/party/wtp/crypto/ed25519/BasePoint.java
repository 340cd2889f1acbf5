package party.wtp.crypto.ed25519;

/** The base point B of Ed25519 (y = 4/5, x even) and its odd multiples up to 127 B, built once on first use. */
final class BasePoint {
    /** The width of the signed digits the base point's scalar is written in. */
    static final int WIDTH = 8;
    private static final byte[] ENCODED = {
        0x58, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66,
        0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66,
    };

    private BasePoint() {
    }

    /** B, 3B, ..., 127B. */
    static CachedPoint[] oddMultiples() {
        return Table.POINTS;
    }

    /** Built when first asked for, once (class initialisation is the JVM's lock, and TeaVM's single thread's). */
    private static final class Table {
        static final CachedPoint[] POINTS = ExtendedPoint.decode(ENCODED, 0).oddMultiples(1 << (WIDTH - 2));
    }
}
