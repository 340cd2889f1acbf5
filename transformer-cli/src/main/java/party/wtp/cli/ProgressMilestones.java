package party.wtp.cli;

import java.io.PrintWriter;

/** {@link Progress} for logs and pipes: a line at each quarter passed and one when done, no control characters. */
final class ProgressMilestones extends Progress {
  private int quartersShown;

  ProgressMilestones(PrintWriter err, String task, long total) {
    super(err, task, total);
  }

  @Override
  protected void show(long completed, boolean done) {
    if (done) {
      err.println(task + ": done (" + completed + (total > 0 ? "/" + total : "") + ")");
      return;
    }
    int percent = percent(completed);
    if (percent < 0) {
      return;
    }
    int quarters = Math.min(3, percent / 25);
    if (quarters > quartersShown) {
      quartersShown = quarters;
      err.println(task + ": " + quarters * 25 + "% (" + completed + "/" + total + ")");
      err.flush();
    }
  }
}
