package party.wtp.browser.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chromium.HasCdp;
import party.wtp.browser.Browser;
import party.wtp.browser.BrowserTest;
import party.wtp.browser.Bundles;
import party.wtp.browser.StaticSites;
import party.wtp.browser.site.DocsSite;
import party.wtp.browser.site.PublishedSite;

/**
 * The reader's speed in Chromium on a generated documentation site (Sphinx, {@value #CHAPTERS} generated chapters
 * besides the bundled pages), the party on three local mirrors against the same site served plainly by the same
 * server, in the same run, alternating: first-page time (entry URL to the page visible: its heading in, the
 * document complete, every image decoded) and in-site navigation time (a click on "next" to the next page
 * visible). A probe added to every new document by the DevTools protocol stamps the times inside the browser, so
 * WebDriver round trips do not count. Runs only with {@code -Dwtp.bench=true}; writes
 * {@code target/bench/reader.md}.
 */
class ReaderBenchmarkTest {
    private static final int CHAPTERS = 24;
    private static final int ROUNDS = Integer.getInteger("wtp.bench.rounds", 2);
    private static final Duration LOAD = Duration.ofSeconds(60);
    /** Added to every request by Chromium's network emulation (ms), as on a real network; 0: loopback as it is. */
    private static final int LATENCY = Integer.getInteger("wtp.bench.latency", 0);
    /** The browser's downloads limited to this many kilobytes per second in all (Chromium's emulation); 0: no limit. */
    private static final int THROUGHPUT = Integer.getInteger("wtp.bench.throughput", 0);
    /** What m4's entry page leaves out of m1's, and what it puts in its place ({@link #listFetchedOn}). */
    private static final String M4_CUT = System.getProperty("wtp.bench.m4.cut", "<meta name=\"wtp-list\"[^>]*>\n?");
    private static final String M4_WITH = System.getProperty("wtp.bench.m4.with", "");
    /**
     * Runs in every top document from its start: stamps when the shown page (plain, or the party's frame) is visible,
     * and for {@link PagePhases} when the party's frame, the heading and the complete document were first seen.
     */
    static final String PROBE = """
            if (window === top) (function poll() {
              var f = document.querySelector('iframe[data-wtp-page]'), d = f ? f.contentDocument : document;
              var h = d && d.querySelector('div.body h1'), now = performance.now();
              if (f && window.wtpFrameAt === undefined) window.wtpFrameAt = now;
              if (h && window.wtpHeadingAt === undefined) window.wtpHeadingAt = now;
              if (h && d.readyState === 'complete' && window.wtpCompleteAt === undefined) window.wtpCompleteAt = now;
              if (h && d.readyState === 'complete' && Array.prototype.every.call(d.images, function (i) {
                    return i.complete && i.naturalWidth > 0; })) {
                var text = h.textContent.replace(/\\u00b6/g, '').trim();
                if (window.wtpFirst === undefined) window.wtpFirst = performance.now();
                if (sessionStorage.wtpExpect === text) {
                  sessionStorage.wtpShown = performance.timeOrigin + performance.now();
                  sessionStorage.wtpExpect = '';
                }
              }
              setTimeout(poll, 2);
            })();
            """;

    @BrowserTest
    void firstPageAndNavigationAgainstPlain(Browser browser, StaticSites sites) throws IOException {
        Assumptions.assumeTrue(browser.kind().label().equals("chromium"), "the reader benchmark runs in Chromium");
        PublishedSite docs = DocsSite.publish(sites, CHAPTERS, "m1", "m2", "m3");
        ((HasCdp) browser.driver()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PROBE));
        addLatency(browser);
        List<String> pages = pages(CHAPTERS);

