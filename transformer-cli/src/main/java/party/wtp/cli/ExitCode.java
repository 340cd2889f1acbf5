package party.wtp.cli;

/** The exit codes every wtp command uses, so scripts can tell a user's mistake from a bug. */
public final class ExitCode {
  /** Done as asked. */
  public static final int OK = 0;
  /** Something unexpected failed: a bug or a broken environment; {@code --debug} shows the stack trace. */
  public static final int FAILURE = 1;
  /** Bad input or usage: a missing file, a malformed option; the one-line message says which. */
  public static final int USAGE = 2;

  private ExitCode() {}
}
