package party.wtp.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * wtp's one error convention: how a failed command reaches the person who typed it.
 *
 * <ul>
 *   <li>bad usage (picocli parameter errors): {@code wtp: <problem> (see 'wtp CMD --help')}, exit 2;
 *   <li>{@link UserError} and file-system errors ({@link FileSystemException} names its file): {@code wtp: <message>},
 *       exit 2;
 *   <li>anything else is a bug: {@code wtp: unexpected error: ...}, exit 1, with the stack trace only under
 *       {@code --debug} or {@code WTP_DEBUG=1}.
 * </ul>
 */
final class FailureReport
    implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {

  private final boolean debugFromEnvironment;

  /** @param debugEnvironment the value of {@code WTP_DEBUG}, or null when unset */
  FailureReport(String debugEnvironment) {
    this.debugFromEnvironment = debugEnvironment != null && !debugEnvironment.isEmpty()
        && !debugEnvironment.equals("0") && !debugEnvironment.equalsIgnoreCase("false");
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    StringBuilder line = new StringBuilder("wtp: ").append(oneLine(e.getMessage()));
    if (e instanceof UnmatchedArgumentException) {
      List<String> suggestions = ((UnmatchedArgumentException) e).getSuggestions();
      if (!suggestions.isEmpty()) {
        line.append(" (did you mean '").append(String.join("' or '", suggestions)).append("'?)");
      }
    }
    line.append(" (see '").append(command.getCommandSpec().qualifiedName()).append(" --help')");
    err.println(line);
    err.flush();
    return ExitCode.USAGE;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    boolean debug = debugFromEnvironment || debugRequested(parsed);
    String userMessage = userMessage(e);
    int code;
    if (userMessage != null) {
      err.println("wtp: " + userMessage);
      code = ExitCode.USAGE;
    } else {
      String detail = e.getMessage() == null ? "" : ": " + oneLine(e.getMessage());
      err.println("wtp: unexpected error: " + e.getClass().getSimpleName() + detail
          + (debug ? "" : " (run again with --debug for the stack trace)"));
      code = ExitCode.FAILURE;
    }
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  /** The one-line message for a user's mistake, or null when {@code e} is not one. */
  static String userMessage(Throwable e) {
    if (e instanceof UserError) {
      return oneLine(e.getMessage());
    }
    if (e instanceof UncheckedIOException && e.getCause() instanceof FileSystemException) {
      e = e.getCause();
    }
    if (e instanceof FileSystemException) {
      return describe((FileSystemException) e);
    }
    return null;
  }

  private static String describe(FileSystemException e) {
    String problem;
    if (e instanceof NoSuchFileException) {
      problem = "no such file or folder";
    } else if (e instanceof AccessDeniedException) {
      problem = "permission denied";
    } else if (e instanceof NotDirectoryException) {
      problem = "not a folder";
    } else if (e instanceof FileAlreadyExistsException) {
      problem = "already exists";
    } else if (e instanceof DirectoryNotEmptyException) {
      problem = "folder is not empty";
    } else {
      problem = e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
    }
    String file = e.getFile() == null ? "" : e.getFile();
    String other = e.getOtherFile() == null ? "" : " -> " + e.getOtherFile();
    return oneLine(file + other + ": " + problem);
  }

  private static boolean debugRequested(ParseResult parsed) {
    for (ParseResult level = parsed; level != null; level = level.subcommand()) {
      if (level.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  /** Messages are printed as exactly one line, whatever a library put into them. */
  static String oneLine(String message) {
    return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
