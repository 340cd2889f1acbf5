package party.wtp.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The spider's HTTP against a real loopback server: bodies bounded in size and time, whatever the server does. */
class FetcherTest {
    static HttpServer server;
    static String base;
    static final byte[] FILE = new byte[3000];

    @BeforeAll
    static void serve() throws IOException {
        for (int i = 0; i < FILE.length; i++) {
            FILE[i] = (byte) (i * 31 + 7);
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/file", exchange -> {
            exchange.sendResponseHeaders(200, FILE.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(FILE);
            }
        });
        server.createContext("/chunked", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int at = 0; at < FILE.length; at += 1000) {
                    out.write(FILE, at, 1000);
                    out.flush();
                }
            }
        });
        server.createContext("/endless", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                while (true) {
                    out.write(FILE);
                }
            } catch (IOException clientGaveUp) {
                // expected
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    /** A fetcher with room in time for a cold JVM; {@link #aServerThatNeverAnswersTimesOut} takes a short one. */
    private static Fetcher fetcher(long totalBytes) {
        return new Fetcher(Duration.ofSeconds(2), Duration.ofSeconds(10), 4, 8, totalBytes);
    }

    @Test
    void aBodyWithItsLengthArrivesWhole() throws InterruptedException {
        Fetched got = fetcher(1 << 20).get(base + "/file", FILE.length, null);
        assertTrue(got.ok(), got.describe());
        assertArrayEquals(FILE, got.body);
    }

    @Test
    void aBodyWithoutALengthArrivesWhole() throws InterruptedException {
        Fetched got = fetcher(1 << 20).get(base + "/chunked", FILE.length, null);
        assertTrue(got.ok(), got.describe());
        assertArrayEquals(FILE, got.body);
    }

    @Test
    void aDeclaredLengthAboveTheLimitIsRefused() throws InterruptedException {
        Fetched got = fetcher(1 << 20).get(base + "/file", FILE.length - 1, null);
        assertEquals("too large (more than 2999 bytes)", got.describe());
    }

    @Test
    void anUndeclaredBodyIsCutAtTheLimit() throws InterruptedException {
        Fetched got = fetcher(1 << 20).get(base + "/chunked", 1000, null);
        assertEquals("too large (more than 1000 bytes)", got.describe());
    }

    @Test
    void anEndlessBodyIsCutAtTheLimitNotBuffered() throws InterruptedException {
        long start = System.nanoTime();
        Fetched got = fetcher(1 << 20).get(base + "/endless", 100_000, null);
        assertEquals("too large (more than 100000 bytes)", got.describe());
        assertTrue(System.nanoTime() - start < 5_000_000_000L);
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws InterruptedException, IOException {
        long start = System.nanoTime();
        Fetched got;
        try (SilentServer silent = new SilentServer()) {
            got = new Fetcher(Duration.ofSeconds(2), Duration.ofMillis(500), 4, 8, 1 << 20).get(silent.url(), 1000, null);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals("timed out", got.describe());
        assertTrue(millis >= 400 && millis < 3000, millis + " ms");
    }

    @Test
    void theTotalBudgetBoundsEveryLaterRequest() throws InterruptedException {
        Fetcher fetcher = fetcher(FILE.length + 10);
        assertTrue(fetcher.get(base + "/file", FILE.length, null).ok());
        assertEquals("too large (more than 10 bytes)", fetcher.get(base + "/file", FILE.length, null).describe());
        Fetcher spent = fetcher(FILE.length);
        assertTrue(spent.get(base + "/file", FILE.length, null).ok());
        assertEquals("byte budget used up", spent.get(base + "/file", FILE.length, null).describe());
    }
}
