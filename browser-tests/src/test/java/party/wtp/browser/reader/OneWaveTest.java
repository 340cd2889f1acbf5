package party.wtp.browser.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import party.wtp.browser.Browser;
import party.wtp.browser.BrowserTest;
import party.wtp.browser.StaticSites;

/**
 * A first page comes in one wave: as soon as the page's copy is verified the client asks for every file of its
 * closure (format: "Page closure"), the style sheet an {@code @import} names and the images its {@code url()}s
 * name included, so none of those requests waits for the sheet that names it to arrive; each file is asked for once.
 * A listed file that is missing fails only the references naming it, and one that no reference uses is ignored;
 * style sheets that import each other, all asked for at once, still give the page both.
 */
class OneWaveTest {
    /** The page's files that only a style sheet names, each with that sheet. */
    private static final Map<String, String> NAMED_BY = Map.of(
            "css/theme.css", "css/site.css",
            "img/paper.png", "css/site.css",
            "img/stripe.png", "css/theme.css",
            "img/dot.png", "css/theme.css");
    private static final List<String> FILES = List.of("css/site.css", "css/theme.css", "img/photo.png",
            "img/paper.png", "img/stripe.png", "img/dot.png", "js/app.js");

    @BrowserTest
    void theImportedSheetAndItsImagesAreAskedForBeforeTheSheetsNamingThemArrive(Browser browser,
            StaticSites sites) {
        BuiltParty party = publish(sites);
        // a distant mirror: every answer takes longer than the client takes to ask for a whole page, even when busy
        sites.delay("m1", 150);
        ClientUi ui = new ClientUi(browser);
        ui.open(sites.url("m1", "/index.html") + party.route("index.html"));
        ui.awaitPage("app ran");
        assertEquals("rgb(0, 128, 0)", style(browser, "h1", "color"), "the imported sheet applies");

        Map<String, double[]> times = new LinkedHashMap<>();
        for (String path : FILES) {
            String name = party.fileName("m1", path);
            List<?> entries = (List<?>) browser.script("var name = arguments[0];"
                    + " return performance.getEntriesByType('resource')"
                    + ".filter(function (e) { return e.name.endsWith('/' + name); })"
                    + ".map(function (e) { return [e.startTime, e.responseEnd]; })", name);
            assertEquals(1, entries.size(), path + " asked for once: " + entries);
            List<?> pair = (List<?>) entries.get(0);
            times.put(path, new double[] {((Number) pair.get(0)).doubleValue(), ((Number) pair.get(1)).doubleValue()});
            assertEquals(1, sites.requests().stream().filter(r -> r.equals("GET m1.party.test /" + name)).count(),
                    path + " requested once from the mirror");
        }
        for (Map.Entry<String, String> e : NAMED_BY.entrySet()) {
            double asked = times.get(e.getKey())[0];
            double sheetArrived = times.get(e.getValue())[1];
            assertTrue(asked < sheetArrived, e.getKey() + " asked for at " + asked + " ms, before " + e.getValue()
                    + " arrived at " + sheetArrived + " ms: " + describe(times));
        }
    }

    @BrowserTest
    void aListedFileThatIsMissingFailsOnlyTheReferenceNamingIt(Browser browser, StaticSites sites) throws Exception {
        BuiltParty party = publish(sites);
        Files.delete(sites.folder("m1").resolve(party.fileName("m1", "img/dot.png")));
        ClientUi ui = new ClientUi(browser);
        ui.open(sites.url("m1", "/index.html") + party.route("index.html"));
        ui.awaitPage("app ran");
        assertEquals("rgb(0, 128, 0)", style(browser, "h1", "color"), "the sheet naming the missing file applies");
        assertTrue(style(browser, "p", "backgroundImage").contains("about:invalid"), "its url() of it loads nothing");
        assertTrue(style(browser, "h1", "backgroundImage").startsWith("url(\"blob:"), "its other url() is there");
    }

