package party.wtp.serve;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.IteratingCallback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Sends bytes {@code [start, end)} of a file as a response body without holding a thread, applying the body-level
 * faults: one flipped byte, stop halfway, one byte per interval, or the file over and over without end.
 */
final class BodyStream extends IteratingCallback {
  private static final int CHUNK = 64 * 1024;
  private static final ByteBuffer NOTHING = ByteBuffer.allocate(0);

  /** How the body is delivered. */
  enum Delivery { NORMAL, STALL_MID_BODY, TRICKLE, ENDLESS }

  private final Response response;
  private final Callback callback;
  private final FileChannel file;
  private final long start;
  private final long end;
  private final long flipAt;
  private final Delivery delivery;
  private final Duration trickle;
  private final Scheduler scheduler;
  private final Runnable onStall;
  private final long stallAt;
  private long position;
  private boolean committed;
  private boolean lastWritten;

  /**
   * @param flipAt offset in the file of the byte to flip, or -1
   * @param trickle time between bytes for {@link Delivery#TRICKLE}
   * @param onStall run once when the body stops for good ({@link Delivery#STALL_MID_BODY})
   */
  BodyStream(Response response, Callback callback, FileChannel file, long start, long end, long flipAt,
      Delivery delivery, Duration trickle, Scheduler scheduler, Runnable onStall) {
    this.response = response;
    this.callback = callback;
    this.file = file;
    this.start = start;
    this.end = end;
    this.flipAt = flipAt;
    this.delivery = delivery;
    this.trickle = trickle;
    this.scheduler = scheduler;
    this.onStall = onStall;
    this.stallAt = delivery == Delivery.STALL_MID_BODY ? start + (end - start) / 2 : Long.MAX_VALUE;
    this.position = start;
  }

  @Override
  protected Action process() throws IOException {
    if (delivery == Delivery.ENDLESS) {
      write(false, endlessChunk());
      return Action.SCHEDULED;
    }
    if (position >= stallAt) {
      if (!committed) {
        write(false, NOTHING);
      } else {
        closeFile(); // nothing more will be read
        onStall.run();
      }
      return Action.SCHEDULED; // when stalled: never completed, as a hung host never finishes
    }
    if (lastWritten) {
      return Action.SUCCEEDED;
    }
    if (position >= end) {
      lastWritten = true;
      write(true, NOTHING);
      return Action.SCHEDULED;
    }
    if (delivery == Delivery.TRICKLE) {
      if (!committed) {
        write(false, NOTHING); // the headers at once, then the body byte by byte
        return Action.SCHEDULED;
      }
      ByteBuffer one = read(position, 1);
      position++;
      boolean last = position >= end;
      lastWritten = last;
      scheduler.schedule(() -> write(last, one), trickle.toNanos(), TimeUnit.NANOSECONDS);
      return Action.SCHEDULED;
    }
    long limit = Math.min(end, stallAt);
    int n = (int) Math.min(CHUNK, limit - position);
    ByteBuffer chunk = read(position, n);
    position += n;
    boolean last = position >= end;
    lastWritten = last;
    write(last, chunk);
    return Action.SCHEDULED;
  }

  private void write(boolean last, ByteBuffer content) {
    committed = true;
    response.write(last, content, this);
  }

  /** The next 64 KiB of the file repeated forever (zeros for an empty file). */
  private ByteBuffer endlessChunk() throws IOException {
    ByteBuffer chunk = ByteBuffer.allocate(CHUNK);
    if (end <= start) {
      return chunk;
    }
    while (chunk.hasRemaining()) {
      if (position >= end) {
        position = start;
      }
      int n = (int) Math.min(chunk.remaining(), end - position);
      chunk.put(read(position, n));
      position += n;
    }
    return chunk.flip();
  }

  /** {@code n} bytes of the file from {@code offset}, with the corrupted byte flipped if it is among them. */
  private ByteBuffer read(long offset, int n) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(n);
    while (buffer.hasRemaining()) {
      if (file.read(buffer, offset + buffer.position()) < 0) {
        throw new EOFException("file shrank while being served");
      }
    }
    buffer.flip();
    if (flipAt >= offset && flipAt < offset + n) {
      int i = (int) (flipAt - offset);
      buffer.put(i, (byte) ~buffer.get(i));
    }
    return buffer;
  }

  @Override
  protected void onCompleteSuccess() {
    closeFile();
    callback.succeeded();
  }

  @Override
  protected void onCompleteFailure(Throwable cause) {
    closeFile();
    callback.failed(cause);
  }

  private void closeFile() {
    try {
      file.close();
    } catch (IOException ignored) {
      // read-only channel: nothing was lost
    }
  }
}
