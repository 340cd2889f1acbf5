package party.wtp.bytes;

/**
 * Reads what {@link ByteWriter} wrote, refusing to run past the end: every read is bounds-checked,
 * so a hostile length field is a {@link MalformedException}, never an array index error or a huge allocation.
 */
public final class ByteReader {
    private final byte[] data;
    private final int end;
    private int pos;

    public ByteReader(byte[] data) {
        this(data, 0, data.length);
    }

    public ByteReader(byte[] data, int off, int len) {
        this.data = data;
        this.pos = off;
        this.end = off + len;
    }

    private void need(int n, String what) {
        if (n < 0 || end - pos < n) {
            throw new MalformedException("truncated: " + what + " needs " + n + " bytes, " + (end - pos) + " left");
        }
    }

    public int u8(String what) {
        need(1, what);
        return data[pos++] & 0xff;
    }

    public int u16(String what) {
        need(2, what);
        int v = (data[pos] & 0xff) << 8 | (data[pos + 1] & 0xff);
        pos += 2;
        return v;
    }

    /** A u32 that must fit in a non-negative int. */
    public int u31(String what) {
        need(4, what);
        int v = (data[pos] & 0xff) << 24 | (data[pos + 1] & 0xff) << 16 | (data[pos + 2] & 0xff) << 8 | (data[pos + 3] & 0xff);
        pos += 4;
        if (v < 0) {
            throw new MalformedException(what + " is too large");
        }
        return v;
    }

    /** A u64 that must fit in a non-negative long. */
    public long u63(String what) {
        int hi = u31(what);
        need(4, what);
        long lo = ((long) (data[pos] & 0xff) << 24) | ((data[pos + 1] & 0xff) << 16) | ((data[pos + 2] & 0xff) << 8)
                | (data[pos + 3] & 0xff);
        pos += 4;
        return ((long) hi << 32) | lo;
    }

    public byte[] bytes(int n, String what) {
        need(n, what);
        byte[] out = new byte[n];
        System.arraycopy(data, pos, out, 0, n);
        pos += n;
        return out;
    }

    public String string16(String what) {
        int n = u16(what);
        return Utf8.decode(bytes(n, what), what);
    }

    public String string32(String what, int maxBytes) {
        int n = u31(what);
        if (n > maxBytes) {
            throw new MalformedException(what + " is " + n + " bytes, more than the limit of " + maxBytes);
        }
        return Utf8.decode(bytes(n, what), what);
    }

    public int remaining() {
        return end - pos;
    }

    public int position() {
        return pos;
    }

    /** Fails unless every byte was read: trailing bytes are tampering, not padding. */
    public void expectEnd(String what) {
        if (pos != end) {
            throw new MalformedException(what + " has " + (end - pos) + " unexpected trailing bytes");
        }
    }
}
