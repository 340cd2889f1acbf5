package party.wtp.browser.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chromium.HasCdp;
import party.wtp.browser.Browser;
import party.wtp.browser.BrowserTest;
import party.wtp.browser.StaticSites;
import party.wtp.browser.site.DocsSite;
import party.wtp.browser.site.PublishedSite;

/**
 * How far down the party's first page could go in this architecture, measured rather than argued: besides the plain
 * site and the party, the same pages shown the way the client shows them but with none or only part of the client's
 * own work. Each floor is an entry page on m5 (which serves the plain site too) whose small inline script asks for a
 * page (plain HTML, no envelope, same origin) and writes it into a same-origin frame, as the client does.
 * <ul>
 *   <li><b>frame</b>: the plain page; its files load by their plain URLs. No client, no crypto.</li>
 *   <li><b>frame, inline</b>: a copy of the page with its scripts and style sheets written into it (made here, as the
 *   client writes them); its images load by their plain URLs. What the client's way of showing a page costs.</li>
 *   <li><b>frame, inline + client</b>: the same, in an entry page that also carries this build's client (copied from
 *   m1's entry page, the compile hint included) and runs it first without starting it: what the engine spends on
 *   the client's text before the client does anything.</li>
 *   <li><b>frame, inline + client's file</b>: the same with the client's file from m1 loaded first instead (a
 *   parser-blocking script, which Chromium compiles off the page's thread while it streams in).</li>
 *   <li><b>frame + client</b> and <b>frame + client, no hint</b>: the plain page with the carried client, with and
 *   without V8's compile hint.</li>
 * </ul>
 * All sides are visited page by page, each going first in turn, in one Chromium run. Runs only with
 * {@code -Dwtp.bench=true}; writes {@code target/bench/reader-floor.md}.
 */
class ReaderFloorBenchmarkTest {
    private static final int CHAPTERS = 24;
    private static final int ROUNDS = Integer.getInteger("wtp.bench.rounds", 2);
    private static final Pattern CARRIED = Pattern.compile(
            "(?s)<script type=\"text/x-wtp-client\" id=\"wtp-client\">.*?</script>");
    /** A relative {@code url(...)} in a style sheet: group 1 its opening quote, group 2 the reference. */
    private static final Pattern RELATIVE_URL = Pattern.compile("url\\((['\"]?)(?!data:|/|[a-z]+://)([^'\")]+)");
    /** Where m1's entry page names the modern client's file. */
    private static final Pattern CLIENT_FILE = Pattern.compile("script\\.src = modern \\? \"([^\"]+)\"");
    /** V8's compile hint at the client script's head: compile every function at once. */
    private static final String HINT = "//# allFunctionsCalledOnLoad\n";
    /** The entry page of the floors: {@code {{client}}} is the carried client's element, or nothing. */
    private static final String FLOOR = """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>floor</title></head>
            <body>
            {{client}}
            <script>
            (function () {
              var carried = document.getElementById("wtp-client");
              if (carried) {
                var script = document.createElement("script");
                script.text = carried.text;
                document.head.appendChild(script);
              }
              var page = location.hash.slice(1), xhr = new XMLHttpRequest();
              xhr.open("GET", page);
              xhr.onload = function () {
                var frame = document.createElement("iframe");
                frame.setAttribute("data-wtp-page", "");
                frame.setAttribute("style", "position:fixed;top:0;left:0;width:100%;height:100%;border:0");
                document.body.appendChild(frame);
                var d = frame.contentDocument;
                d.open(); d.write(xhr.responseText); d.close();
              };
              xhr.send();
            }());
            </script>
            </body></html>
            """;

