package party.wtp.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether the process's stderr is an interactive terminal, so progress bars are drawn only where a person looks. */
final class Terminal {
  private Terminal() {}

  /**
   * True when stderr is a terminal: on Linux by where file descriptor 2 points; elsewhere by {@link System#console()}
   * (which only knows about stdin and stdout). {@code TERM=dumb} always counts as no terminal.
   */
  static boolean stderrIsTerminal() {
    if ("dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    Path fd2 = Path.of("/proc/self/fd/2");
    if (Files.isSymbolicLink(fd2)) {
      try {
        String target = Files.readSymbolicLink(fd2).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
      } catch (IOException | SecurityException e) {
        return false;
      }
    }
    return System.console() != null;
  }

  /** Columns to draw in: {@code $COLUMNS} when exported, else 80. */
  static int width() {
    String columns = System.getenv("COLUMNS");
    if (columns != null) {
      try {
        int width = Integer.parseInt(columns.trim());
        if (width >= 20) {
          return width;
        }
      } catch (NumberFormatException ignored) {
        // fall through to the classic width
      }
    }
    return 80;
  }
}
