package party.wtp.scrub;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The planned output of a structure filter: spans copied from the input, interleaved with a few new bytes (a fixed
 * flags byte, a new size), plus the list of what was left out. Planning reads only structure; {@link #writeTo}
 * copies afterwards, so a file that turns out malformed half-way has not touched the output yet.
 */
final class Rewrite {
    private final List<Object> pieces = new ArrayList<>();
    private final List<Removal> removed = new ArrayList<>();

    /** Copies {@code length} input bytes from {@code offset}; adjacent spans are merged. */
    void keep(long offset, long length) {
        if (length == 0) {
            return;
        }
        if (!pieces.isEmpty() && pieces.get(pieces.size() - 1) instanceof long[] last && last[0] + last[1] == offset) {
            last[1] += length;
        } else {
            pieces.add(new long[] {offset, length});
        }
    }

    /** Emits new bytes; the array is written as it is at {@link #writeTo} time, so it may be filled in later. */
    void insert(byte[] bytes) {
        pieces.add(bytes);
    }

    /** Records that {@code bytes} input bytes holding {@code what} were left out. */
    void drop(String what, long bytes) {
        removed.add(new Removal(what, bytes));
    }

    List<Removal> removed() {
        return removed;
    }

    /** Total length of the planned output. */
    long outputLength() {
        long total = 0;
        for (Object piece : pieces) {
            total += piece instanceof long[] span ? span[1] : ((byte[]) piece).length;
        }
        return total;
    }

    void writeTo(RandomAccessBytes in, OutputStream out) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        for (Object piece : pieces) {
            if (piece instanceof byte[] literal) {
                out.write(literal);
                continue;
            }
            long[] span = (long[]) piece;
            long at = span[0];
            long left = span[1];
            while (left > 0) {
                int n = in.read(at, buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new IOException("file shrank while being scrubbed");
                }
                out.write(buffer, 0, n);
                at += n;
                left -= n;
            }
        }
    }
}
