package party.wtp.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import party.wtp.serve.PartyServer;
import party.wtp.serve.ServedMirror;

/**
 * The demo's typed commands, one per line, that break and heal mirrors while a browser watches: {@code down 1},
 * {@code up 1}, {@code corrupt 2}, {@code slow 3}, {@code stall 1}, {@code stale 2} (serves the previous generation),
 * {@code heal}, {@code status}, {@code quit}.
 * Mirrors are named by number (1 = the first) or by anything {@link PartyServer#mirror} accepts.
 */
final class DemoConsole {
  static final Duration SLOW = Duration.ofSeconds(3);
  static final String HELP = "commands: down N | up N | corrupt N | slow N | stall N | stale N | heal [N] | status"
      + " | quit"
      + "  (N: mirror number 1.." + "%d)";

  private final PartyServer server;
  private final Path previous;
  private final PrintWriter out;

  /** Commands for the mirrors of {@code server}; {@code previous} holds the older generation that {@code stale} serves. */
  DemoConsole(PartyServer server, Path previous, PrintWriter out) {
    this.server = server;
    this.previous = previous;
    this.out = out;
  }

  /** Runs commands from {@code in} until {@code quit} or the end of input; returns true when told to quit. */
  boolean run(BufferedReader in) throws IOException {
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (!apply(line)) {
        return true;
      }
    }
    return false;
  }

  /** Applies one command line and prints what happened; false for {@code quit}. */
  boolean apply(String line) {
    String[] words = line.strip().toLowerCase(Locale.ROOT).split("\\s+");
    String verb = words[0];
    if (verb.isEmpty()) {
      return true;
    }
    if (verb.equals("quit") || verb.equals("exit")) {
      return false;
    }
    if (verb.equals("status")) {
      status();
      return true;
    }
    if (verb.equals("help") || verb.equals("?")) {
      out.println(String.format(Locale.ROOT, HELP, server.mirrors().size()));
      out.flush();
      return true;
    }
    if (verb.equals("heal") && words.length == 1) {
      for (ServedMirror m : server.mirrors()) {
        m.faults().clear();
      }
      status();
      return true;
    }
    if (words.length != 2) {
      say("? " + line.strip() + " -- " + String.format(Locale.ROOT, HELP, server.mirrors().size()));
      return true;
    }
    ServedMirror mirror;
    try {
      mirror = mirror(words[1]);
    } catch (IllegalArgumentException e) {
      say("? " + e.getMessage());
      return true;
    }
    switch (verb) {
      case "down" -> mirror.faults().down(true);
      case "up" -> mirror.faults().down(false);
      case "corrupt" -> mirror.faults().corrupt(true);
      case "slow" -> mirror.faults().latency(SLOW);
      case "stall" -> mirror.faults().stall(true);
      case "stale" -> mirror.faults().stale(previous.resolve(mirror.folder().getFileName().toString()));
      case "heal" -> mirror.faults().clear();
      default -> {
        say("? unknown command '" + verb + "' -- " + String.format(Locale.ROOT, HELP, server.mirrors().size()));
        return true;
      }
    }
    say(describe(mirror));
    return true;
  }

  private ServedMirror mirror(String name) {
    List<ServedMirror> mirrors = server.mirrors();
    if (name.matches("\\d{1,3}")) {
      int n = Integer.parseInt(name);
      if (n < 1 || n > mirrors.size()) {
        throw new IllegalArgumentException("no mirror " + n + " (mirrors: 1.." + mirrors.size() + ")");
      }
      return mirrors.get(n - 1);
    }
    return server.mirror(name);
  }

  private void status() {
    for (ServedMirror m : server.mirrors()) {
      out.println(describe(m));
    }
    out.flush();
  }

  private String describe(ServedMirror m) {
    return "  " + (server.mirrors().indexOf(m) + 1) + "  " + m.url() + "  " + m.faults();
  }

  private void say(String line) {
    out.println(line);
    out.flush();
  }
}
