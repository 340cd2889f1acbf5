package party.wtp.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every fault, switched on and off at runtime against a running server, observed by real HTTP clients. */
class FaultsTest {
  @TempDir static Path tmp;
  static byte[] blob;
  static PartyServer server;
  static ServedMirror mirror;
  static ServedMirror neighbour;
  static String base;
  static int port;

  @BeforeAll
  static void serve() throws Exception {
    Path site = Files.createDirectories(tmp.resolve("site"));
    Path other = Files.createDirectories(tmp.resolve("other"));
    blob = new byte[200];
    for (int i = 0; i < blob.length; i++) {
      blob[i] = (byte) i;
    }
    Files.write(site.resolve("blob"), blob);
    Files.writeString(site.resolve("index.html"), "<p>current</p>");
    Files.writeString(site.resolve("tiny"), "ab");
    Files.writeString(other.resolve("index.html"), "<p>neighbour</p>");
    server = PartyServer.builder()
        .mirror("http://127.0.0.1:0/", site)
        .mirror("http://127.0.0.2:0/", other)
        .start();
    mirror = server.mirror("127.0.0.1");
    neighbour = server.mirror("127.0.0.2");
    base = mirror.url();
    port = mirror.address().port();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @AfterEach
  void healthy() {
    mirror.faults().clear();
    neighbour.faults().clear();
  }

  @Test
  void downRefusesConnectionsDropsOpenOnesAndComesBackOnTheSamePort() throws Exception {
    try (RawHttp keptAlive = new RawHttp(port, 5000)) {
      assertEquals(200, keptAlive.exchange("/", "127.0.0.1"));
      mirror.faults().down(true);
      assertThrows(ConnectException.class, () -> Http.get(base));
      assertEquals(200, Http.get(neighbour.url()).statusCode(), "other mirrors unaffected");
      assertThrows(IOException.class, () -> {
        keptAlive.send("GET", "/", "127.0.0.1");
        keptAlive.readHead();
      }, "an open keep-alive connection must not keep a dead mirror alive");
    }
    mirror.faults().down(false);
    assertEquals(port, mirror.address().port());
    assertEquals("<p>current</p>", Http.text(Http.get(base)));
  }

  @Test
  void downOnAPortSharedWithAHealthyMirrorHangsUpOnItsRequests(@TempDir Path dir) throws Exception {
    Path a = Files.createDirectories(dir.resolve("a"));
    Path b = Files.createDirectories(dir.resolve("b"));
    Files.writeString(a.resolve("index.html"), "a");
    Files.writeString(b.resolve("index.html"), "b");
    int shared = Http.freePort();
    try (PartyServer two = PartyServer.builder()
        .mirror("http://m1.party.test:" + shared + "/", a)
        .mirror("http://m2.party.test:" + shared + "/", b).start()) {
      two.mirror("m1.party.test").faults().down(true);
      try (RawHttp raw = new RawHttp(shared, 5000)) {
        raw.send("GET", "/", "m1.party.test:" + shared);
        assertThrows(IOException.class, raw::readHead);
      }
      try (RawHttp raw = new RawHttp(shared, 5000)) {
        assertEquals(200, raw.exchange("/", "m2.party.test:" + shared));
      }
      two.mirror("m2.party.test").faults().down(true);
      assertThrows(IOException.class, () -> new RawHttp(shared, 1000).close(), "all down: port closed");
      two.mirror("m1.party.test").faults().down(false);
      try (RawHttp raw = new RawHttp(shared, 5000)) {
        assertEquals(200, raw.exchange("/", "m1.party.test:" + shared));
      }
    }
  }

  @Test
  void stallAcceptsButNeverAnswers() throws Exception {
    mirror.faults().stall(true);
    try (RawHttp raw = new RawHttp(port, 1500)) {
      raw.send("GET", "/", "127.0.0.1");
      assertThrows(SocketTimeoutException.class, raw::read);
    }
    mirror.faults().stall(false);
    assertEquals(200, Http.get(base).statusCode());
  }

  @Test
  void stallOutlastsTheIdleTimeout(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("index.html"), "x");
    try (PartyServer quick = PartyServer.builder().mirror("http://127.0.0.1:0/", dir)
        .idleTimeout(Duration.ofMillis(300)).start()) {
      quick.mirrors().get(0).faults().stall(true);
      try (RawHttp raw = new RawHttp(quick.mirrors().get(0).address().port(), 1500)) {
        raw.send("GET", "/", "127.0.0.1");
        assertThrows(SocketTimeoutException.class, raw::read, "no error page after the idle timeout either");
      }
    }
  }

  @Test
  void latencyDelaysEveryAnswer() throws Exception {
    Http.get(base); // warm up the connection
    mirror.faults().latency(Duration.ofMillis(400));
    long start = System.nanoTime();
    HttpResponse<byte[]> slow = Http.get(base);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals("<p>current</p>", Http.text(slow));
    assertTrue(millis >= 400, "answered after " + millis + " ms");
  }

