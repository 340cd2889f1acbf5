package party.wtp.browser.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * Where the CPU of a party's first page goes in Chromium: the V8 sampling profile (DevTools {@code Profiler}, 100 µs)
 * of one fresh entry-page visit per run, summed over {@value #VISITS} visits of different pages, by leaf function
 * (self time) and by any frame on the stack (total time), and one visit as a timeline of 5 ms slices aligned to its
 * Resource Timing entries. Function names are readable in a bundle built with {@code -Dwtp.teavm.minifying=false}.
 * Runs only with {@code -Dwtp.bench=true}; writes {@code target/bench/first-visit-profile.md}.
 */
class FirstVisitProfileTest {
    private static final int VISITS = Integer.getInteger("wtp.bench.visits", 8);
    private static final Duration LOAD = Duration.ofSeconds(60);
    private static final double TREE_MIN_MS = 4;
    /**
     * Runs at the start of every top document: spins 1 ms in a function of its own name after stamping the time, so
     * that the profile's first sample in it places the profile on the page's clock.
     */
    private static final String ANCHOR = """
            if (window === top) {
              window.wtpAnchorAt = performance.now();
              (function wtpAnchor() { var end = performance.now() + 1; while (performance.now() < end) {} })();
            }
            """;
    @BrowserTest
    void firstVisitProfile(Browser browser, StaticSites sites) throws IOException {
        Assumptions.assumeTrue(browser.kind().label().equals("chromium"), "the DevTools profiler is Chromium's");
        PublishedSite docs = DocsSite.publish(sites, VISITS, "m1", "m2", "m3");
        stampEvaluation(sites);
        HasCdp cdp = (HasCdp) browser.driver();
        cdp.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ReaderBenchmarkTest.PROBE));
        cdp.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ANCHOR));
        String against = System.getProperty("wtp.bench.against", "");
        if (!against.isEmpty()) {
            ClientStartBenchmarkTest.servedWith(sites, "m1", "m5", Files.readAllBytes(Path.of(against)));
        }
        Map<String, Double> self = new HashMap<>();
        Map<String, Double> total = new HashMap<>();
        Map<String, Double> tree = new HashMap<>();
        StringBuilder times = new StringBuilder();
        String timeline = "";
        Map<String, List<Double>> per = new LinkedHashMap<>();
        for (int i = 1; i <= VISITS; i++) {
            String page = "chapter%02d.html".formatted(i);
            if (!against.isEmpty() && i % 2 == 0) {
                visit(browser, cdp, docs.entryUrl("m5", page)).addTo(per, "other");
            }
            Samples samples = visit(browser, cdp, docs.entryUrl("m1", page));
            samples.addTo(per, "this");
            if (i == VISITS) {
                timeline = samples.timeline(browser, samples.visible);
            }
            if (!against.isEmpty() && i % 2 == 1) {
                visit(browser, cdp, docs.entryUrl("m5", page)).addTo(per, "other");
            }
            times.append(i == 1 ? "" : ", ").append("%.1f".formatted(samples.visible));
            samples.addTo(self, total);
            samples.addPaths(tree);
        }
        StringBuilder medians = new StringBuilder("| client | visible | main thread busy | in the client script |\n"
                + "|---|---:|---:|---:|\n");
        for (String side : against.isEmpty() ? List.of("this") : List.of("this", "other")) {
            medians.append("| ").append(side.equals("this") ? "this build" : against).append(" | ")
                    .append("%.1f | %.1f | %.1f |\n".formatted(ReaderBenchmarkTest.median(per.get(side + " visible")),
                            ReaderBenchmarkTest.median(per.get(side + " busy")),
                            ReaderBenchmarkTest.median(per.get(side + " client"))));
        }
        browser.open("about:blank");
        browser.open(docs.plainUrl("chapter01.html"));
        browser.await("window.wtpFirst !== undefined", LOAD);
        String plain = "The plain site's chapter01 for comparison, visible at %.1f ms:\n\n| transfer | start | end |\n"
                .formatted(((Number) browser.script("return window.wtpFirst")).doubleValue())
                + "|---|---:|---:|\n" + transfers(browser) + "\n";
        String md = "First visits of " + VISITS + " pages (entry URL to page visible, ms): " + times + "\n\n"
                + "Medians per first visit (ms; profiled, so slower than unprofiled):\n\n" + medians + "\n"
                + table("Self time, summed over the visits (ms)", self) + "\n"
                + table("Total time (on the stack), summed over the visits (ms)", total) + "\n"
                + tree(tree) + "\n" + timeline + "\n" + plain;
        Path dir = Path.of(System.getProperty("wtp.bench.out", "target/bench"));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("first-visit-profile.md"), md, StandardCharsets.UTF_8);
        System.out.println(md);
    }

    private static String table(String title, Map<String, Double> ms) {
        StringBuilder out = new StringBuilder(title + ":\n\n| function | ms |\n|---|---:|\n");
        ms.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).limit(45)
                .forEach(e -> out.append("| `").append(e.getKey()).append("` | ")
                        .append("%.1f".formatted(e.getValue())).append(" |\n"));
        return out.toString();
    }

    /**
     * Makes m1's client script note when the engine starts running it ({@code window.wtpEvalAt}), before anything
     * of it runs: what lies between its transfer's end and that is the engine's compile, not the client.
     */
    private static void stampEvaluation(StaticSites sites) throws IOException {
        ClientStartBenchmarkTest.changeClient(sites, "m1", "m1", text -> {
            int hint = text.startsWith("//# ") ? text.indexOf('\n') + 1 : 0;
            return text.substring(0, hint) + "window.wtpEvalAt = performance.now();\n" + text.substring(hint);
        });
    }

    /** One first visit of {@code url} under the profiler. */
    private static Samples visit(Browser browser, HasCdp cdp, String url) {
        browser.open("about:blank");
        cdp.executeCdpCommand("Profiler.enable", Map.of());
        cdp.executeCdpCommand("Profiler.setSamplingInterval", Map.of("interval", 100));
        cdp.executeCdpCommand("Profiler.start", Map.of());
        browser.open(url);
        browser.await("window.wtpFirst !== undefined", LOAD);
        @SuppressWarnings("unchecked")
        Map<String, Object> profile = (Map<String, Object>) cdp.executeCdpCommand("Profiler.stop", Map.of())
                .get("profile");
        cdp.executeCdpCommand("Profiler.disable", Map.of());
        return new Samples(profile, ((Number) browser.script("return window.wtpFirst")).doubleValue());
    }

    /** The open page's transfers as table rows: the page itself, then its Resource Timing entries (ms). */
    private static String transfers(Browser browser) {
        return String.valueOf(browser.script("var out = '', n = performance.getEntriesByType('navigation')[0];"
                + "out += '| page | 0 | ' + n.responseEnd.toFixed(1) + ' |\\n';"
                + "performance.getEntriesByType('resource').forEach(function (e) {"
                + "  out += '| ' + e.initiatorType + ' ' + e.name.replace(/^.*\\//, '').slice(0, 24) + ' | '"
                + "    + e.startTime.toFixed(1) + ' | ' + e.responseEnd.toFixed(1) + ' |\\n'; });"
                + "out += '| DOMContentLoaded | ' + n.domContentLoadedEventStart.toFixed(1) + ' | |\\n';"
                + "return window.wtpEvalAt === undefined ? out"
                + "  : out + '| client script evaluated | ' + window.wtpEvalAt.toFixed(1) + ' | |\\n';"));
    }

    /** The call tree, top down, of the paths with at least {@value #TREE_MIN_MS} ms over the visits. */
    private static String tree(Map<String, Double> paths) {
        StringBuilder out = new StringBuilder("Call tree, total ms over the visits (paths of at least " + TREE_MIN_MS
                + " ms):\n\n```\n");
        paths.entrySet().stream().filter(e -> e.getValue() >= TREE_MIN_MS).sorted(Map.Entry.comparingByKey())
                .forEach(e -> {
                    String[] frames = e.getKey().split("\n");
                    out.append("  ".repeat(frames.length - 1)).append("%.1f ".formatted(e.getValue()))
                            .append(frames[frames.length - 1]).append('\n');
                });
        return out.append("```\n").toString();
    }

    /** One sampling profile: its samples' times and stacks. */
    private static final class Samples {
        private final Map<Integer, Integer> parent = new HashMap<>();
        private final Map<Integer, String> name = new HashMap<>();
        private final List<Integer> nodes = new ArrayList<>();
        private final List<Double> at = new ArrayList<>();
        /** Nodes running the client's own script (served over http, not a page's blob: script). */
        private final java.util.Set<Integer> client = new java.util.HashSet<>();
        final double visible;

        @SuppressWarnings("unchecked")
        Samples(Map<String, Object> profile, double visible) {
            this.visible = visible;
            for (Object o : (List<Object>) profile.get("nodes")) {
                Map<String, Object> node = (Map<String, Object>) o;
                int id = ((Number) node.get("id")).intValue();
                Map<String, Object> frame = (Map<String, Object>) node.get("callFrame");
                String url = String.valueOf(frame.get("url"));
                if (url.startsWith("http") && url.endsWith(".js")) {
                    client.add(id);
                }
                String file = url.isEmpty() ? "" : " " + url.replaceAll("^.*/", "").replaceAll("#.*$", "");
                String fn = String.valueOf(frame.get("functionName"));
                name.put(id, (fn.isEmpty() ? "(anonymous)" : fn) + (file.length() > 16
                        ? file.substring(0, 8) + "…" + file.substring(file.length() - 6) : file));
                List<Object> children = (List<Object>) node.get("children");
                if (children != null) {
                    for (Object c : children) {
                        parent.put(((Number) c).intValue(), id);
                    }
                }
            }
            double t = ((Number) profile.get("startTime")).doubleValue() / 1000;
            List<Object> ids = (List<Object>) profile.get("samples");
            List<Object> deltas = (List<Object>) profile.get("timeDeltas");
            for (int i = 0; i < ids.size(); i++) {
                t += ((Number) deltas.get(i)).doubleValue() / 1000;
                nodes.add(((Number) ids.get(i)).intValue());
                at.add(t);
            }
        }

        /** Milliseconds the sample {@code i} stands for: until the next sample. */
        private double width(int i) {
            return i + 1 < at.size() ? Math.min(at.get(i + 1) - at.get(i), 5) : 0.1;
        }

        /** Adds this visit's time to visible, main-thread busy time and time in the client script, by {@code side}. */
        void addTo(Map<String, List<Double>> per, String side) {
            double busy = 0;
            double ours = 0;
            for (int i = 0; i < nodes.size(); i++) {
                if (!name.get(nodes.get(i)).startsWith("(idle)")) {
                    busy += width(i);
                }
                for (Integer n = nodes.get(i); n != null; n = parent.get(n)) {
                    if (client.contains(n)) {
                        ours += width(i);
                        break;
                    }
                }
            }
            per.computeIfAbsent(side + " visible", k -> new ArrayList<>()).add(visible);
            per.computeIfAbsent(side + " busy", k -> new ArrayList<>()).add(busy);
            per.computeIfAbsent(side + " client", k -> new ArrayList<>()).add(ours);
        }

        void addTo(Map<String, Double> self, Map<String, Double> total) {
            for (int i = 0; i < nodes.size(); i++) {
                double w = width(i);
                self.merge(name.get(nodes.get(i)), w, Double::sum);
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (Integer n = nodes.get(i); n != null; n = parent.get(n)) {
                    if (seen.add(name.get(n))) {
                        total.merge(name.get(n), w, Double::sum);
                    }
                }
            }
        }

        /** Adds each sample's time to every path (root first, frames joined by newlines) on its stack. */
        void addPaths(Map<String, Double> paths) {
            for (int i = 0; i < nodes.size(); i++) {
                List<String> stack = new ArrayList<>();
                for (Integer n = nodes.get(i); n != null; n = parent.get(n)) {
                    stack.add(0, name.get(n));
                }
                StringBuilder path = new StringBuilder();
                for (String frame : stack) {
                    path.append(path.length() == 0 ? "" : "\n").append(frame);
                    paths.merge(path.toString(), width(i), Double::sum);
                }
            }
        }

        /**
         * This visit in 5 ms slices from the first sample in the client script, placed at that script's
         * {@code responseEnd}: busy ms and the three leaf functions with most time in each slice.
         */
        String timeline(Browser browser, double visible) {
            String resources = transfers(browser);
            double anchorAt = ((Number) browser.script("return window.wtpAnchorAt")).doubleValue();
            int first = -1;
            for (int i = 0; i < nodes.size() && first < 0; i++) {
                if (name.get(nodes.get(i)).startsWith("wtpAnchor")) {
                    first = i;
                }
            }
            if (first < 0) {
                return "(no sample in the anchor)\n";
            }
            double zero = at.get(first) - anchorAt;
            StringBuilder out = new StringBuilder("One visit, visible at %.1f ms; transfers (ms from navigation start):"
                    .formatted(visible) + "\n\n| transfer | start | end |\n|---|---:|---:|\n" + resources
                    + "\nCPU by 5 ms slice (ms from navigation start, aligned by a spin of 1 ms at the document's"
                    + " start):"
                    + "\n\n| slice | busy ms | top leaf functions (ms) |\n|---|---:|---|\n");
            Map<Integer, Map<String, Double>> slices = new LinkedHashMap<>();
            for (int i = 0; i < nodes.size(); i++) {
                String leaf = name.get(nodes.get(i));
                double t = at.get(i) - zero;
                if (t < 0 || t > visible + 5) {
                    continue;
                }
                slices.computeIfAbsent((int) (t / 5), k -> new HashMap<>()).merge(leaf, width(i), Double::sum);
            }
            slices.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                double busy = e.getValue().entrySet().stream().filter(x -> !x.getKey().startsWith("(idle)"))
                        .mapToDouble(Map.Entry::getValue).sum();
                StringBuilder top = new StringBuilder();
                e.getValue().entrySet().stream().filter(x -> !x.getKey().startsWith("(idle)"))
                        .sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).limit(4)
                        .forEach(x -> top.append("`").append(x.getKey()).append("` ")
                                .append("%.1f".formatted(x.getValue())).append("; "));
                out.append("| ").append(e.getKey() * 5).append("–").append(e.getKey() * 5 + 5).append(" | ")
                        .append("%.1f".formatted(busy)).append(" | ").append(top).append("|\n");
            });
            return out.toString();
        }
    }
}