        String fetched = listFetchedOn(sites);
        List<Double> plainFirst = new ArrayList<>();
        List<Double> partyFirst = new ArrayList<>();
        List<Double> fetchedFirst = new ArrayList<>();
        List<Double> plainNext = new ArrayList<>();
        List<Double> partyNext = new ArrayList<>();
        PagePhases phases = new PagePhases();
        for (int round = 0; round < ROUNDS; round++) {
            for (String page : pages) {
                plainFirst.add(firstPage(browser, docs.plainUrl(page)));
                phases.add(browser, "plain");
                // the two party sides take turns going first (the second may find the same client compiled)
                boolean carriedFirst = (pages.indexOf(page) + round) % 2 == 0;
                if (!carriedFirst) {
                    fetchedFirst.add(firstPage(browser, docs.entryUrl(fetched, page)));
                }
                partyFirst.add(firstPage(browser, docs.entryUrl("m1", page)));
                phases.add(browser, "party");
                if (carriedFirst) {
                    fetchedFirst.add(firstPage(browser, docs.entryUrl(fetched, page)));
                }
            }
            plainNext.addAll(walk(browser, docs.plainUrl("chapter01.html"), false));
            partyNext.addAll(walk(browser, docs.entryUrl("m1", "chapter01.html"), true));
        }

