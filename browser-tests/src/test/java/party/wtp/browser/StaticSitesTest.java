package party.wtp.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loopback test server picks the site by Host header and stays inside each site's folder. */
class StaticSitesTest {
    @TempDir
    Path root;
    private StaticSites sites;

    @BeforeEach
    void start() {
        sites = StaticSites.start(root);
    }

    @AfterEach
    void stop() {
        sites.close();
    }

    @Test
    void servesEachHostFromItsOwnFolder() throws IOException {
        sites.put("m1", "index.html", "one").put("m2", "index.html", "two").put("m2", "js/a.js", "let a;");
        assertTrue(get("m1.party.test", "/").endsWith("\r\n\r\none"));
        assertTrue(get("m2.party.test", "/index.html").endsWith("\r\n\r\ntwo"));
        String js = get("m2.party.test", "/js/a.js");
        assertTrue(js.startsWith("HTTP/1.1 200"), js);
        assertTrue(js.toLowerCase().contains("content-type: text/javascript"), js);
        assertTrue(js.toLowerCase().contains("cache-control: no-store"), js);
        assertTrue(get("m1.party.test", "/js/a.js").startsWith("HTTP/1.1 404"));
        assertEquals("http://m2.party.test:" + sites.port() + "/js/a.js", sites.url("m2", "js/a.js"));
    }

    @Test
    void refusesUnknownHostsAndPathsOutsideTheSite() throws IOException {
        sites.put("m1", "index.html", "one");
        sites.put("m2", "secret.txt", "two");
        assertTrue(get("example.org", "/index.html").startsWith("HTTP/1.1 404"));
        assertTrue(get("m1.party.test", "/../m2.party.test/secret.txt").startsWith("HTTP/1.1 404"));
        assertTrue(get("m1.party.test", "/%2e%2e/m2.party.test/secret.txt").startsWith("HTTP/1.1 404"));
        assertThrows(IllegalArgumentException.class, () -> sites.put("m1", "../m2.party.test/x", "no"));
        assertThrows(IllegalArgumentException.class, () -> sites.folder("m99"));
    }

    @Test
    void sendsCorsHeadersOnlyWhereAllowed() throws IOException {
        sites.put("m1", "a.txt", "a").put("m2", "b.txt", "b").allowCors("m2");
        assertFalse(get("m1.party.test", "/a.txt").toLowerCase().contains("access-control-allow-origin"));
        assertTrue(get("m2.party.test", "/b.txt").toLowerCase().contains("access-control-allow-origin: *"));
    }

    @Test
    void recordsEveryRequest() throws IOException {
        sites.put("m1", "a.txt", "a");
        get("m1.party.test", "/a.txt");
        get("m3.party.test", "/missing");
        assertEquals(java.util.List.of("GET m1.party.test /a.txt", "GET m3.party.test /missing"), sites.requests());
    }

    /** A raw HTTP/1.1 GET to the server with the given Host header; returns the whole response. */
    private String get(String host, String path) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), sites.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + sites.port()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            return response.toString(StandardCharsets.UTF_8);
        }
    }
}
