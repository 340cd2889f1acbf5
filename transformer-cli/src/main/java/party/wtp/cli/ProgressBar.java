package party.wtp.cli;

import java.io.PrintWriter;

/** {@link Progress} as a bar redrawn in place on a terminal, at most every 100 ms. */
final class ProgressBar extends Progress {
  private static final long REDRAW_NANOS = 100_000_000L;
  private static final String ERASE_LINE = "\r\033[K";

  private final int width;
  private long lastDraw = Long.MIN_VALUE;
  private boolean drawn;

  ProgressBar(PrintWriter err, String task, long total, int width) {
    super(err, task, total);
    this.width = width;
  }

  @Override
  protected void show(long completed, boolean done) {
    long now = System.nanoTime();
    if (!done && drawn && now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    drawn = true;
    err.print(ERASE_LINE + line(completed, done));
    if (done) {
      err.println();
    }
    err.flush();
  }

  /** The bar's text, e.g. {@code "encrypting [##########..........]  50% 5/10"}, fitted to the width. */
  String line(long completed, boolean done) {
    int percent = percent(done && total > 0 ? total : completed);
    if (percent < 0) {
      return task + " " + completed + (done ? " done" : "");
    }
    String count = String.format(" %3d%% %d/%d", percent, completed, total);
    int barWidth = Math.max(10, Math.min(40, width - task.length() - count.length() - 4));
    int filled = barWidth * percent / 100;
    return task + " [" + "#".repeat(filled) + ".".repeat(barWidth - filled) + "]" + count;
  }

  @Override
  protected void clearLine() {
    if (drawn) {
      err.print(ERASE_LINE);
      drawn = false; // redraw at once below the note
    }
  }

  @Override
  protected void abandon() {
    if (drawn) {
      err.println();
    }
  }
}
