package party.wtp.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wtp serve} end to end in-process: options reach the server, output names every mirror, it stops cleanly. */
class ServeCommandTest {
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return socket.getLocalPort();
    }
  }

  static HttpResponse<byte[]> get(String url) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Runs {@code wtp args} on a thread until it prints its mirror list; returns the thread. */
  Thread serve(AtomicInteger exit, String... args) throws InterruptedException {
    Thread thread = new Thread(() -> exit.set(Wtp.execute(new PrintWriter(out, true), new PrintWriter(err, true),
        args)), "wtp-serve-test");
    exit.set(-1);
    thread.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!out.toString().contains("Ctrl-C") && thread.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    return thread;
  }

  @Test
  void servesEveryMirrorWithTheFaultsAsked(@TempDir Path party, @TempDir Path old) throws Exception {
    int p1 = freePort();
    int p2 = freePort();
    int p3 = freePort();
    Path m1 = Files.createDirectories(party.resolve("127.0.0.1_" + p1));
    Path m2 = Files.createDirectories(party.resolve("127.0.0.1_" + p2));
    Files.createDirectories(party.resolve("m3.party.test_" + p3));
    Files.write(m1.resolve("blob"), new byte[] {1, 2, 3, 4});
    Files.writeString(m2.resolve("index.html"), "current");
    Files.writeString(old.resolve("index.html"), "old");

    AtomicInteger exit = new AtomicInteger();
    Thread thread = serve(exit, "serve", "--corrupt", "127.0.0.1_" + p1, "--cors-for", "127.0.0.1:" + p2,
        "--stale", "127.0.0.1:" + p2 + "=" + old, "--down", "m3.party.test", party.toString());
    try {
      String listing = out.toString();
      assertTrue(listing.startsWith("Serving " + party + " (3 mirrors), Ctrl-C to stop:\n"), listing);
      assertTrue(listing.contains("  http://127.0.0.1:" + p1 + "/  "), listing);
      assertTrue(listing.contains("127.0.0.1_" + p1 + "  [corrupt]"), listing);
      assertTrue(listing.contains("127.0.0.1_" + p2 + "  [stale=" + old + ", cors]"), listing);
      assertTrue(listing.contains("http://m3.party.test:" + p3 + "/"), listing);
      assertTrue(err.toString().contains("chromium --host-resolver-rules=\"MAP *.party.test 127.0.0.1\""),
          err.toString());

      assertArrayEquals(new byte[] {1, 2, ~3, 4}, get("http://127.0.0.1:" + p1 + "/blob").body());
      assertTrue(get("http://127.0.0.1:" + p1 + "/blob").headers().firstValue("access-control-allow-origin")
          .isEmpty());
      HttpResponse<byte[]> stale = get("http://127.0.0.1:" + p2 + "/");
      assertEquals("old", new String(stale.body()));
      assertEquals("*", stale.headers().firstValue("access-control-allow-origin").orElseThrow());
      assertThrows(ConnectException.class, () -> get("http://127.0.0.1:" + p3 + "/"));
    } finally {
      thread.interrupt();
      thread.join(10_000);
    }
    assertEquals(0, exit.get());
    assertThrows(ConnectException.class, () -> get("http://127.0.0.1:" + p1 + "/blob"), "port closed after stop");
  }

  @Test
  void latencyOption(@TempDir Path party) throws Exception {
    int port = freePort();
    Files.writeString(Files.createDirectories(party.resolve("127.0.0.1_" + port)).resolve("index.html"), "hi");
    AtomicInteger exit = new AtomicInteger();
    Thread thread = serve(exit, "serve", "--latency", "127.0.0.1=300", party.toString());
    try {
      assertTrue(out.toString().contains("[latency=300ms]"), out.toString());
      long start = System.nanoTime();
      assertEquals("hi", new String(get("http://127.0.0.1:" + port + "/").body()));
      assertTrue(System.nanoTime() - start >= 300_000_000L);
    } finally {
      thread.interrupt();
      thread.join(10_000);
    }
  }

  @Test
  void unknownMirrorNameIsOneLineAndReleasesThePorts(@TempDir Path party) throws Exception {
    int port = freePort();
    Files.createDirectories(party.resolve("127.0.0.1_" + port));
    assertEquals(2, Wtp.execute(new PrintWriter(out, true), new PrintWriter(err, true),
        "serve", "--down", "m9.party.test", party.toString()));
    assertEquals("wtp: --down m9.party.test: no mirror named 'm9.party.test' (mirrors: 127.0.0.1_" + port + ")\n",
        err.toString());
    assertThrows(ConnectException.class, () -> get("http://127.0.0.1:" + port + "/"));
  }

  @Test
  void staleFolderMustExist(@TempDir Path party) throws Exception {
    Files.createDirectories(party.resolve("127.0.0.1_" + freePort()));
    Path missing = party.resolve("old");
    assertEquals(2, Wtp.execute(new PrintWriter(out, true), new PrintWriter(err, true),
        "serve", "--stale", "127.0.0.1=" + missing, party.toString()));
    assertEquals("wtp: --stale 127.0.0.1=" + missing + ": no such folder\n", err.toString());
  }

  @Test
  void portInUseIsOneLine(@TempDir Path party) throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();
      Files.createDirectories(party.resolve("m1.party.test_" + port));
      assertEquals(2, Wtp.execute(new PrintWriter(out, true), new PrintWriter(err, true), "serve", party.toString()));
      assertEquals("wtp: cannot listen on 127.0.0.1:" + port + " for http://m1.party.test:" + port
          + "/: address already in use\n", err.toString());
    }
  }
}
