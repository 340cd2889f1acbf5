package party.wtp.browser.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;
import party.wtp.browser.StaticSites;
import party.wtp.browser.legacy.InternetExplorer;
import party.wtp.browser.site.PublishedSite;

/**
 * HtmlUnit 2.70's Internet Explorer with Rhino's interpreter (HtmlUnit's own setting) against Rhino's compiled mode
 * (the legacy suite's setting), same JVM, modes alternating within every round: a 3,000,000-step loop, loading the
 * legacy testkit and opening one test vector with it, and the legacy client's first page of the legacy test site
 * (entry page to heading shown). Medians of {@link #ROUNDS}; writes {@code target/bench/ie-rhino.md}.
 */
class InternetExplorerRhinoBenchmarkTest {
    private static final int ROUNDS = 3;
    private static final Duration LIMIT = Duration.ofMinutes(5);
    private static final String SHOWN = "document.querySelector('iframe[data-wtp-page]').contentDocument";

    @TempDir
    Path root;

    @Test
    void interpretedAgainstCompiled() throws IOException, URISyntaxException {
        try (StaticSites sites = StaticSites.start(root)) {
            Path html = Path.of(InternetExplorer.class.getResource("site").toURI());
            PublishedSite site = PublishedSite.publish(sites, html, "m2");
            publishProbes(sites);
            Map<String, List<Double>> samples = new LinkedHashMap<>();
            for (int round = 0; round < ROUNDS; round++) {
                for (boolean compiled : new boolean[] {false, true}) {
                    String mode = compiled ? "compiled" : "interpreted";
                    try (InternetExplorer ie = new InternetExplorer(compiled)) {
                        ie.open(sites.url("m1", "/loop.html"));
                        add(samples, "3,000,000-step loop", mode, Double.parseDouble(ie.text("window.loopMs")));
                        ie.open(sites.url("m1", "/testkit.html"));
                        add(samples, "legacy testkit load", mode, Double.parseDouble(ie.text("window.loadMs")));
                        long start = System.nanoTime();
                        assertEquals("ok", ie.text("wtpTestkit.envelope.checkVector(vector)"));
                        add(samples, "one vector open (testkit)", mode, (System.nanoTime() - start) / 1e6);
                        start = System.nanoTime();
                        ie.open(site.entryUrl("m2", "index.html"));
                        ie.await("document.querySelector('iframe[data-wtp-page]') && " + SHOWN
                                + ".getElementsByTagName('h1').length > 0", LIMIT);
                        add(samples, "first page shown (client)", mode, (System.nanoTime() - start) / 1e6);
                    }
                }
            }
            report(samples);
        }
    }

    private static void add(Map<String, List<Double>> samples, String what, String mode, double ms) {
        samples.computeIfAbsent(what + "|" + mode, k -> new ArrayList<>()).add(ms);
        System.out.printf("IE %s, %s: %.0f ms%n", what, mode, ms);
    }

    private static void publishProbes(StaticSites sites) throws IOException {
        sites.put("m1", "loop.html", "<!DOCTYPE html><html><body><script>var t0 = new Date().getTime();"
                + "(function () { var x = 0; for (var i = 0; i < 3000000; i++) { x = (x + i * 7) | 0; } window.r = x; })();"
                + "window.loopMs = new Date().getTime() - t0;</script></body></html>");
        try (InputStream in = InternetExplorerRhinoBenchmarkTest.class.getClassLoader()
                .getResourceAsStream("party/wtp/client/wtp-testkit-legacy.js")) {
            if (in == null) {
                throw new IllegalStateException("wtp-testkit-legacy.js is missing: build client-legacy first");
            }
            sites.put("m1", "testkit.js", in.readAllBytes());
        }
        String vector = Files.readString(Path.of(System.getProperty("wtp.root", ".."), "testdata", "vectors",
                "01-resource-ok.txt"));
        sites.put("m1", "testkit.html", "<!DOCTYPE html><html><body><script>var t0 = new Date().getTime();</script>"
                + "<script src=\"testkit.js\"></script><script>window.loadMs = new Date().getTime() - t0;"
                + "var vector = " + new Json().toJson(vector).replace("</", "<\\/") + ";</script></body></html>");
    }

    private static void report(Map<String, List<Double>> samples) {
        StringBuilder md = new StringBuilder("| HtmlUnit 2.70 IE | interpreted ms | compiled ms | compiled / interpreted |\n"
                + "| --- | ---: | ---: | ---: |\n");
        for (String what : List.of("3,000,000-step loop", "legacy testkit load", "one vector open (testkit)",
                "first page shown (client)")) {
            double interpreted = median(samples.get(what + "|interpreted"));
            double compiled = median(samples.get(what + "|compiled"));
            md.append(String.format("| %s | %.0f | %.0f | %.2f |%n", what, interpreted, compiled, compiled / interpreted));
        }
        md.append("\nSamples (ms, round order): ").append(samples).append('\n');
        System.out.println(md);
        try {
            Path out = Path.of("target", "bench", "ie-rhino.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, md);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
