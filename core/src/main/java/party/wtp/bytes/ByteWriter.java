package party.wtp.bytes;

import java.util.Arrays;

/** Appends big-endian integers, raw bytes and length-prefixed UTF-8 strings: the writing half of the wire codec. */
public final class ByteWriter {
    private byte[] buf;
    private int size;

    public ByteWriter() {
        this(64);
    }

    public ByteWriter(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }

    public ByteWriter u8(int v) {
        if (v < 0 || v > 0xff) {
            throw new IllegalArgumentException("u8 out of range: " + v);
        }
        ensure(1);
        buf[size++] = (byte) v;
        return this;
    }

    public ByteWriter u16(int v) {
        if (v < 0 || v > 0xffff) {
            throw new IllegalArgumentException("u16 out of range: " + v);
        }
        ensure(2);
        buf[size++] = (byte) (v >>> 8);
        buf[size++] = (byte) v;
        return this;
    }

    /** Writes the low 32 bits of {@code v}; callers pass non-negative ints. */
    public ByteWriter u32(int v) {
        ensure(4);
        buf[size++] = (byte) (v >>> 24);
        buf[size++] = (byte) (v >>> 16);
        buf[size++] = (byte) (v >>> 8);
        buf[size++] = (byte) v;
        return this;
    }

    public ByteWriter u64(long v) {
        if (v < 0) {
            throw new IllegalArgumentException("u64 must be non-negative here: " + v);
        }
        u32((int) (v >>> 32));
        return u32((int) v);
    }

    public ByteWriter bytes(byte[] data) {
        return bytes(data, 0, data.length);
    }

    public ByteWriter bytes(byte[] data, int off, int len) {
        ensure(len);
        System.arraycopy(data, off, buf, size, len);
        size += len;
        return this;
    }

    /** A UTF-8 string behind a u16 byte length. */
    public ByteWriter string16(String s) {
        byte[] utf8 = Utf8.encode(s);
        u16(utf8.length);
        return bytes(utf8);
    }

    /** A UTF-8 string behind a u32 byte length. */
    public ByteWriter string32(String s) {
        byte[] utf8 = Utf8.encode(s);
        u32(utf8.length);
        return bytes(utf8);
    }

    public int size() {
        return size;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }
}
