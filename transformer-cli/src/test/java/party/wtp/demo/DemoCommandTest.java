package party.wtp.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import party.wtp.anchor.ResourceId;
import party.wtp.cli.Wtp;
import party.wtp.naming.MirrorSalt;
import party.wtp.samplesite.SampleSite;

/** {@code wtp demo} run in-process: it serves a party the check spider finds healthy, and leaves nothing behind. */
class DemoCommandTest {
  private static final Pattern ENTRY = Pattern.compile("^(http://127\\.0\\.0\\.1:(\\d+)/)#(\\S+)$", Pattern.MULTILINE);
  private static final Pattern MIRROR = Pattern.compile("^  \\d  http://(127\\.0\\.0\\.\\d):(\\d+)/$", Pattern.MULTILINE);
  private static final Pattern FOLDER = Pattern.compile("working in (\\S+) \\(removed on exit\\)");
  private static final Pattern SALT = Pattern.compile("<meta name=\"wtp-salt\" content=\"([^\"]+)\">");
  private final HttpClient http = HttpClient.newHttpClient();

  /** A writer that others may read while it is being written. */
  static final class Growing extends Writer {
    private final StringBuffer text = new StringBuffer();

    @Override
    public void write(char[] c, int off, int len) {
      text.append(c, off, len);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    String text() {
      return text.toString();
    }
  }

  @Test
  void servesAHealthyPartyOfTheSampleSiteAndRemovesItOnStop() throws Exception {
    Growing out = new Growing();
    Growing err = new Growing();
    AtomicInteger exit = new AtomicInteger(-1);
    Thread demo = new Thread(() -> exit.set(Wtp.execute(new PrintWriter(out, true), new PrintWriter(err, true),
        "demo", "--site", SampleSite.root().toString())));
    demo.start();
    Matcher entry = await(out, ENTRY, "Ctrl-C stops the demo");
    Matcher folder = await(err, FOLDER, "working in");
    Path dir = Path.of(folder.group(1));
    assertTrue(Files.isRegularFile(dir.resolve("party.key")), err.text());
    List<String[]> mirrors = new ArrayList<>();
    for (Matcher m = MIRROR.matcher(out.text()); m.find(); ) {
      mirrors.add(new String[] {m.group(1), m.group(2)});
    }
    assertEquals(List.of("127.0.0.1", "127.0.0.2", "127.0.0.3"), mirrors.stream().map(m -> m[0]).toList(), out.text());

    String base = entry.group(1);
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode());
    Matcher salt = SALT.matcher(page.body());
    assertTrue(salt.find(), page.body());
    MirrorSalt mirrorSalt = MirrorSalt.parse(salt.group(1));
    HttpResponse<byte[]> manifest = http.send(HttpRequest.newBuilder(
        URI.create(base + mirrorSalt.fileName(ResourceId.ofManifest(mirrorSalt)))).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, manifest.statusCode());
    assertTrue(manifest.body().length > 200, "manifest of " + manifest.body().length + " bytes");
    for (String text : SampleSite.PAGE_TEXT.values()) {
      assertFalse(new String(manifest.body(), StandardCharsets.UTF_8).contains(text));
    }

    StringWriter checkOut = new StringWriter();
    StringWriter checkErr = new StringWriter();
    int checked = Wtp.execute(new PrintWriter(checkOut), new PrintWriter(checkErr), "check", entry.group(0));
    assertEquals(0, checked, checkOut + "\n" + checkErr);
    assertTrue(checkOut.toString().contains("all well"), checkOut.toString());
    for (String path : SampleSite.PAGE_TEXT.keySet()) {
      assertTrue(checkOut.toString().contains(path), path + " not checked:\n" + checkOut);
    }

    demo.interrupt();
    demo.join(30_000);
    assertFalse(demo.isAlive());
    assertEquals(0, exit.get(), err.text());
    assertFalse(Files.exists(dir), dir + " left behind");
    assertTrue(err.text().contains("stopped; removed " + dir), err.text());
    for (String[] m : mirrors) {
      try (ServerSocket again = new ServerSocket(Integer.parseInt(m[1]), 1, InetAddress.getByName(m[0]))) {
        assertEquals(Integer.parseInt(m[1]), again.getLocalPort());
      }
    }
  }

  @Test
  void stopsByItselfAfterForSeconds() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    long start = System.nanoTime();
    int exit = Wtp.execute(new PrintWriter(out), new PrintWriter(err), "demo", "--site", SampleSite.root().toString(),
        "--mirrors", "2", "--for", "1");
    assertEquals(0, exit, err.toString());
    assertTrue(System.nanoTime() - start >= 1_000_000_000L);
    Matcher folder = FOLDER.matcher(err.toString());
    assertTrue(folder.find(), err.toString());
    assertFalse(Files.exists(Path.of(folder.group(1))));
    assertTrue(out.toString().contains("  2  http://127.0.0.2:"), out.toString());
    assertFalse(out.toString().contains("127.0.0.3"), out.toString());
  }

  @Test
  void findsTheBundledSampleSiteAboveTheClasses() {
    Path found = BundledSite.find();
    assertNotNull(found);
    assertEquals(SampleSite.root().toAbsolutePath().normalize(), found.toAbsolutePath().normalize());
  }

  @Test
  void badOptionsAreOneLineAndExitTwo(@org.junit.jupiter.api.io.TempDir Path tmp) {
    assertOneLine(2, "no such folder", "demo", "--site", tmp.resolve("nowhere").toString());
    assertOneLine(2, "--mirrors 0: must be 1 to 9", "demo", "--mirrors", "0");
    assertOneLine(2, "--for 0: must be at least 1 second", "demo", "--for", "0");
    assertOneLine(2, "index.html", "demo", "--site", tmp.toString(), "--for", "1");
  }

  private static void assertOneLine(int code, String expected, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Wtp.execute(new PrintWriter(out), new PrintWriter(err), args);
    assertEquals(code, exit, err.toString());
    String[] lines = err.toString().strip().split("\n");
    assertTrue(lines[lines.length - 1].startsWith("wtp: ") && lines[lines.length - 1].contains(expected), err.toString());
    assertFalse(err.toString().contains("\tat "), err.toString());
  }

  private static Matcher await(Growing stream, Pattern pattern, String marker) throws InterruptedException {
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (System.nanoTime() < deadline) {
      String text = stream.text();
      Matcher m = pattern.matcher(text);
      if (text.contains(marker) && m.find()) {
        return m;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no " + pattern + " in:\n" + stream.text());
  }
}
