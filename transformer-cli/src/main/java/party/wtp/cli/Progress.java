package party.wtp.cli;

import java.io.PrintWriter;

/**
 * How far a long task has come, reported on stderr: a redrawn bar on a terminal, a few plain lines when piped.
 *
 * <pre>{@code
 * try (Progress progress = Progress.onStderr(err, "encrypting", files.size())) {
 *   for (Path file : files) { ...; progress.step(); }
 *   progress.done();
 * }
 * }</pre>
 *
 * <p>Thread-safe: workers may call {@link #step()} concurrently. Closing without {@link #done()} (a failure) just
 * ends the bar's line, so the error message that follows starts on a line of its own.
 */
public abstract class Progress implements AutoCloseable {

  /** How progress is shown. */
  public enum Style {
    /** A bar redrawn in place with carriage returns: for terminals. */
    BAR,
    /** One line at 25%, 50%, 75% and one when done: for logs and pipes. */
    MILESTONES,
    /** Nothing at all, except {@link #note notes}. */
    QUIET;

    /** {@link #BAR} when the process's stderr is a terminal, else {@link #MILESTONES}. */
    public static Style forStderr() {
      return Terminal.stderrIsTerminal() ? BAR : MILESTONES;
    }
  }

  protected final PrintWriter err;
  protected final String task;
  protected final long total;
  private long completed;
  private boolean finished;

  protected Progress(PrintWriter err, String task, long total) {
    this.err = err;
    this.task = task;
    this.total = total;
  }

  /** Progress for {@code total} units of {@code task} (total 0 or less: unknown), styled for the process's stderr. */
  public static Progress onStderr(PrintWriter err, String task, long total) {
    return start(err, Style.forStderr(), task, total);
  }

  /** Progress for {@code total} units of {@code task} (total 0 or less: unknown) in the given style. */
  public static Progress start(PrintWriter err, Style style, String task, long total) {
    switch (style) {
      case BAR:
        return new ProgressBar(err, task, total, Terminal.width());
      case MILESTONES:
        return new ProgressMilestones(err, task, total);
      default:
        return new Progress(err, task, total) {
          @Override
          protected void show(long completed, boolean done) {}
        };
    }
  }

  /** One more unit done. */
  public void step() {
    step(1);
  }

  /** {@code units} more units done. */
  public synchronized void step(long units) {
    if (finished) {
      return;
    }
    completed += units;
    show(completed, false);
  }

  /** Units done so far. */
  public synchronized long completed() {
    return completed;
  }

  /** A line for the person watching (e.g. a warning), printed without garbling the bar. */
  public synchronized void note(String line) {
    clearLine();
    err.println(line);
    err.flush();
    if (!finished) {
      show(completed, false);
    }
  }

  /** The task succeeded: show it complete. */
  public synchronized void done() {
    if (!finished) {
      show(completed, true);
      finished = true;
      err.flush();
    }
  }

  /** Ends the report; after a failure (no {@link #done()}), only ends the bar's line. */
  @Override
  public synchronized void close() {
    if (!finished) {
      finished = true;
      abandon();
      err.flush();
    }
  }

  /** Shows {@code completed} units, or the final state when {@code done}. Called with the lock held. */
  protected abstract void show(long completed, boolean done);

  /** Erases a partly drawn line before a note; nothing for line-based styles. */
  protected void clearLine() {}

  /** Leaves the display tidy when the task stopped without finishing. */
  protected void abandon() {}

  /** Whole percent of {@code completed} out of the total, or -1 when the total is unknown. */
  protected final int percent(long completed) {
    if (total <= 0) {
      return -1;
    }
    return (int) Math.min(100, completed * 100 / total);
  }
}
