package party.wtp.scrub;

import java.io.IOException;

/**
 * A buffered forward reader over {@link RandomAccessBytes} that knows its position and can skip cheaply. Running
 * past the end is a {@link MalformedMediaException}: every format here says how long its parts are.
 */
final class Cursor {
    private static final int BUFFER = 64 * 1024;

    private final RandomAccessBytes bytes;
    private final long size;
    private final byte[] buffer = new byte[BUFFER];
    private long bufferStart;
    private int bufferLength;
    private long position;

    Cursor(RandomAccessBytes bytes) throws IOException {
        this.bytes = bytes;
        this.size = bytes.size();
    }

    long position() {
        return position;
    }

    long size() {
        return size;
    }

    long remaining() {
        return size - position;
    }

    boolean atEnd() {
        return position >= size;
    }

    int u8() throws IOException {
        if (position < bufferStart || position >= bufferStart + bufferLength) {
            fill();
        }
        return buffer[(int) (position++ - bufferStart)] & 0xFF;
    }

    int u16be() throws IOException {
        return (u8() << 8) | u8();
    }

    int u16le() throws IOException {
        return u8() | (u8() << 8);
    }

    long u32be() throws IOException {
        return ((long) u16be() << 16) | u16be();
    }

    long u32le() throws IOException {
        return u16le() | ((long) u16le() << 16);
    }

    byte[] bytes(int length) throws IOException {
        require(length);
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = (byte) u8();
        }
        return out;
    }

    void skip(long length) throws IOException {
        require(length);
        position += length;
    }

    void seek(long to) {
        position = to;
    }

    /** Fails unless {@code length} more bytes exist. */
    void require(long length) throws MalformedMediaException {
        if (length < 0 || length > remaining()) {
            throw new MalformedMediaException("file ends at byte " + size + " but a part starting near byte "
                    + position + " needs " + length + " more");
        }
    }

    private void fill() throws IOException {
        if (position >= size) {
            throw new MalformedMediaException("unexpected end of file at byte " + size);
        }
        bufferStart = position;
        bufferLength = 0;
        int want = (int) Math.min(BUFFER, size - position);
        while (bufferLength < want) {
            int n = bytes.read(bufferStart + bufferLength, buffer, bufferLength, want - bufferLength);
            if (n < 0) {
                throw new MalformedMediaException("unexpected end of file at byte " + (bufferStart + bufferLength));
            }
            bufferLength += n;
        }
    }
}
