package party.wtp.build;

/**
 * Where a build reports what it does, on the standard error side (standard output carries only entry URLs).
 * Implementations must be thread-safe: {@link #advance} and {@link #warn} are called from worker threads. Each
 * method does nothing unless overridden, so a log says only what it cares about.
 */
public interface BuildLog {
    /** A new stage starts that will process about {@code totalBytes} bytes. */
    default void stage(String name, long totalBytes) {
    }

    /** {@code bytes} more of the current stage are done. */
    default void advance(long bytes) {
    }

    /** Something the creator should know: a link that leads nowhere, a file kept as it was. */
    default void warn(String message) {
    }

    /** A line of information. */
    default void info(String message) {
    }

    /** Says nothing. */
    BuildLog SILENT = new BuildLog() { };
}