        String md = report(browser, pages.size(), plainFirst, partyFirst, plainNext, partyNext, fetchedFirst)
                + phases.table() + timeline(browser, docs.entryUrl("m1", "chapter05.html"));
        Path dir = Path.of(System.getProperty("wtp.bench.out", "target/bench"));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("reader.md"), md, StandardCharsets.UTF_8);
        System.out.println(md);
        assertTrue(partyFirst.size() >= 20 && partyNext.size() >= 20, "at least 20 pages each way");
    }

    /** The pages first visited: the docs site's bundled pages and {@code chapters} generated chapters. */
    static List<String> pages(int chapters) {
        List<String> pages = new ArrayList<>(List.of("index.html", "wicks.html", "oil.html", "pictures.html"));
        for (int i = 1; i <= chapters; i++) {
            pages.add("chapter%02d.html".formatted(i));
        }
        return pages;
    }

    /**
     * Adds {@code -Dwtp.bench.latency} ms to every request the browser makes and limits downloads to
     * {@code -Dwtp.bench.throughput} kB/s (Chromium's network emulation), if set.
     */
    static void addLatency(Browser browser) {
        if (LATENCY > 0 || THROUGHPUT > 0) {
            ((HasCdp) browser.driver()).executeCdpCommand("Network.enable", Map.of());
            ((HasCdp) browser.driver()).executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false,
                    "latency", LATENCY, "downloadThroughput", THROUGHPUT > 0 ? THROUGHPUT * 1000 : -1,
                    "uploadThroughput", -1));
        }
    }

    /**
     * m4 serves m1's mirror folder with an entry page that does not carry the signed list (as before it
     * did), so the reader fetches the list first: the same run compares both ways. Returns "m4". Another variant of
     * the entry page is compared the same way with {@code -Dwtp.bench.m4.cut=REGEX} (what m4's entry page leaves out;
     * default the list's meta) and {@code -Dwtp.bench.m4.with=TEXT} (what stands in its place; default nothing).
     */
    private static String listFetchedOn(StaticSites sites) throws IOException {
        String host = "m4";
        Path from = sites.folder("m1");
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                byte[] bytes = Files.readAllBytes(f);
                if (f.getFileName().toString().equals("index.html")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replaceAll(M4_CUT, M4_WITH)
                            .getBytes(StandardCharsets.UTF_8);
                }
                sites.put(host, f.getFileName().toString(), bytes);
            }
        }
        return host;
    }

    /** Milliseconds from navigation start of {@code url} to its page visible. */
    static double firstPage(Browser browser, String url) {
        browser.open("about:blank");
        browser.open(url);
        browser.await("window.wtpFirst !== undefined", LOAD);
        return ((Number) browser.script("return window.wtpFirst")).doubleValue();
    }

    /**
     * Where one party first page's time goes: the entry page's resource timeline (each transfer's start and end, ms
     * from navigation start) up to the page visible, from the browser's own Resource Timing entries.
     */
    private static String timeline(Browser browser, String url) {
        double visible = firstPage(browser, url);
        Object rows = browser.script("var out = '', n = performance.getEntriesByType('navigation')[0];"
                + "out += '| entry page | 0 | ' + n.responseEnd.toFixed(1) + ' |\\n';"
                + "performance.getEntriesByType('resource').forEach(function (e) {"
                + "  var name = e.name.replace(/^.*\\//, '').slice(0, 24);"
                + "  out += '| ' + e.initiatorType + ' ' + name + ' | ' + e.startTime.toFixed(1) + ' | '"
                + "    + e.responseEnd.toFixed(1) + ' |\\n'; });"
                + "return out + '| DOMContentLoaded of the entry page | ' + n.domContentLoadedEventStart.toFixed(1)"
                + "  + ' | |\\n';");
        return "\nOne party first page (chapter05), visible at "
                + "%.1f ms:\n\n| transfer | start (ms) | end (ms) |\n|---|---:|---:|\n".formatted(visible) + rows;
    }

    /** Milliseconds of each click on "next chapter", from {@code start} to the last chapter. */
    private static List<Double> walk(Browser browser, String start, boolean party) {
        browser.open("about:blank");
        browser.open(start);
        browser.await("window.wtpFirst !== undefined", LOAD);
        String doc = party ? "document.querySelector('iframe[data-wtp-page]').contentDocument" : "document";
        List<Double> times = new ArrayList<>();
        while (true) {
            Object next = browser.script("var d = " + doc + ", a = d.querySelector('a[title=\"next chapter\"]');"
                    + "if (!a || a.textContent.indexOf('Chapter') !== 0) return null;"
                    + "sessionStorage.wtpShown = ''; sessionStorage.wtpExpect = a.textContent.trim();"
                    + "sessionStorage.wtpClick = performance.timeOrigin + performance.now();"
                    + "setTimeout(function () { a.click(); }, 0); return a.textContent;");
            if (next == null) {
                return times;
            }
            browser.await("sessionStorage.wtpShown", LOAD);
            times.add(((Number) browser.script("return sessionStorage.wtpShown - sessionStorage.wtpClick"))
                    .doubleValue());
        }
    }

    private static String report(Browser browser, int pages, List<Double> plainFirst, List<Double> partyFirst,
            List<Double> plainNext, List<Double> partyNext, List<Double> fetchedFirst) {
        String name = "Chromium " + browser.driver().getCapabilities().getBrowserVersion();
        Machine machine = Machine.describe(name);
        BundleSize client = BundleSize.of("wtp-client.js", Bundles.client());
        double firstRatio = median(partyFirst) / median(plainFirst);
        double nextRatio = median(partyNext) / median(plainNext);
        return """
                Reader on a Sphinx site (%d pages) in %s, %s, %d rounds, %s; %d CPUs, %s; added latency %d ms; download limit %s
                
                | measure | plain (1 server) | party (3 mirrors) | ratio | target |
                |---|---|---|---|---|
                | first page, median of %d (ms) | %.1f | %.1f | %.2fx | <= 1.5x |
                | navigation, median of %d (ms) | %.1f | %.1f | %.2fx | <= 1.0x |
                | first page, %s (m1's folder on m4), median of %d (ms) | %.1f | %.1f | %.2fx | |
                
                wtp-client.js: %d bytes, %d bytes gzip -9
                """.formatted(pages, name, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS), ROUNDS,
                "alternating plain, party and party on m4", machine.processors(), machine.cpu(), LATENCY,
                THROUGHPUT > 0 ? THROUGHPUT + " kB/s" : "none",
                partyFirst.size(), median(plainFirst), median(partyFirst), firstRatio,
                partyNext.size(), median(plainNext), median(partyNext), nextRatio,
                variant(), fetchedFirst.size(), median(plainFirst), median(fetchedFirst), median(fetchedFirst) / median(plainFirst),
                client.bytes(), client.gzipBytes());
    }

    /** What m4's entry page is, in the report's words. */
    private static String variant() {
        return System.getProperty("wtp.bench.m4.cut") == null ? "entry page without the list"
                : "entry page without /" + M4_CUT + "/" + (M4_WITH.isEmpty() ? "" : " (with /" + M4_WITH + "/)");
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
