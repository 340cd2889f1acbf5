package party.wtp.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.OutputStreamWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code wtp} command: turns a static site into a party of mirrors, and serves parties locally.
 *
 * <p>Every subcommand is registered in the {@code subcommands} list below; adding one is one line there plus its
 * class, for example:
 *
 * <pre>
 * &#64;Command(name = "keygen", mixinStandardHelpOptions = true, header = "Create a party's signing key.")
 * final class KeygenCommand implements Callable&lt;Integer&gt; {
 *   &#64;Spec CommandSpec spec;                         // spec.commandLine().getOut() / getErr()
 *   &#64;Parameters(paramLabel = "KEYFILE") Path key;
 *
 *   public Integer call() throws IOException {
 *     if (Files.exists(key)) throw new UserError(key, "already exists; not overwriting a key");
 *     try (Progress p = Progress.onStderr(spec.commandLine().getErr(), "generating", 1)) { ...; p.done(); }
 *     return ExitCode.OK;
 *   }
 * }
 * </pre>
 *
 * <p>Commands report user mistakes by throwing {@link UserError} (or letting a {@link java.nio.file.FileSystemException}
 * escape); {@link FailureReport} turns that into one line on stderr and exit code 2. Anything else is a bug: exit 1.
 */
@Command(
    name = "wtp",
    mixinStandardHelpOptions = true,
    versionProvider = Wtp.Version.class,
    usageHelpAutoWidth = true,
    sortOptions = false,
    header = "Where's the Party: censorship-resistant mirrors for static websites.",
    description = {
        "",
        "wtp turns a folder of static web pages into a 'party': one plain folder per mirror, every file renamed, "
            + "signed and encrypted, ready for any dumb static web host. Readers need nothing but a browser.",
    },
    commandListHeading = "%nCommands:%n",
    footerHeading = "%n",
    footer = {
        "Run 'wtp COMMAND --help' for the options of one command.",
        "Exit codes: 0 success, 1 unexpected failure (rerun with --debug), 2 bad input or usage.",
    },
    subcommands = {
        CommandLine.HelpCommand.class,
        ServeCommand.class,
        party.wtp.keys.KeygenCommand.class,
        party.wtp.build.BuildCommand.class,
        party.wtp.verify.VerifyCommand.class,
        party.wtp.check.CheckCommand.class,
        party.wtp.demo.DemoCommand.class,
    })
public final class Wtp implements Callable<Integer> {

  /** Name of the environment variable that, set to 1, has unexpected failures print their stack trace. */
  public static final String DEBUG_ENV = "WTP_DEBUG";

  @Spec CommandSpec spec;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "On an unexpected failure, print the Java stack trace (same as WTP_DEBUG=1).")
  boolean debug;

  /** {@code wtp} without a command: show the overview on stderr and fail, since nothing was done. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE;
  }

  public static void main(String... args) {
    System.exit(execute(args));
  }

  /** Runs {@code wtp args} with the process's stdout and stderr; returns the exit code instead of exiting. */
  public static int execute(String... args) {
    return execute(
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
        args);
  }

  /** Runs {@code wtp args} writing to the given streams; for tests and for embedding. Returns the exit code. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine line = commandLine();
    line.setOut(out);
    line.setErr(err);
    try {
      return line.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** The configured command tree: every subcommand, wtp's error convention and exit codes. */
  public static CommandLine commandLine() {
    CommandLine line = new CommandLine(new Wtp());
    FailureReport report = new FailureReport(System.getenv(DEBUG_ENV));
    line.setParameterExceptionHandler(report);
    line.setExecutionExceptionHandler(report);
    line.setCaseInsensitiveEnumValuesAllowed(true);
    return line;
  }

  /** The version from the jar manifest (set by the shaded build), or "development" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Wtp.class.getPackage().getImplementationVersion();
      return new String[] {
        "wtp " + (version == null ? "development build" : version),
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
      };
    }
  }
}