    @BrowserTest
    void aListedFileThatNoReferenceUsesAndNoMirrorHasIsIgnored(Browser browser, StaticSites sites)
            throws InterruptedException {
        TestParty party = TestParty.publish(sites, List.of("gone.png", TestParty.CSS, TestParty.BACKGROUND,
                TestParty.LOGO, TestParty.SCRIPT), "m1");
        ClientUi ui = new ClientUi(browser);
        ui.open(party.entryUrl("m1", TestParty.HOME));
        ui.awaitPage("script ran: 42");
        String gone = "GET m1.party.test /" + party.fileName("m1", "gone.png");
        long until = System.nanoTime() + ClientUi.LOAD.toNanos();
        while (!sites.requests().contains(gone) && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertTrue(sites.requests().contains(gone), "the listed file was asked for: " + sites.requests());
        assertEquals("", ui.text(".notice").trim(), "nothing of the page was refused: " + ui.all());
        assertEquals(1, sites.requests().stream()
                .filter(r -> r.equals("GET m1.party.test /" + party.fileName("m1", TestParty.BACKGROUND))).count(),
                "the sheet's background, listed and named, asked for once");
    }

    @BrowserTest
    void sheetsImportingEachOtherStillShowThePageWithBoth(Browser browser, StaticSites sites) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("index.html", utf8("<!DOCTYPE html><html><head><meta charset=utf-8><title>Cycle</title>"
                + "<link rel=stylesheet href=a.css></head><body><h1>Round and round</h1><p>the end</p></body></html>"));
        files.put("a.css", utf8("@import url(b.css);\nh1 { color: rgb(0, 128, 0); }\n"));
        files.put("b.css", utf8("@import url(a.css);\np { color: rgb(0, 0, 255); }\n"));
        BuiltParty party = BuiltParty.publish(sites, files, List.of(), "m1");
        ClientUi ui = new ClientUi(browser);
        ui.open(sites.url("m1", "/index.html") + party.route("index.html"));
        ui.awaitPage("the end");
        assertEquals("rgb(0, 128, 0)", style(browser, "h1", "color"), "the page's sheet");
        assertEquals("rgb(0, 0, 255)", style(browser, "p", "color"), "the sheet it imports, which imports it back");
    }

    /** A computed style property of the first {@code selector} element of the shown page. */
    private static String style(Browser browser, String selector, String property) {
        return (String) browser.script("var d = document.querySelector('iframe[data-wtp-page]').contentDocument;"
                + " return d.defaultView.getComputedStyle(d.querySelector(arguments[0]))[arguments[1]]", selector,
                property);
    }

    private static BuiltParty publish(StaticSites sites) {
        return BuiltParty.publish(sites, files(), List.of(), "m1");
    }

    private static Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("index.html", utf8("<!DOCTYPE html><html><head><meta charset=utf-8><title>One wave</title>"
                + "<link rel=stylesheet href=css/site.css></head><body><h1>One wave</h1>"
                + "<img id=photo src=img/photo.png alt=photo><p id=out>app did not run</p>"
                + "<script src=js/app.js></script></body></html>"));
        files.put("css/site.css", utf8("@import url(\"theme.css\");\nbody { background: url(../img/paper.png); }\n"));
        files.put("css/theme.css", utf8("h1 { color: rgb(0, 128, 0); background: url(../img/stripe.png); }\n"
                + "p { background: url(../img/dot.png); }\n"));
        files.put("js/app.js", utf8("document.getElementById('out').textContent = 'app ran';"));
        files.put("img/photo.png", TestParty.png(16, 16, Color.BLUE));
        files.put("img/paper.png", TestParty.png(16, 16, Color.WHITE));
        files.put("img/stripe.png", TestParty.png(16, 16, Color.ORANGE));
        files.put("img/dot.png", TestParty.png(16, 16, Color.RED));
        return files;
    }

    private static String describe(Map<String, double[]> times) {
        StringBuilder sb = new StringBuilder();
        times.forEach((path, t) -> sb.append(path).append(' ').append(t[0]).append("..").append(t[1]).append("; "));
        return sb.toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
