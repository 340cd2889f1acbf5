package party.wtp.browser.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import party.wtp.browser.Browser;
import party.wtp.browser.BrowserTest;
import party.wtp.browser.Bundles;
import party.wtp.browser.StaticSites;

/**
 * The client's randomness comes from {@code crypto.getRandomValues} (also past its 64 KiB per-call limit), and a
 * page without {@code window.crypto} gets a loud error instead of TeaVM's silent {@code Math.random} fallback.
 */
class TestkitRandomTest {
    @BrowserTest
    void randomBytesHaveTheAskedLengthAndLookUniform(Browser browser, StaticSites sites) {
        Bundles.putTestkit(sites, "m1");
        browser.open(sites.url("m1", "/testkit.html"));
        browser.await("typeof wtpTestkit === 'function'", Duration.ofSeconds(20));
        for (int n : new int[] {0, 1, 32, 65536, 65537, 200_000}) {
            assertEquals((long) n, browser.script("return wtpTestkit.random.bytes(arguments[0]).length", n));
        }
        Object pair = browser.script("""
                var a = wtpTestkit.random.bytes(32), b = wtpTestkit.random.bytes(32);
                return [pageTools.toBase64(a), pageTools.toBase64(b)];""");
        List<?> two = (List<?>) pair;
        assertFalse(two.get(0).equals(two.get(1)), "two 32-byte draws must differ");

        int n = 256 * 1024 + 1; // more than one getRandomValues call's worth
        byte[] bytes = Base64.getDecoder().decode((String) browser.script(
                "return pageTools.toBase64(wtpTestkit.random.bytes(arguments[0]))", n));
        assertEquals(n, bytes.length);
        double chiSquare = chiSquare(bytes);
        // 255 degrees of freedom: mean 255, standard deviation about 22.6; 400 is more than 6 deviations out
        assertTrue(chiSquare < 400, "byte histogram chi-square " + chiSquare + " is not uniform");
        // the tail past the first 64 KiB chunk must be filled too, not left as zeros
        byte[] tail = Arrays.copyOfRange(bytes, 65536, n);
        assertTrue(chiSquare(tail) < 400, "bytes after the first 64 KiB are not random");
    }

    @BrowserTest
    void missingCryptoFailsLoudly(Browser browser, StaticSites sites) {
        sites.put("m1", "wtp-testkit.js", Bundles.testkit()).put("m1", "no-crypto.html", Bundles.page("no-crypto.html"));
        browser.open(sites.url("m1", "/no-crypto.html"));
        assertEquals("undefined", browser.script("return typeof window.crypto"));
        Object error = browser.script("""
                try {
                  return 'no error, got ' + wtpTestkit.random.bytes(8).length + ' bytes';
                } catch (e) {
                  return 'error: ' + (e && e.message ? e.message : String(e));
                }""");
        assertTrue(String.valueOf(error).startsWith("error: ")
                && String.valueOf(error).contains("refusing to fall back"), String.valueOf(error));
        System.out.println(browser.kind().label() + " without window.crypto: " + error);
    }

    private static double chiSquare(byte[] bytes) {
        long[] counts = new long[256];
        for (byte b : bytes) {
            counts[b & 0xff]++;
        }
        double expected = bytes.length / 256.0;
        double sum = 0;
        for (long count : counts) {
            sum += (count - expected) * (count - expected) / expected;
        }
        return sum;
    }
}
