package party.wtp.browser.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import party.wtp.browser.Browser;

/**
 * Where first pages' time goes, as medians over many visits rather than one timeline: after each visit the open
 * page's milestones (ms from navigation start) from its Resource Timing entries and the probe's stamps
 * ({@link ReaderBenchmarkTest#PROBE}: frame written, heading in, document complete, visible), per side.
 */
final class PagePhases {
    /** The milestones of the page just shown; a party's transfers are XHRs, the first one the page's envelope. */
    private static final String READ = """
            var n = performance.getEntriesByType('navigation')[0], out = {}, all = performance.getEntriesByType('resource');
            var files = all.filter(function (e) { return !/favicon/.test(e.name); });
            var xhrs = files.filter(function (e) { return e.initiatorType === 'xmlhttprequest'; });
            var scripts = files.filter(function (e) { return e.initiatorType === 'script'; });
            function end(list) { return list.reduce(function (m, e) { return Math.max(m, e.responseEnd); }, 0); }
            out['document received'] = n.responseEnd;
            if (xhrs.length > 1) {
              out['client script received'] = scripts.length ? scripts[0].responseEnd : 0;
              out['page requested (client started)'] = xhrs[0].startTime;
              out['page received'] = xhrs[0].responseEnd;
              out['page\\'s files requested'] = xhrs[1].startTime;
              out['last file received'] = end(xhrs);
              out['page written into its frame (probe, every 2-4 ms)'] = window.wtpFrameAt;
            } else {
              out['files requested'] = files.length ? files[0].startTime : 0;
              out['last file received'] = end(files);
            }
            out['heading in (probe)'] = window.wtpHeadingAt;
            out['document complete (probe)'] = window.wtpCompleteAt;
            out['visible'] = window.wtpFirst;
            return JSON.stringify(out);
            """;

    private final Map<String, Map<String, List<Double>>> sides = new LinkedHashMap<>();

    /** Adds the milestones of the page {@code browser} shows now to {@code side}'s. */
    void add(Browser browser, String side) {
        String json = String.valueOf(browser.script(READ));
        Map<String, List<Double>> phases = sides.computeIfAbsent(side, k -> new LinkedHashMap<>());
        for (String pair : json.substring(1, json.length() - 1).split(",(?=\")")) {
            int colon = pair.lastIndexOf(':');
            String name = pair.substring(1, colon - 1).replace("\\'", "'");
            String value = pair.substring(colon + 1);
            if (!value.equals("null")) {
                phases.computeIfAbsent(name, k -> new ArrayList<>()).add(Double.parseDouble(value));
            }
        }
    }

    /** One table per side: each milestone's median, in order, and the step from the milestone before. */
    String table() {
        StringBuilder out = new StringBuilder();
        for (var side : sides.entrySet()) {
            out.append("\nMilestones of the ").append(side.getKey()).append(" first pages (medians, ms from navigation"
                    + " start):\n\n| milestone | at | after the one before |\n|---|---:|---:|\n");
            double before = 0;
            Map<String, Double> medians = new LinkedHashMap<>();
            side.getValue().forEach((name, times) -> medians.put(name, ReaderBenchmarkTest.median(times)));
            for (var phase : medians.entrySet().stream().sorted(Map.Entry.comparingByValue()).toList()) {
                double at = phase.getValue();
                out.append("| %s | %.1f | %.1f |\n".formatted(phase.getKey(), at, at - before));
                before = at;
            }
        }
        return out.toString();
    }
}
