package party.wtp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The wtp command tree and its one error convention, run in-process. */
class WtpTest {
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int wtp(String... args) {
    return Wtp.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  /** Runs {@code args} on wtp's command tree with a test command {@code fail} added. */
  int withFailingCommand(String... args) {
    CommandLine line = Wtp.commandLine();
    line.addSubcommand(new Fail());
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    return line.execute(args);
  }

  @Command(name = "fail", description = "Fails the way it is told to.")
  static final class Fail implements Callable<Integer> {
    @Option(names = "--how", required = true) String how;

    @Override
    public Integer call() throws Exception {
      switch (how) {
        case "user":
          throw new UserError(Path.of("site/index.html"), "not valid UTF-8");
        case "file":
          throw new NoSuchFileException("site/missing.css");
        default:
          throw new IllegalStateException("the hash table\nis inconsistent");
      }
    }
  }

  @Test
  void helpListsTheCommandsAndExitsZero() {
    assertEquals(0, wtp("--help"));
    String help = out.toString();
    assertTrue(help.startsWith("Where's the Party"), help);
    assertTrue(help.contains("Usage: wtp [-hV] [--debug] [COMMAND]"), help);
    assertTrue(help.contains("  serve   Serve a built party's mirrors locally"), help);
    assertTrue(help.contains("  keygen  Make a new party key."), help);
    assertTrue(help.contains("  build   Turn a static site folder into a party"), help);
    assertTrue(help.contains("  verify  Check a build's mirror folders offline"), help);
    assertTrue(help.contains("Exit codes: 0 success"), help);
    assertEquals("", err.toString());
  }

  @Test
  void eachCommandHasItsOwnHelp() {
    assertEquals(0, wtp("serve", "--help"));
    String help = out.toString();
    assertTrue(help.contains("Usage: wtp serve"), help);
    assertTrue(help.contains("--latency=NAME=MS"), help);
    assertTrue(help.contains("mirrors.txt"), help);
    assertEquals(0, wtp("help", "serve"));
  }

  @Test
  void version() {
    assertEquals(0, wtp("--version"));
    assertTrue(out.toString().startsWith("wtp "), out.toString());
  }

  @Test
  void noCommandShowsTheOverviewOnStderrAndFails() {
    assertEquals(2, wtp());
    assertTrue(err.toString().contains("Usage: wtp"));
    assertEquals("", out.toString());
  }

  @Test
  void usageErrorsAreOneLineWithAHint() {
    assertEquals(2, wtp("serve"));
    assertEquals("wtp: Missing required parameter: 'DIR' (see 'wtp serve --help')\n", err.toString());
    err.getBuffer().setLength(0);
    assertEquals(2, wtp("serv"));
    assertEquals("wtp: Unmatched argument at index 0: 'serv' (did you mean 'serve' or 'verify'?) (see 'wtp --help')\n",
        err.toString());
    err.getBuffer().setLength(0);
    assertEquals(2, wtp("serve", "--latency", "m1=soon", "party"));
    assertEquals("wtp: Invalid value for option '--latency' (NAME=MS): 'soon' is not a long"
        + " (see 'wtp serve --help')\n", err.toString());
  }

  @Test
  void missingPartyFolderIsOneLineAndExit2(@TempDir Path dir) {
    Path missing = dir.resolve("party");
    assertEquals(2, wtp("serve", missing.toString()));
    assertEquals("wtp: " + missing + ": no such folder\n", err.toString());
    assertEquals("", out.toString());
  }

  @Test
  void folderWithoutMirrorsIsOneLineAndExit2(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("site"));
    assertEquals(2, wtp("serve", dir.toString()));
    assertTrue(err.toString().startsWith("wtp: " + dir + ": no mirror folders"), err.toString());
    assertEquals(1, err.toString().split("\n").length);
  }

  @Test
  void userErrorsAreOneLineWithoutStackTrace() {
    assertEquals(2, withFailingCommand("fail", "--how", "user"));
    assertEquals("wtp: site/index.html: not valid UTF-8\n", err.toString());
  }

  @Test
  void fileSystemErrorsCountAsUserErrors() {
    assertEquals(2, withFailingCommand("fail", "--how", "file"));
    assertEquals("wtp: site/missing.css: no such file or folder\n", err.toString());
  }

  @Test
  void unexpectedFailuresAreExit1WithAShortMessage() {
    assertEquals(1, withFailingCommand("fail", "--how", "bug"));
    assertEquals("wtp: unexpected error: IllegalStateException: the hash table is inconsistent"
        + " (run again with --debug for the stack trace)\n", err.toString());
  }

  @Test
  void debugShowsTheStackTrace() {
    assertEquals(1, withFailingCommand("--debug", "fail", "--how", "bug"));
    String text = err.toString();
    assertTrue(text.startsWith("wtp: unexpected error: IllegalStateException: the hash table is inconsistent\n"),
        text);
    assertTrue(text.contains("\tat party.wtp.cli.WtpTest$Fail.call"), text);
    err.getBuffer().setLength(0);
    assertEquals(1, withFailingCommand("fail", "--debug", "--how", "bug"), "--debug after the command works too");
    assertTrue(err.toString().contains("\tat party.wtp.cli.WtpTest$Fail.call"));
  }

  @Test
  void debugFromTheEnvironment() {
    FailureReport report = new FailureReport("1");
    CommandLine line = Wtp.commandLine();
    line.addSubcommand(new Fail());
    line.setExecutionExceptionHandler(report);
    line.setErr(new PrintWriter(err, true));
    assertEquals(1, line.execute("fail", "--how", "bug"));
    assertTrue(err.toString().contains("\tat party.wtp.cli.WtpTest$Fail.call"));

    err.getBuffer().setLength(0);
    line.setExecutionExceptionHandler(new FailureReport("0"));
    assertEquals(1, line.execute("fail", "--how", "bug"));
    assertFalse(err.toString().contains("\tat "), "WTP_DEBUG=0 means off");
  }
}
