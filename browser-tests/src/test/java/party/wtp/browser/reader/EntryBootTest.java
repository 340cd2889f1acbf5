package party.wtp.browser.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import party.wtp.browser.Browser;
import party.wtp.browser.BrowserTest;
import party.wtp.browser.StaticSites;

/**
 * The entry page's boot script asks for the page the address names while the client script is still on the wire,
 * and the client takes that transfer over instead of asking again (a damaged address, where the boot asks for
 * nothing, is ReaderPageTest's).
 */
class EntryBootTest {
    /** How long the mirror holds the client script back: far longer than the entry page takes to ask for the page. */
    private static final int CLIENT_DELAY = 700;

    @BrowserTest
    void thePageIsAskedForWhileTheClientIsOnTheWireAndOnlyOnce(Browser browser, StaticSites sites) {
        BuiltParty party = BuiltParty.publish(sites, files(), List.of(), "m1");
        String client = party.clientFileName("m1");
        sites.delay("m1", "/" + client, CLIENT_DELAY);
        ClientUi ui = new ClientUi(browser);
        ui.open(sites.url("m1", "/index.html") + party.route("index.html"));
        ui.awaitPage("Booted early");

        String page = party.fileName("m1", "index.html");
        double pageAsked = startOf(browser, page);
        double clientIn = ((Number) browser.script("var name = arguments[0];"
                + " return performance.getEntriesByType('resource').filter(function (e) {"
                + "   return e.name.endsWith('/' + name); })[0].responseEnd", client)).doubleValue();
        assertTrue(pageAsked < clientIn - CLIENT_DELAY / 2.0, "the page's file asked for at " + pageAsked
                + " ms, the client script in at " + clientIn + " ms");
        assertEquals(1, sites.requests().stream().filter(r -> r.equals("GET m1.party.test /" + page)).count(),
                "the client took the entry page's transfer over: " + sites.requests());
    }

    private static double startOf(Browser browser, String name) {
        List<?> starts = (List<?>) browser.script("var name = arguments[0];"
                + " return performance.getEntriesByType('resource').filter(function (e) {"
                + "   return e.name.endsWith('/' + name); }).map(function (e) { return e.startTime; })", name);
        assertEquals(1, starts.size(), name + " fetched once by the browser: " + starts);
        return ((Number) starts.get(0)).doubleValue();
    }

    private static Map<String, byte[]> files() {
        return Map.of("index.html", ("<!DOCTYPE html><html><head><meta charset=utf-8><title>Boot</title></head>"
                + "<body><h1>Booted early</h1></body></html>").getBytes(StandardCharsets.UTF_8));
    }
}
