package party.wtp.build;

import java.io.PrintWriter;
import party.wtp.cli.Progress;

/** The build's log on the command line: one {@link Progress} bar (or milestone lines) per stage, notes in between. */
public final class ProgressLog implements BuildLog, AutoCloseable {
    private final PrintWriter err;
    private final Progress.Style style;
    private Progress current;

    public ProgressLog(PrintWriter err, Progress.Style style) {
        this.err = err;
        this.style = style;
    }

    @Override
    public synchronized void stage(String name, long totalBytes) {
        finish();
        current = Progress.start(err, style, name + " " + Sizes.human(totalBytes), totalBytes);
    }

    @Override
    public synchronized void advance(long bytes) {
        if (current != null) {
            current.step(bytes);
        }
    }

    @Override
    public synchronized void warn(String message) {
        line("wtp: warning: " + message);
    }

    @Override
    public synchronized void info(String message) {
        finish();
        line("wtp: " + message);
    }

    private void line(String text) {
        if (current != null) {
            current.note(text);
        } else {
            err.println(text);
            err.flush();
        }
    }

    private void finish() {
        if (current != null) {
            current.done();
            current.close();
            current = null;
        }
    }

    /** Ends the current stage's bar; after a failure the bar's line just ends, so an error starts on its own line. */
    @Override
    public synchronized void close() {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