  @Test
  void corruptFlipsTheMiddleByteOfEveryFileConsistentlyAcrossRanges() throws Exception {
    mirror.faults().corrupt(true);
    byte[] served = Http.get(base + "blob").body();
    byte[] expected = blob.clone();
    expected[100] = (byte) ~expected[100];
    assertArrayEquals(expected, served);
    byte[] range = Http.get(base + "blob", "Range", "bytes=98-101").body();
    assertArrayEquals(Arrays.copyOfRange(expected, 98, 102), range);
    assertArrayEquals(Arrays.copyOfRange(blob, 0, 50), Http.get(base + "blob", "Range", "bytes=0-49").body());
    byte[] tiny = Http.get(base + "tiny").body();
    assertEquals('a', tiny[0]);
    assertEquals((byte) ~'b', tiny[1]);
    mirror.faults().corrupt(false);
    assertArrayEquals(blob, Http.get(base + "blob").body());
  }

  @Test
  void corruptAtFlipsTheChosenOffsetOnly() throws Exception {
    mirror.faults().corruptAt(7);
    byte[] expected = blob.clone();
    expected[7] = (byte) ~expected[7];
    assertArrayEquals(expected, Http.get(base + "blob").body());
    assertEquals("ab", Http.text(Http.get(base + "tiny")), "files shorter than the offset are intact");
    assertThrows(IllegalArgumentException.class, () -> mirror.faults().corruptAt(-1));
  }

  @Test
  void staleServesAnotherFolder(@TempDir Path old) throws Exception {
    Files.writeString(old.resolve("index.html"), "<p>last year</p>");
    mirror.faults().stale(old);
    assertEquals("<p>last year</p>", Http.text(Http.get(base)));
    assertEquals(404, Http.get(base + "blob").statusCode(), "files the old copy lacks are missing");
    mirror.faults().stale(null);
    assertEquals("<p>current</p>", Http.text(Http.get(base)));
  }

  @Test
  void stallMidBodySendsHeadersAndHalfTheBodyThenNothing() throws Exception {
    mirror.faults().stallMidBody(true);
    try (RawHttp raw = new RawHttp(port, 1500)) {
      raw.send("GET", "/blob", "127.0.0.1");
      assertEquals(200, raw.readHead());
      assertEquals("200", raw.headers.get("content-length"));
      assertArrayEquals(Arrays.copyOfRange(blob, 0, 100), raw.readBytes(100));
      assertThrows(SocketTimeoutException.class, raw::read);
    }
  }

  @Test
  void trickleSendsOneBytePerInterval() throws Exception {
    mirror.faults().trickle(Duration.ofMillis(400));
    try (RawHttp raw = new RawHttp(port, 5000)) {
      raw.send("GET", "/tiny", "127.0.0.1");
      long start = System.nanoTime();
      assertEquals(200, raw.readHead());
      long headMillis = (System.nanoTime() - start) / 1_000_000;
      assertEquals('a', raw.read());
      assertEquals('b', raw.read());
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(headMillis < 400, "headers before the first byte, took " + headMillis + " ms");
      assertTrue(millis >= 800, "two bytes at 400 ms each took only " + millis + " ms");
    }
    assertThrows(IllegalArgumentException.class, () -> mirror.faults().trickle(Duration.ZERO));
  }

  @Test
  void endlessBodyNeverEnds() throws Exception {
    mirror.faults().endlessBody(true);
    try (RawHttp raw = new RawHttp(port, 5000)) {
      raw.send("GET", "/tiny", "127.0.0.1");
      assertEquals(200, raw.readHead());
      assertTrue(!raw.headers.containsKey("content-length"), "no length: " + raw.headers);
      assertEquals("chunked", raw.headers.get("transfer-encoding"));
      byte[] lots = raw.readBytes(300_000); // far more than the 2-byte file, chunk framing included
      assertEquals(300_000, lots.length);
      String text = new String(lots, StandardCharsets.ISO_8859_1);
      assertTrue(text.contains("abababab"));
    }
  }

  @Test
  void errorPageWithStatus200() throws Exception {
    mirror.faults().errorPage200(true);
    HttpResponse<byte[]> page = Http.get(base + "blob");
    assertEquals(200, page.statusCode());
    assertEquals("text/html; charset=utf-8", page.headers().firstValue("content-type").orElseThrow());
    assertTrue(Http.text(page).contains("temporarily unavailable"));
  }

  @Test
  void notFoundForOneFile() throws Exception {
    mirror.faults().notFound("blob");
    assertEquals(404, Http.get(base + "blob").statusCode());
    assertEquals(200, Http.get(base + "tiny").statusCode());
    mirror.faults().notFound("/");
    assertEquals(404, Http.get(base).statusCode(), "a folder path names its index.html");
    assertEquals(404, Http.get(base + "index.html").statusCode());
    mirror.faults().found("blob");
    assertEquals(200, Http.get(base + "blob").statusCode());
  }

  @Test
  void allNotFound() throws Exception {
    mirror.faults().allNotFound(true);
    assertEquals(404, Http.get(base).statusCode());
    assertEquals(404, Http.get(base + "blob").statusCode());
    assertEquals(200, Http.get(neighbour.url()).statusCode());
  }

  @Test
  void clearRestoresAHealthyMirror() throws Exception {
    mirror.faults().down(true).corrupt(true).allNotFound(true).latency(Duration.ofSeconds(5));
    assertEquals("down latency=5000ms all-404 corrupt", mirror.faults().toString());
    mirror.faults().clear();
    assertEquals("healthy", mirror.faults().toString());
    assertArrayEquals(blob, Http.get(base + "blob").body());
  }
}
