package party.wtp.cli;

import java.nio.file.Path;

/**
 * A mistake the user can fix: a missing file, a bad option value, a folder that is not a party.
 *
 * <p>Its message is one line that names the file (or option) and the problem; wtp prints it as
 * {@code wtp: <message>} on stderr and exits with {@link ExitCode#USAGE}, never with a stack trace.
 */
public class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A problem stated in one line, e.g. {@code "--latency m9: no mirror named m9"}. */
  public UserError(String message) {
    super(message);
  }

  /** A problem with one file: the message reads {@code "<file>: <problem>"}. */
  public UserError(Path file, String problem) {
    super(file + ": " + problem);
  }

  /** A problem stated in one line, keeping the low-level cause for {@code --debug}. */
  public UserError(String message, Throwable cause) {
    super(message, cause);
  }
}
