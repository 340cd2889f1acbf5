package party.wtp.scrub;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Read-only positioned access to a file or a byte array, so structure filters can plan first and copy later. */
interface RandomAccessBytes {

    long size() throws IOException;

    /** Reads up to {@code length} bytes at {@code position}; returns how many were read, -1 at the end. */
    int read(long position, byte[] into, int offset, int length) throws IOException;

    static RandomAccessBytes of(FileChannel channel) {
        return new RandomAccessBytes() {
            @Override
            public long size() throws IOException {
                return channel.size();
            }

            @Override
            public int read(long position, byte[] into, int offset, int length) throws IOException {
                return channel.read(ByteBuffer.wrap(into, offset, length), position);
            }
        };
    }

    static RandomAccessBytes of(byte[] bytes) {
        return new RandomAccessBytes() {
            @Override
            public long size() {
                return bytes.length;
            }

            @Override
            public int read(long position, byte[] into, int offset, int length) {
                if (position >= bytes.length) {
                    return -1;
                }
                int n = (int) Math.min(length, bytes.length - position);
                System.arraycopy(bytes, (int) position, into, offset, n);
                return n;
            }
        };
    }
}
