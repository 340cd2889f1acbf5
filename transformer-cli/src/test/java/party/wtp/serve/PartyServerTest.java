package party.wtp.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server as a dumb static host: files, types, ranges, folders, CORS, origins. Real Jetty, real HTTP. */
class PartyServerTest {
  @TempDir static Path tmp;
  static Path site;
  static byte[] blob;
  static PartyServer server;
  static ServedMirror mirror;
  static String base;

  @BeforeAll
  static void serve() throws Exception {
    site = Files.createDirectories(tmp.resolve("site"));
    Files.writeString(site.resolve("index.html"), "<h1>home</h1>");
    Files.writeString(site.resolve("app.js"), "console.log(1)");
    Files.writeString(site.resolve("style.css"), "body{}");
    blob = new byte[1000];
    for (int i = 0; i < blob.length; i++) {
      blob[i] = (byte) (i * 7);
    }
    Files.write(site.resolve("9f86d081884c7d65"), blob);
    Files.createDirectories(site.resolve("sub"));
    Files.writeString(site.resolve("sub/index.html"), "<p>sub</p>");
    Files.createDirectories(site.resolve("bare"));
    Files.writeString(site.resolve("bare/x.txt"), "x");
    Files.writeString(tmp.resolve("secret.txt"), "TOP-SECRET-CONTENT");
    Files.createSymbolicLink(site.resolve("escape"), tmp.resolve("secret.txt"));
    server = PartyServer.builder().mirror("http://127.0.0.1:0/", site).start();
    mirror = server.mirror("127.0.0.1");
    base = mirror.url();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @AfterEach
  void healthy() {
    mirror.faults().clear();
    mirror.cors(false);
  }

  @Test
  void ephemeralPortIsReportedInTheUrl() {
    assertTrue(mirror.address().port() > 0);
    assertEquals("http://127.0.0.1:" + mirror.address().port() + "/", base);
    assertEquals(mirror, server.mirror("127.0.0.1:" + mirror.address().port()));
  }

  @Test
  void servesFilesWithContentTypesByExtension() throws Exception {
    HttpResponse<byte[]> html = Http.get(base + "index.html");
    assertEquals(200, html.statusCode());
    assertEquals("<h1>home</h1>", Http.text(html));
    assertEquals("text/html; charset=utf-8", html.headers().firstValue("content-type").orElseThrow());
    assertEquals("text/javascript; charset=utf-8",
        Http.get(base + "app.js").headers().firstValue("content-type").orElseThrow());
    assertEquals("text/css; charset=utf-8",
        Http.get(base + "style.css").headers().firstValue("content-type").orElseThrow());
    HttpResponse<byte[]> hashed = Http.get(base + "9f86d081884c7d65");
    assertEquals("application/octet-stream", hashed.headers().firstValue("content-type").orElseThrow());
    assertArrayEquals(blob, hashed.body());
    assertEquals("1000", hashed.headers().firstValue("content-length").orElseThrow());
    assertEquals("bytes", hashed.headers().firstValue("accept-ranges").orElseThrow());
  }

  @Test
  void folderServesItsIndexAndNothingElse() throws Exception {
    assertEquals("<h1>home</h1>", Http.text(Http.get(base)));
    assertEquals("<p>sub</p>", Http.text(Http.get(base + "sub/")));
    HttpResponse<byte[]> redirect = Http.get(base + "sub");
    assertEquals(301, redirect.statusCode());
    assertEquals("/sub/", redirect.headers().firstValue("location").orElseThrow());
    assertEquals(404, Http.get(base + "bare/").statusCode(), "no directory listing");
    assertEquals(404, Http.get(base + "bare").statusCode());
    assertEquals(200, Http.get(base + "bare/x.txt").statusCode());
  }

  @Test
  void missingFilesAre404() throws Exception {
    HttpResponse<byte[]> missing = Http.get(base + "nothing-here");
    assertEquals(404, missing.statusCode());
    assertFalse(Http.text(missing).contains("<h1>home"));
  }

  @Test
  void neverServesOutsideTheMirrorFolder() throws Exception {
    assertEquals(404, Http.get(base + "escape").statusCode(), "symbolic link out of the folder");
    for (String path : new String[] {"/../secret.txt", "/%2e%2e/secret.txt", "/sub/../../secret.txt",
        "/..%2fsecret.txt", "/%2E%2E%2Fsecret.txt"}) {
      try (RawHttp raw = new RawHttp(mirror.address().port(), 5000)) {
        int status = raw.exchange(path, "127.0.0.1");
        assertNotEquals(200, status, path);
        assertFalse(new String(raw.body, StandardCharsets.UTF_8).contains("TOP-SECRET"), path);
      }
    }
  }

  @Test
  void singleRangesGet206() throws Exception {
    HttpResponse<byte[]> middle = Http.get(base + "9f86d081884c7d65", "Range", "bytes=100-199");
    assertEquals(206, middle.statusCode());
    assertArrayEquals(Arrays.copyOfRange(blob, 100, 200), middle.body());
    assertEquals("bytes 100-199/1000", middle.headers().firstValue("content-range").orElseThrow());
    assertEquals("100", middle.headers().firstValue("content-length").orElseThrow());

    HttpResponse<byte[]> open = Http.get(base + "9f86d081884c7d65", "Range", "bytes=990-");
    assertArrayEquals(Arrays.copyOfRange(blob, 990, 1000), open.body());
    HttpResponse<byte[]> suffix = Http.get(base + "9f86d081884c7d65", "Range", "bytes=-5");
    assertArrayEquals(Arrays.copyOfRange(blob, 995, 1000), suffix.body());
    assertEquals("bytes 995-999/1000", suffix.headers().firstValue("content-range").orElseThrow());
    HttpResponse<byte[]> clipped = Http.get(base + "9f86d081884c7d65", "Range", "bytes=900-5000");
    assertEquals("bytes 900-999/1000", clipped.headers().firstValue("content-range").orElseThrow());
  }

  @Test
  void unsatisfiableRangeIs416AndOtherRangesGetTheWholeFile() throws Exception {
    HttpResponse<byte[]> beyond = Http.get(base + "9f86d081884c7d65", "Range", "bytes=1000-");
    assertEquals(416, beyond.statusCode());
    assertEquals("bytes */1000", beyond.headers().firstValue("content-range").orElseThrow());
    HttpResponse<byte[]> several = Http.get(base + "9f86d081884c7d65", "Range", "bytes=0-1,5-6");
    assertEquals(200, several.statusCode());
    assertArrayEquals(blob, several.body());
    assertEquals(200, Http.get(base + "9f86d081884c7d65", "Range", "bytes=9-3").statusCode());
  }

  @Test
  void headHasHeadersOnly() throws Exception {
    HttpResponse<byte[]> head = Http.send("HEAD", base + "9f86d081884c7d65");
    assertEquals(200, head.statusCode());
    assertEquals("1000", head.headers().firstValue("content-length").orElseThrow());
    assertEquals(0, head.body().length);
  }

  @Test
  void onlyGetAndHead() throws Exception {
    HttpResponse<byte[]> post = Http.send("POST", base + "index.html");
    assertEquals(405, post.statusCode());
    assertEquals("GET, HEAD", post.headers().firstValue("allow").orElseThrow());
    assertEquals(405, Http.send("OPTIONS", base + "index.html").statusCode(), "no preflight answers without CORS");
  }

  @Test
  void noCorsHeaderUnlessEnabledAndSwitchableAtRuntime() throws Exception {
    assertTrue(Http.get(base + "app.js").headers().firstValue("access-control-allow-origin").isEmpty());
    mirror.cors(true);
    HttpResponse<byte[]> allowed = Http.get(base + "app.js", "Origin", "http://m2.party.test:8002");
    assertEquals("*", allowed.headers().firstValue("access-control-allow-origin").orElseThrow());
    assertTrue(allowed.headers().firstValue("access-control-expose-headers").orElseThrow().contains("Content-Range"));
    HttpResponse<byte[]> preflight = Http.send("OPTIONS", base + "app.js",
        "Origin", "http://m2.party.test:8002", "Access-Control-Request-Method", "GET",
        "Access-Control-Request-Headers", "range");
    assertEquals(204, preflight.statusCode());
    assertEquals("*", preflight.headers().firstValue("access-control-allow-origin").orElseThrow());
    assertEquals("range", preflight.headers().firstValue("access-control-allow-headers").orElseThrow());
    mirror.cors(false);
    assertTrue(Http.get(base + "app.js").headers().firstValue("access-control-allow-origin").isEmpty());
  }

  @Test
  void doesNotAnnounceItself() throws Exception {
    HttpResponse<byte[]> response = Http.get(base);
    assertTrue(response.headers().firstValue("server").isEmpty());
    assertEquals("no-store", response.headers().firstValue("cache-control").orElseThrow());
  }

  @Test
  void hostNamesSharingAPortAreToldApartByTheHostHeader(@TempDir Path dir) throws Exception {
    Path one = Files.createDirectories(dir.resolve("one"));
    Path two = Files.createDirectories(dir.resolve("two"));
    Files.writeString(one.resolve("index.html"), "one");
    Files.writeString(two.resolve("index.html"), "two");
    int port = Http.freePort();
    try (PartyServer shared = PartyServer.builder()
        .mirror("http://m1.party.test:" + port + "/", one)
        .mirror("http://m2.party.test:" + port + "/", two)
        .start()) {
      try (RawHttp raw = new RawHttp(port, 5000)) {
        assertEquals(200, raw.exchange("/", "m1.party.test:" + port));
        assertEquals("one", new String(raw.body, StandardCharsets.UTF_8));
        assertEquals(200, raw.exchange("/", "m2.party.test:" + port));
        assertEquals("two", new String(raw.body, StandardCharsets.UTF_8));
        assertEquals(404, raw.exchange("/", "m3.party.test:" + port));
      }
      assertEquals("MAP *.party.test 127.0.0.1", shared.hostMapping().chromiumRules());
      assertThrows(IllegalArgumentException.class, () -> shared.mirror(String.valueOf(port)));
    }
  }

  @Test
  void mirrorsUnderAPathServeOnlyBelowIt(@TempDir Path dir) throws Exception {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    Path other = Files.createDirectories(dir.resolve("other"));
    Files.writeString(pages.resolve("index.html"), "pages");
    Files.writeString(other.resolve("f"), "other");
    int port = Http.freePort();
    try (PartyServer paths = PartyServer.builder()
        .mirror("http://127.0.0.1:" + port + "/pages/site/", pages)
        .mirror("http://127.0.0.1:" + port + "/other/", other)
        .start()) {
      String origin = "http://127.0.0.1:" + port;
      assertEquals("pages", Http.text(Http.get(origin + "/pages/site/")));
      assertEquals("other", Http.text(Http.get(origin + "/other/f")));
      assertEquals(404, Http.get(origin + "/").statusCode());
      assertEquals(404, Http.get(origin + "/pages/index.html").statusCode());
      HttpResponse<byte[]> redirect = Http.get(origin + "/pages/site");
      assertEquals(301, redirect.statusCode());
      assertEquals("/pages/site/", redirect.headers().firstValue("location").orElseThrow());
      assertEquals(paths.mirror("127.0.0.1_" + port + "_pages_site").folder(), pages);
    }
  }

  @Test
  void servesAPartyFolderOnThePortsItsFolderNamesGive(@TempDir Path dir) throws Exception {
    int port = Http.freePort();
    Path mirrorDir = Files.createDirectories(dir.resolve("127.0.0.1_" + port));
    Files.writeString(mirrorDir.resolve("index.html"), "from folder name");
    try (PartyServer party = PartyServer.serve(dir)) {
      assertEquals("http://127.0.0.1:" + port + "/", party.mirror("127.0.0.1_" + port).url());
      assertEquals("from folder name", Http.text(Http.get("http://127.0.0.1:" + port + "/")));
      assertFalse(party.hostMapping().isNeeded());
    }
    assertThrows(ConnectException.class, () -> Http.get("http://127.0.0.1:" + port + "/"), "stopped: port closed");
  }

  @Test
  void aTakenPortIsOneClearError(@TempDir Path dir) throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();
      ServeException e = assertThrows(ServeException.class,
          () -> PartyServer.builder().mirror("http://m1.party.test:" + port + "/", dir).start());
      assertEquals("cannot listen on 127.0.0.1:" + port + " for http://m1.party.test:" + port
          + "/: address already in use", e.getMessage());
    }
  }

  @Test
  void unknownMirrorNamesSayWhichExist() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> server.mirror("m9"));
    assertEquals("no mirror named 'm9' (mirrors: site)", e.getMessage());
  }
}
