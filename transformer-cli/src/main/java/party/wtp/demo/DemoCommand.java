package party.wtp.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import party.wtp.build.BuildException;
import party.wtp.build.ProgressLog;
import party.wtp.cli.ExitCode;
import party.wtp.cli.Progress;
import party.wtp.cli.UserError;
import party.wtp.keys.KeyFileException;
import party.wtp.serve.ServeException;
import party.wtp.serve.ServedMirror;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wtp demo}: builds the bundled sample site into a throw-away party, serves it on loopback, cleans up after. */
@Command(
    name = "demo",
    sortOptions = false,
    usageHelpAutoWidth = true,
    mixinStandardHelpOptions = true,
    headerHeading = "%n",
    header = "Try it: a throw-away party of the sample site, served on this machine.",
    descriptionHeading = "%n",
    description = {
        "Makes a temporary folder, a new party key in it, builds the sample site",
        "(sample-site/ of the wtp repository, or --site DIR) into a party of --mirrors",
        "mirrors at http://127.0.0.1:PORT/, http://127.0.0.2:PORT/, ... (separate",
        "origins on loopback, no browser setup needed), serves them, and prints the",
        "entry URL to open (first line of stdout) and what to try.",
        "",
        "At a terminal, type commands to break mirrors while a browser watches:",
        "down N, up N, corrupt N, slow N, stall N, stale N (serve the previous",
        "generation), heal [N], status, quit.",
        "",
        "Runs until Ctrl-C (or quit, or --for SECONDS), then removes everything it made.",
    },
    optionListHeading = "%nOptions:%n",
    footerHeading = "%nExamples:%n",
    footer = {"  wtp demo", "  wtp demo --site my-site/ --mirrors 4", "  wtp demo --for 60"})
public final class DemoCommand implements Callable<Integer> {
  static final int MAX_MIRRORS = 9;

  @Spec CommandSpec spec;

  @Option(names = "--site", paramLabel = "DIR", description = "The site to build (default: the bundled sample-site/).")
  Path site;

  @Option(names = "--mirrors", paramLabel = "N", defaultValue = "3",
      description = "How many mirrors (1 to " + MAX_MIRRORS + ", default ${DEFAULT-VALUE}).")
  int mirrors;

  @Option(names = "--for", paramLabel = "SECONDS",
      description = "Stop by itself after SECONDS of serving (default: run until Ctrl-C).")
  Long seconds;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path siteDir = site();
    if (mirrors < 1 || mirrors > MAX_MIRRORS) {
      throw new UserError("--mirrors " + mirrors + ": must be 1 to " + MAX_MIRRORS);
    }
    if (seconds != null && seconds < 1) {
      throw new UserError("--for " + seconds + ": must be at least 1 second");
    }
    Demo demo;
    try (ProgressLog log = new ProgressLog(err, Progress.Style.forStderr())) {
      demo = Demo.start(siteDir, mirrors, log);
    } catch (BuildException | KeyFileException | ServeException e) {
      throw new UserError(e.getMessage(), e);
    }
    CountDownLatch stop = new CountDownLatch(1);
    Thread onExit = new Thread(() -> closeQuietly(demo, err), "wtp-demo-cleanup");
    Runtime.getRuntime().addShutdownHook(onExit);
    try {
      err.println("wtp demo: working in " + demo.folder() + " (removed on exit)");
      err.flush();
      describe(demo, out);
      if (System.console() != null) {
        startConsole(demo, out, stop);
      }
      if (seconds == null) {
        stop.await();
      } else {
        stop.await(seconds, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      // stopped from within the JVM (tests): clean up as Ctrl-C would
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(onExit);
        closeQuietly(demo, err);
      } catch (IllegalStateException shuttingDown) {
        // Ctrl-C: the hook cleans up
      }
    }
    return ExitCode.OK;
  }

  private Path site() {
    Path dir = site != null ? site : BundledSite.find();
    if (dir == null) {
      throw new UserError("no sample-site/ folder found beside this wtp; give --site DIR");
    }
    if (!Files.isDirectory(dir)) {
      throw new UserError(dir, "no such folder");
    }
    return dir;
  }

  /** The entry URL (first line), the mirrors, and what to try: the console commands quoted here all work. */
  static void describe(Demo demo, PrintWriter out) {
    List<ServedMirror> served = demo.server().mirrors();
    String entry = demo.entryUrls().get(0);
    out.println(entry);
    out.println();
    out.println("Party " + demo.party() + " is up: " + served.size() + " mirror" + (served.size() == 1 ? "" : "s")
        + " on loopback. Open the URL above in a browser (the part after # is the");
    out.println("key; the mirrors never see it), for example:");
    out.println("  chromium '" + entry + "'");
    out.println("Mirrors:");
    for (int i = 0; i < served.size(); i++) {
      out.println("  " + (i + 1) + "  " + served.get(i).url());
    }
    out.println("To watch failover, take the first mirror down and reload (the reader moves on to the others):");
    out.println("  type 'down 1' here (later 'up 1'); also 'corrupt 2', 'slow 3', 'stall 1', 'stale 2' (serves the");
    out.println("  previous generation), 'heal', 'status'.");
    out.println("The same by hand, for a party you built (this one is removed on exit):");
    out.println("  wtp serve PARTY_DIR --down " + served.get(0).address().hostAndPort());
    out.println("This party's health, as its creator sees it, while the demo runs:");
    out.println("  wtp check " + demo.partyFolder() + " --key " + demo.keyFile());
    out.println("  (after 'stale 2' it names mirror 2 stale; after 'corrupt 2', bad; after 'down 2', down)");
    out.println("Ctrl-C stops the demo and removes " + demo.folder() + ".");
    out.flush();
  }

  private static void startConsole(Demo demo, PrintWriter out, CountDownLatch stop) {
    Thread console = new Thread(() -> {
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset()));
      try {
        if (new DemoConsole(demo.server(), demo.previousGeneration(), out).run(in)) {
          stop.countDown();
        }
      } catch (IOException e) {
        // stdin closed: keep serving until Ctrl-C
      }
    }, "wtp-demo-console");
    console.setDaemon(true);
    console.start();
  }

  private static void closeQuietly(Demo demo, PrintWriter err) {
    try {
      if (!demo.stop()) {
        return;
      }
      err.println("wtp demo: stopped; removed " + demo.folder());
    } catch (IOException | RuntimeException e) {
      err.println("wtp demo: could not remove " + demo.folder() + ": " + e.getMessage());
    }
    err.flush();
  }
}
