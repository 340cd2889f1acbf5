package party.wtp.browser.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import party.wtp.browser.Browser;
import party.wtp.browser.BrowserTest;
import party.wtp.browser.Bundles;
import party.wtp.browser.StaticSites;

/**
 * Each bundle adds exactly one global to the page it is loaded into ({@code wtpClient}, {@code wtpTestkit}):
 * the reader's client shares the window with whatever the page does, so TeaVM must not spill helper classes
 * into it.
 */
class BundleGlobalsTest {
    private static final String LOAD_AND_DIFF = """
            var done = arguments[arguments.length - 1];
            var before = new Set(Object.getOwnPropertyNames(window));
            var script = document.createElement('script');
            script.src = arguments[0];
            script.onload = function () {
              done({added: Object.getOwnPropertyNames(window).filter(function (n) { return !before.has(n); })});
            };
            script.onerror = function () { done({error: 'could not load ' + arguments[0]}); };
            document.head.appendChild(script);
            """;

    @BrowserTest
    void clientAddsOnlyWtpClient(Browser browser, StaticSites sites) {
        sites.put("m2", "wtp-client.js", Bundles.client()).put("m2", "empty.html", Bundles.page("empty.html"));
        browser.open(sites.url("m2", "/empty.html"));
        assertEquals(List.of("wtpClient"), added(browser, "wtp-client.js"));
        assertEquals(1L, browser.script("return wtpClient.formatVersion"));
    }

    @BrowserTest
    void testkitAddsOnlyWtpTestkit(Browser browser, StaticSites sites) {
        sites.put("m3", "wtp-testkit.js", Bundles.testkit()).put("m3", "empty.html", Bundles.page("empty.html"));
        browser.open(sites.url("m3", "/empty.html"));
        assertEquals(List.of("wtpTestkit"), added(browser, "wtp-testkit.js"));
        browser.await("wtpTestkit.digest.sha256(new Uint8Array(0)).length === 32", Duration.ofSeconds(5));
    }

    @SuppressWarnings("unchecked")
    private static List<String> added(Browser browser, String src) {
        Map<String, Object> result = (Map<String, Object>) browser.driver().executeAsyncScript(LOAD_AND_DIFF, src);
        assertEquals(null, result.get("error"));
        return (List<String>) result.get("added");
    }
}
