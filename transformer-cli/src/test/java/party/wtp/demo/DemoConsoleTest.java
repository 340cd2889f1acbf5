package party.wtp.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import party.wtp.build.BuildLog;
import party.wtp.cli.Wtp;
import party.wtp.samplesite.SampleSite;
import party.wtp.serve.ServedMirror;

/** The demo's typed commands against a real demo party: what each does to the served mirrors. */
class DemoConsoleTest {
  static Demo demo;
  final StringWriter said = new StringWriter();
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @BeforeAll
  static void start() throws Exception {
    demo = Demo.start(SampleSite.root(), 3, BuildLog.SILENT);
  }

  @AfterAll
  static void stop() throws IOException {
    Path dir = demo.folder();
    assertTrue(demo.stop());
    assertFalse(demo.stop(), "second stop does nothing");
    assertFalse(Files.exists(dir));
  }

  private DemoConsole console() {
    return new DemoConsole(demo.server(), demo.previousGeneration(), new PrintWriter(said, true));
  }

  @AfterEach
  void heal() {
    for (ServedMirror m : demo.server().mirrors()) {
      m.faults().clear();
    }
  }

  private ServedMirror mirror(int n) {
    return demo.server().mirrors().get(n - 1);
  }

  private HttpResponse<byte[]> get(int n) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(mirror(n).url())).timeout(Duration.ofSeconds(5)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void downClosesTheMirrorsPortAndUpReopensIt() throws Exception {
    DemoConsole console = console();
    assertTrue(console.apply("down 1"));
    assertThrows(ConnectException.class, () -> get(1));
    assertEquals(200, get(2).statusCode());
    assertTrue(said.toString().contains(mirror(1).url() + "  down"), said.toString());
    assertTrue(console.apply("up 1"));
    assertEquals(200, get(1).statusCode());
  }

  @Test
  void corruptFlipsAByteOfEveryFileUntilHealed() throws Exception {
    byte[] onDisk = Files.readAllBytes(mirror(2).folder().resolve("index.html"));
    DemoConsole console = console();
    console.apply("corrupt 2");
    byte[] served = get(2).body();
    assertEquals(onDisk.length, served.length);
    assertFalse(java.util.Arrays.equals(onDisk, served));
    console.apply("heal");
    assertArrayEquals(onDisk, get(2).body());
  }

  @Test
  void mirrorsCanBeNamedByHostAndPort() {
    console().apply("slow " + mirror(3).address().hostAndPort());
    assertEquals(DemoConsole.SLOW, mirror(3).faults().latency());
    console().apply("heal 3");
    assertEquals("healthy", mirror(3).faults().toString());
  }

  @Test
  void runStopsAtQuitAndNotAtTheEndOfInput() throws IOException {
    assertTrue(console().run(new BufferedReader(new StringReader("status\nquit\ndown 1\n"))));
    assertFalse(mirror(1).faults().isDown(), "nothing after quit is run");
    assertFalse(console().run(new BufferedReader(new StringReader("status\n"))));
    assertTrue(said.toString().contains("1  " + mirror(1).url() + "  healthy"), said.toString());
  }

  @Test
  void staleServesThePreviousGenerationSoTheCheckNamesThatMirrorStale() {
    console().apply("stale 2");
    assertTrue(said.toString().contains(mirror(2).url() + "  stale="), said.toString());
    StringWriter out = new StringWriter();
    int exit = Wtp.execute(new PrintWriter(out), new PrintWriter(new StringWriter()), "check",
        demo.partyFolder().toString(), "--key", demo.keyFile().toString());
    assertEquals(1, exit, out.toString());
    List<String> rows = out.toString().lines().filter(l -> l.startsWith("http://")).toList();
    assertEquals(3, rows.size(), out.toString());
    for (String row : rows) {
      String[] cells = row.split("\\s+");
      boolean second = cells[0].equals(mirror(2).url());
      assertEquals(second ? "stale" : "ok", cells[1], out.toString());
      assertEquals(second ? "1" : "2", cells[3], "generation:\n" + out);
    }
    console().apply("heal 2");
    assertEquals(0, Wtp.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "check",
        demo.partyFolder().toString(), "--key", demo.keyFile().toString()));
  }

  @Test
  void stallAcceptsButNeverAnswers() throws Exception {
    console().apply("stall 1");
    HttpRequest request = HttpRequest.newBuilder(URI.create(mirror(1).url())).timeout(Duration.ofSeconds(1)).build();
    assertThrows(HttpTimeoutException.class, () -> http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
    console().apply("heal 1");
    assertEquals(200, get(1).statusCode());
  }

  @Test
  void everyCommandTheHintsQuoteIsOne() {
    StringWriter hints = new StringWriter();
    DemoCommand.describe(demo, new PrintWriter(hints));
    Matcher quoted = Pattern.compile("'([a-z]+(?: \\d)?)'").matcher(hints.toString());
    List<String> commands = new ArrayList<>();
    while (quoted.find()) {
      commands.add(quoted.group(1));
    }
    assertEquals(List.of("down 1", "up 1", "corrupt 2", "slow 3", "stall 1", "stale 2", "heal", "status", "stale 2",
        "corrupt 2", "down 2"), commands, hints.toString());
    DemoConsole console = console();
    for (String command : commands) {
      assertTrue(console.apply(command));
    }
    assertFalse(said.toString().contains("?"), said.toString());
  }

  @Test
  void mistakesAreAnsweredWithUsage() {
    DemoConsole console = console();
    assertTrue(console.apply("down 7"));
    assertTrue(console.apply("explode 1"));
    assertTrue(console.apply("down"));
    String text = said.toString();
    assertTrue(text.contains("? no mirror 7 (mirrors: 1..3)"), text);
    assertTrue(text.contains("? unknown command 'explode'"), text);
    assertTrue(text.contains("commands: down N"), text);
    for (ServedMirror m : demo.server().mirrors()) {
      assertEquals("healthy", m.faults().toString());
    }
  }
}
