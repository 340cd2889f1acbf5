package party.wtp.browser.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import party.wtp.browser.Browser;
import party.wtp.browser.BrowserTest;
import party.wtp.browser.Bundles;
import party.wtp.browser.StaticSites;

/**
 * Bytes cross between JavaScript and the Java code without copies: Java writes land in the caller's
 * {@code ArrayBuffer} (as an XHR response would be wrapped), views with an offset map to exactly their window,
 * and Java arrays come back as views, not copies of a different length.
 */
class TestkitBytesTest {
    @BrowserTest
    void javaWorksOnTheCallersMemory(Browser browser, StaticSites sites) {
        Bundles.putTestkit(sites, "m1");
        browser.open(sites.url("m1", "/testkit.html"));
        browser.await("typeof wtpTestkit === 'function'", Duration.ofSeconds(20));

        assertEquals(List.of(5L, 4L, 3L, 2L, 1L), browser.script("""
                var buffer = new Uint8Array([1, 2, 3, 4, 5]).buffer;
                wtpTestkit.bytes.reverseBuffer(buffer);
                return Array.from(new Uint8Array(buffer));"""));

        assertEquals(List.of(0L, 1L, 5L, 4L, 3L, 2L, 6L, 7L), browser.script("""
                var all = new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7]);
                wtpTestkit.bytes.reverseView(all.subarray(2, 6));
                return Array.from(all);"""));

        assertEquals(List.of(1L, 2L, 3L, 4L), browser.script(
                "return Array.from(wtpTestkit.bytes.fromJava());"));
    }
}