    @BrowserTest
    void theFramesFloorAgainstPlainAndParty(Browser browser, StaticSites sites) throws IOException {
        Assumptions.assumeTrue(browser.kind().label().equals("chromium"), "the reader benchmark runs in Chromium");
        PublishedSite docs = DocsSite.publish(sites, CHAPTERS, "m1", "m2", "m3");
        ((HasCdp) browser.driver()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", ReaderBenchmarkTest.PROBE));
        ReaderBenchmarkTest.addLatency(browser);
        List<String> pages = ReaderBenchmarkTest.pages(CHAPTERS);
        String entry = Files.readString(sites.folder("m1").resolve("index.html"), StandardCharsets.UTF_8);
        Matcher client = CARRIED.matcher(entry);
        assertTrue(client.find(), "m1's entry page carries the client");
        copyPlain(sites, "m5", pages);
        sites.put("m5", "floor.html", FLOOR.replace("{{client}}", ""));
        sites.put("m5", "floor-client.html", FLOOR.replace("{{client}}", client.group()));
        Matcher file = CLIENT_FILE.matcher(entry);
        assertTrue(file.find(), "m1's entry page names the client's file");
        sites.put("m5", "floor-file.html", FLOOR.replace("{{client}}",
                "<script src=\"" + sites.url("m1", "/" + file.group(1)) + "\"></script>"));
        sites.put("m5", "floor-lazy.html", FLOOR.replace("{{client}}", client.group().replace(HINT, "")));

        Map<String, List<Double>> times = new LinkedHashMap<>();
        for (String side : List.of("plain", "frame", "frame, inline", "frame, inline + client",
                "frame, inline + client's file", "frame + client",
                "frame + client, no hint", "party")) {
            times.put(side, new ArrayList<>());
        }
        for (int round = 0; round < ROUNDS; round++) {
            for (String page : pages) {
                List<String> sides = new ArrayList<>(times.keySet());
                // each side goes first in turn
                Collections.rotate(sides, pages.indexOf(page) + round);
                for (String side : sides) {
                    String url = switch (side) {
                        case "plain" -> docs.plainUrl(page);
                        case "frame" -> sites.url("m5", "/floor.html") + "#" + page;
                        case "frame + client" -> sites.url("m5", "/floor-client.html") + "#" + page;
                        case "frame, inline" -> sites.url("m5", "/floor.html") + "#" + inlined(page);
                        case "frame, inline + client" -> sites.url("m5", "/floor-client.html") + "#" + inlined(page);
                        case "frame, inline + client's file" -> sites.url("m5", "/floor-file.html") + "#" + inlined(page);
                        case "frame + client, no hint" -> sites.url("m5", "/floor-lazy.html") + "#" + page;
                        default -> docs.entryUrl("m1", page);
                    };
                    times.get(side).add(ReaderBenchmarkTest.firstPage(browser, url));
                }
            }
        }

        double plain = ReaderBenchmarkTest.median(times.get("plain"));
        Machine machine = Machine.describe("Chromium " + browser.driver().getCapabilities().getBrowserVersion());
        StringBuilder md = new StringBuilder("Reader's floor on a Sphinx site (%d pages) in %s, %s, %d rounds,"
                .formatted(pages.size(), machine.browser(),
                        OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS), ROUNDS)
                + " alternating; %d CPUs, %s; added latency %d ms\n\n".formatted(
                        machine.processors(), machine.cpu(),
                        Integer.getInteger("wtp.bench.latency", 0))
                + "| first page | median (ms) | against plain |\n|---|---:|---:|\n");
        for (Map.Entry<String, List<Double>> e : times.entrySet()) {
            double m = ReaderBenchmarkTest.median(e.getValue());
            md.append("| %s | %.1f | %.2fx |\n".formatted(e.getKey(), m, m / plain));
        }
        Path dir = Path.of(System.getProperty("wtp.bench.out", "target/bench"));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("reader-floor.md"), md, StandardCharsets.UTF_8);
        System.out.println(md);
        assertTrue(times.get("frame").size() >= 20, "at least 20 pages each");
    }

    /**
     * {@code to} serves the plain site's folder too, and beside each page in {@code pages} its {@link #inlined} copy:
     * its local scripts and style sheets written into it, as the client writes them.
     */
    private static void copyPlain(StaticSites sites, String to, List<String> pages) throws IOException {
        Path from = sites.folder(PublishedSite.PLAIN);
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (Files.isRegularFile(p)) {
                    sites.put(to, from.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            }
        }
        for (String page : pages) {
            Document doc = Jsoup.parse(Files.readString(from.resolve(page), StandardCharsets.UTF_8));
            for (Element script : doc.select("script[src]")) {
                String src = script.attr("src");
                script.removeAttr("src").appendChild(new DataNode(
                        Files.readString(from.resolve(src), StandardCharsets.UTF_8)));
            }
            for (Element link : doc.select("link[rel=stylesheet][href]")) {
                String href = link.attr("href");
                String dir = href.contains("/") ? href.substring(0, href.lastIndexOf('/') + 1) : "";
                // the sheet's relative url()s and imports resolve against its folder, not the page's
                String css = RELATIVE_URL.matcher(Files.readString(from.resolve(href), StandardCharsets.UTF_8))
                        .replaceAll(m -> Matcher.quoteReplacement("url(" + m.group(1) + dir + m.group(2)));
                link.after(new Element("style").appendChild(new DataNode(css)));
                link.remove();
            }
            sites.put(to, inlined(page), doc.outerHtml());
        }
    }

    /** The name of {@code page}'s copy with its scripts and style sheets inline. */
    private static String inlined(String page) {
        return page.replace(".html", ".inline.html");
    }
}
