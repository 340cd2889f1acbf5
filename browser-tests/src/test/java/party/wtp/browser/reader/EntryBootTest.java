package party.wtp.browser.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import party.wtp.browser.Browser;
import party.wtp.browser.BrowserTest;
import party.wtp.browser.StaticSites;

/**
 * How the entry page starts the reader: it carries the modern client, so no round trip goes to fetch it, and the
 * client asks for the page at once; an entry page whose carried client was cut (a host that trims large pages)
 * loads the mirror's file of it, and while that file is on the wire its boot script asks for the page the address
 * names, a transfer the client takes over instead of asking again. A damaged address, where the boot asks for
 * nothing, is ReaderPageTest's.
 */
class EntryBootTest {
    /** How long the mirror holds the client's file back: far longer than the entry page takes to ask for the page. */
    private static final int CLIENT_DELAY = 700;

    @BrowserTest
    void theEntryPageCarriesTheClientSoItsFileIsNotFetched(Browser browser, StaticSites sites) {
        BuiltParty party = BuiltParty.publish(sites, files(), List.of(), "m1");
        ClientUi ui = new ClientUi(browser);
        ui.open(sites.url("m1", "/index.html") + party.route("index.html"));
        ui.awaitPage("Booted early");

        String client = "GET m1.party.test /" + party.clientFileName("m1");
        assertTrue(sites.requests().stream().noneMatch(client::equals), "no request for the client's file: "
                + sites.requests());
        String page = "GET m1.party.test /" + party.fileName("m1", "index.html");
        assertEquals(1, sites.requests().stream().filter(page::equals).count(),
                "the page asked for once: " + sites.requests());
        assertEquals("undefined", browser.script("return typeof wtpBoot"),
                "the carried client asks for the page itself: the boot script, which would only add its own start-up,"
                        + " did not run");
    }

    @BrowserTest
    void withoutItsCarriedClientThePageIsAskedForWhileTheClientIsOnTheWireAndOnlyOnce(Browser browser,
            StaticSites sites) throws IOException {
        BuiltParty party = BuiltParty.publish(sites, files(), List.of(), "m1");
        String entry = Files.readString(sites.folder("m1").resolve("index.html"));
        String cut = entry.replaceAll("(?s)<script type=\"text/x-wtp-client\" id=\"wtp-client\">.*?</script>\n?", "");
        assertTrue(cut.length() < entry.length() / 2, "the entry page carried the client");
        sites.put("m1", "index.html", cut);
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
