package party.wtp.build;

/**
 * Where a build reports what it does, on the standard error side (standard output carries only entry URLs).
 * Implementations must be thread-safe: {@link #advance} and {@link #warn} are called from worker threads.
 */
public interface BuildLog {
    /** A new stage starts that will process about {@code totalBytes} bytes. */
    void stage(String name, long totalBytes);

    /** {@code bytes} more of the current stage are done. */
    void advance(long bytes);

    /** Something the creator should know: a link that leads nowhere, a file kept as it was. */
    void warn(String message);

    /** A line of information. */
    void info(String message);

    /** Says nothing. */
    BuildLog SILENT = new BuildLog() {
        @Override
        public void stage(String name, long totalBytes) {
        }

        @Override
        public void advance(long bytes) {
        }

        @Override
        public void warn(String message) {
        }

        @Override
        public void info(String message) {
        }
    };
}
