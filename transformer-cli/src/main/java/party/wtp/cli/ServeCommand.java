package party.wtp.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import party.wtp.serve.HostMapping;
import party.wtp.serve.PartyFolder;
import party.wtp.serve.PartyServer;
import party.wtp.serve.ServeException;
import party.wtp.serve.ServedMirror;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wtp serve DIR}: serves every mirror of a built party on its own local origin, optionally misbehaving. */
@Command(
    name = "serve",
    sortOptions = false,
    usageHelpAutoWidth = true,
    mixinStandardHelpOptions = true,
    headerHeading = "%n",
    header = "Serve a built party's mirrors locally, each on its own origin, like dumb static hosts.",
    descriptionHeading = "%n",
    description = {
        "DIR holds one folder per mirror, named HOST_PORT for the mirror at",
        "http://HOST:PORT/: m1.party.test_8001, 127.0.0.1_8002; a path under the host",
        "is appended with / as _ (example.org_80_site is http://example.org/site/).",
        "If DIR has a file mirrors.txt (one mirror URL per line, written by the build),",
        "it lists the mirrors exactly instead.",
        "",
        "Everything listens on loopback only. Host names that are not loopback, such as",
        "m1.party.test, are served on 127.0.0.1, and wtp prints how to point a browser",
        "there. Files are served as by a plain static host: content type by extension",
        "(application/octet-stream without one), byte ranges, 404 for missing files,",
        "index.html for folders, no listings, and no CORS header unless asked.",
        "",
        "NAME picks a mirror: its folder name, host, HOST:PORT or URL. Options naming",
        "a mirror can be repeated.",
    },
    parameterListHeading = "%nArguments:%n",
    optionListHeading = "%nOptions:%n",
    footerHeading = "%nExamples:%n",
    footer = {
        "  wtp serve party/",
        "  wtp serve --cors-for m2.party.test --latency m1.party.test=800 \\",
        "            --down 127.0.0.1:8003 party/",
        "  chromium --host-resolver-rules=\"MAP *.party.test 127.0.0.1\" \\",
        "           http://m1.party.test:8001/",
        "",
        "Runs until Ctrl-C.",
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "The built party folder.")
  Path dir;

  @Option(names = "--cors", description = "Send Access-Control-Allow-Origin: * from every mirror.")
  boolean corsEverywhere;

  @Option(names = "--cors-for", paramLabel = "NAME", description = "Send the CORS header from this mirror only.")
  List<String> corsFor = new ArrayList<>();

  @Option(names = "--down", paramLabel = "NAME", description = "Mirror is down: its port is closed (connection refused).")
  List<String> down = new ArrayList<>();

  @Option(names = "--stall", paramLabel = "NAME", description = "Mirror accepts connections but never answers.")
  List<String> stall = new ArrayList<>();

  @Option(names = "--latency", paramLabel = "NAME=MS", description = "Mirror answers every request MS milliseconds late.")
  Map<String, Long> latency = new LinkedHashMap<>();

  @Option(names = "--corrupt", paramLabel = "NAME",
      description = "Mirror serves every file with its middle byte flipped.")
  List<String> corrupt = new ArrayList<>();

  @Option(names = "--corrupt-at", paramLabel = "NAME=OFFSET",
      description = "Mirror serves every file with the byte at OFFSET flipped (shorter files intact).")
  Map<String, Long> corruptAt = new LinkedHashMap<>();

  @Option(names = "--stale", paramLabel = "NAME=DIR",
      description = "Mirror serves the files of DIR (e.g. an older copy of its folder) instead of its own.")
  Map<String, Path> stale = new LinkedHashMap<>();

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PartyFolder party = readParty();
    for (Map.Entry<String, Path> entry : stale.entrySet()) {
      if (!Files.isDirectory(entry.getValue())) {
        throw new UserError("--stale " + entry.getKey() + "=" + entry.getValue() + ": no such folder");
      }
    }
    PartyServer server;
    try {
      server = PartyServer.builder().party(party).cors(corsEverywhere).start();
    } catch (ServeException e) {
      throw new UserError(e.getMessage(), e);
    }
    try {
      applyFaults(server);
    } catch (UserError e) {
      server.stop();
      throw e;
    }
    Thread stopOnExit = new Thread(server::stop, "wtp-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(stopOnExit);

    describe(party, server, out, err);
    try {
      server.join();
    } catch (InterruptedException e) {
      // stopped from within the JVM (tests, wtp demo): shut down like Ctrl-C would
    } finally {
      server.stop();
      try {
        Runtime.getRuntime().removeShutdownHook(stopOnExit);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running or ran already
      }
    }
    return ExitCode.OK;
  }

  private PartyFolder readParty() {
    try {
      return PartyFolder.read(dir);
    } catch (ServeException e) {
      throw new UserError(e.getMessage(), e);
    }
  }

  private void applyFaults(PartyServer server) {
    each(server, "--cors-for", corsFor, m -> m.cors(true));
    each(server, "--down", down, m -> m.faults().down(true));
    each(server, "--stall", stall, m -> m.faults().stall(true));
    each(server, "--corrupt", corrupt, m -> m.faults().corrupt(true));
    for (Map.Entry<String, Long> e : latency.entrySet()) {
      if (e.getValue() < 0) {
        throw new UserError("--latency " + e.getKey() + "=" + e.getValue() + ": milliseconds cannot be negative");
      }
      find(server, "--latency", e.getKey()).faults().latency(Duration.ofMillis(e.getValue()));
    }
    for (Map.Entry<String, Long> e : corruptAt.entrySet()) {
      if (e.getValue() < 0) {
        throw new UserError("--corrupt-at " + e.getKey() + "=" + e.getValue() + ": the offset cannot be negative");
      }
      find(server, "--corrupt-at", e.getKey()).faults().corruptAt(e.getValue());
    }
    for (Map.Entry<String, Path> e : stale.entrySet()) {
      find(server, "--stale", e.getKey()).faults().stale(e.getValue());
    }
  }

  private static void each(PartyServer server, String option, List<String> names, Consumer<ServedMirror> action) {
    for (String name : names) {
      action.accept(find(server, option, name));
    }
  }

  private static ServedMirror find(PartyServer server, String option, String name) {
    try {
      return server.mirror(name);
    } catch (IllegalArgumentException e) {
      throw new UserError(option + " " + name + ": " + e.getMessage());
    }
  }

  private static void describe(PartyFolder party, PartyServer server, PrintWriter out, PrintWriter err) {
    for (String ignored : party.ignored()) {
      err.println("note: ignoring folder " + ignored + " (not a HOST_PORT mirror folder)");
    }
    HostMapping mapping = server.hostMapping();
    if (mapping.isNeeded()) {
      err.println("note: " + String.join(", ", mapping.hosts()) + " served on 127.0.0.1; let the browser find them:");
      err.println("  chromium " + mapping.chromiumFlag());
      err.println("  firefox: about:config network.dns.localDomains = " + mapping.firefoxLocalDomains());
      err.println("  or /etc/hosts: " + String.join("; ", mapping.hostsFileLines()));
    }
    // one write, so whoever reads the listing (a person, a script, a test) sees all of it at once
    StringBuilder listing = new StringBuilder("Serving " + party.dir() + " (" + server.mirrors().size() + " mirror"
        + (server.mirrors().size() == 1 ? "" : "s") + "), Ctrl-C to stop:\n");
    int width = server.mirrors().stream().mapToInt(m -> m.url().length()).max().orElse(0);
    for (ServedMirror mirror : server.mirrors()) {
      String state = mirror.faults().toString();
      String flags = (state.equals("healthy") ? "" : state) + (mirror.cors() ? (state.equals("healthy") ? "" : ", ")
          + "cors" : "");
      listing.append("  ").append(pad(mirror.url(), width)).append("  ").append(mirror.name())
          .append(flags.isEmpty() ? "" : "  [" + flags + "]").append('\n');
    }
    out.print(listing);
    out.flush();
    err.flush();
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }
}
