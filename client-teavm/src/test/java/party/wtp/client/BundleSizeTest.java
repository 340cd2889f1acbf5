package party.wtp.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Keeps the bundles readers download small, and prints their sizes. The budgets hold only while the slim
 * Bouncy Castle stand-ins replace the originals (which add roughly 400 KB to the testkit).
 */
class BundleSizeTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // core envelopes, manifests, Ed25519 verification, the mirror walk, the sidebar and the page hooks, at
        // TeaVM's ADVANCED level: the budget of 60,000 bytes gzip (53.2 KB since core verifies Ed25519 with
        // its own code instead of Bouncy Castle's). It needs the TeaVM plugins in party.wtp.client.shim (compact
        // string concatenation: ~2.5 KB)
        "party/wtp/client/wtp-client.js, 175000, 60000",
        "party/wtp/client/wtp-testkit.js, 300000, 100000", // also carries the core envelope code, sealing and the vector checker
    })
    void bundleFitsItsBudget(String resource, int maxMinified, int maxGzip) throws IOException {
        byte[] js;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertTrue(in != null, resource + " was not built by TeaVM into target/classes");
            js = in.readAllBytes();
        }
        int gzip = gzipSize(js);
        System.out.printf("bundle %s: %d bytes minified, %d bytes gzip -9%n", resource, js.length, gzip);
        assertTrue(js.length > 1000, resource + " is suspiciously small: " + js.length);
        assertTrue(js.length <= maxMinified, resource + " is " + js.length + " bytes, budget " + maxMinified);
        assertTrue(gzip <= maxGzip, resource + " is " + gzip + " bytes gzipped, budget " + maxGzip);
    }

    @Test
    void readersClientCarriesNoThreadEmulation() throws IOException {
        String js;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("party/wtp/client/wtp-client.js")) {
            assertTrue(in != null, "wtp-client.js was not built by TeaVM into target/classes");
            js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // TeaVM's monitor emulation (pulled in by any lock, e.g. Bouncy Castle's around Ed25519's tables) says this
        assertFalse(js.contains("enter monitor"), "wtp-client.js carries TeaVM's monitor and thread emulation");
    }

    private static int gzipSize(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(data);
        }
        return out.size();
    }
}
