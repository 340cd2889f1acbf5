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
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chromium.HasCdp;
import party.wtp.browser.Browser;
import party.wtp.browser.BrowserTest;
import party.wtp.browser.Bundles;
import party.wtp.browser.StaticSites;
import party.wtp.browser.site.DocsSite;
import party.wtp.browser.site.PublishedSite;

/**
 * The first page of this build's client against another build of it (a {@code wtp-client.js} named by
 * {@code -Dwtp.bench.against=FILE}, e.g. one built from an earlier commit) and the plain site, in the same run,
 * interleaved page by page with the order of the two clients alternating: m1 serves this client, m5 the same mirror
 * folder with the other client in place of this one. Measured as {@link ReaderBenchmarkTest} does. Runs only with
 * {@code -Dwtp.bench=true}; writes {@code target/bench/client-start.md}.
 */
class ClientStartBenchmarkTest {
    private static final int CHAPTERS = 24;
    private static final int ROUNDS = Integer.getInteger("wtp.bench.rounds", 2);

    @BrowserTest
    void firstPageAgainstAnotherClient(Browser browser, StaticSites sites) throws IOException {
        Assumptions.assumeTrue(browser.kind().label().equals("chromium"), "the reader benchmark runs in Chromium");
        String against = System.getProperty("wtp.bench.against", "");
        Assumptions.assumeTrue(!against.isEmpty(), "-Dwtp.bench.against=FILE names the client to compare with");
        PublishedSite docs = DocsSite.publish(sites, CHAPTERS, "m1", "m2", "m3");
        servedWith(sites, "m1", "m5", Files.readAllBytes(Path.of(against)));
        ((HasCdp) browser.driver()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", ReaderBenchmarkTest.PROBE));
        ReaderBenchmarkTest.addLatency(browser);
        List<String> pages = ReaderBenchmarkTest.pages(CHAPTERS);
        List<Double> plain = new ArrayList<>();
        List<Double> mine = new ArrayList<>();
        List<Double> other = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (String page : pages) {
                plain.add(ReaderBenchmarkTest.firstPage(browser, docs.plainUrl(page)));
                boolean mineFirst = (pages.indexOf(page) + round) % 2 == 0;
                if (!mineFirst) {
                    other.add(ReaderBenchmarkTest.firstPage(browser, docs.entryUrl("m5", page)));
                }
                mine.add(ReaderBenchmarkTest.firstPage(browser, docs.entryUrl("m1", page)));
                if (mineFirst) {
                    other.add(ReaderBenchmarkTest.firstPage(browser, docs.entryUrl("m5", page)));
                }
            }
        }
        double p = ReaderBenchmarkTest.median(plain);
        double m = ReaderBenchmarkTest.median(mine);
        double o = ReaderBenchmarkTest.median(other);
        Machine machine = Machine.describe("Chromium " + browser.driver().getCapabilities().getBrowserVersion());
        String md = """
                First page, this client against %s, Chromium %s, %s, %d rounds of %d pages, %d CPUs, %s, added latency %d ms

                | median of %d first pages (ms) | plain | this | other | this / plain | other / plain | this / other |
                |---|---:|---:|---:|---:|---:|---:|
                | | %.1f | %.1f | %.1f | %.2fx | %.2fx | %.2f |
                """.formatted(against, browser.driver().getCapabilities().getBrowserVersion(),
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS), ROUNDS, pages.size(),
                machine.processors(), machine.cpu(), Integer.getInteger("wtp.bench.latency", 0), mine.size(), p, m, o, m / p, o / p, m / o);
        Path dir = Path.of(System.getProperty("wtp.bench.out", "target/bench"));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("client-start.md"), md, StandardCharsets.UTF_8);
        System.out.println(md);
        assertTrue(mine.size() >= 20 && other.size() >= 20, "at least 20 pages each way");
    }

    /** {@code to} serves {@code from}'s mirror folder with {@code client} in place of this build's client script. */
    static void servedWith(StaticSites sites, String from, String to, byte[] client) throws IOException {
        String mine = new String(Bundles.client(), StandardCharsets.UTF_8);
        changeClient(sites, from, to, text -> {
            // the salt's comment, without this build's compile hint (if any)
            String head = text.substring(text.indexOf("/* wtp mirror "), text.length() - mine.length());
            String other = new String(client, StandardCharsets.UTF_8);
            // a first line of magic comment (V8's compile hints) stays the script's first line; a bundle
            // from target/classes has none (the build adds it to the mirror's copy), so it gets this one's,
            // else it would compile lazily and lose to this client for that alone
            int hint = other.startsWith("//# ") ? other.indexOf('\n') + 1 : 0;
            String line = hint > 0 ? other.substring(0, hint)
                    : text.startsWith("//# ") ? text.substring(0, text.indexOf('\n') + 1) : "";
            return line + head + other.substring(hint);
        });
    }

    /**
     * {@code to} serves {@code from}'s mirror folder with {@code change} made to this build's client script
     * wherever the folder holds it: its own file, and the copy the entry page carries.
     */
    static void changeClient(StaticSites sites, String from, String to, UnaryOperator<String> change)
            throws IOException {
        String mine = new String(Bundles.client(), StandardCharsets.UTF_8);
        List<Path> folder;
        try (var files = Files.list(sites.folder(from))) {
            folder = files.toList();
        }
        String served = null;
        for (Path f : folder) {
            String text = f.toString().endsWith(".js") ? Files.readString(f, StandardCharsets.UTF_8) : "";
            if (text.endsWith(mine)) {
                served = text;
            }
        }
        if (served == null) {
            throw new IllegalStateException("no copy of this build's client in " + sites.folder(from));
        }
        String changed = change.apply(served);
        for (Path f : folder) {
            byte[] bytes = Files.readAllBytes(f);
            String name = f.getFileName().toString();
            if (name.endsWith(".js") || name.equals("index.html")) {
                String text = new String(bytes, StandardCharsets.UTF_8);
                bytes = (text.equals(served) ? changed : text.replace(served, changed)).getBytes(StandardCharsets.UTF_8);
            }
            sites.put(to, name, bytes);
        }
    }
}
