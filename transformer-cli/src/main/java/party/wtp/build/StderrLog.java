package party.wtp.build;

import java.io.PrintWriter;

/** A plain {@link BuildLog} on standard error: one line per stage, a percentage now and then for long ones, warnings. */
public final class StderrLog implements BuildLog {
    private static final long QUIET_BELOW = 64L << 20;
    private final PrintWriter err;
    private long total;
    private long done;
    private int lastTenth;

    public StderrLog(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void stage(String name, long totalBytes) {
        total = totalBytes;
        done = 0;
        lastTenth = 0;
        err.println("wtp: " + name + " (" + Sizes.human(totalBytes) + ")");
        err.flush();
    }

    @Override
    public synchronized void advance(long bytes) {
        done += bytes;
        if (total < QUIET_BELOW) {
            return;
        }
        int tenth = (int) Math.min(10, done * 10 / total);
        if (tenth > lastTenth) {
            lastTenth = tenth;
            err.println("wtp:   " + tenth * 10 + "%");
            err.flush();
        }
    }

    @Override
    public synchronized void warn(String message) {
        err.println("wtp: warning: " + message);
        err.flush();
    }

    @Override
    public synchronized void info(String message) {
        err.println("wtp: " + message);
        err.flush();
    }
}
