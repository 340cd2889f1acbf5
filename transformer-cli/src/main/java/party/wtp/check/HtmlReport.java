package party.wtp.check;

import java.util.Map;

/** The check as one self-contained HTML page: inline CSS, the mirror table and an inline SVG bar chart of replication. */
final class HtmlReport {
    private static final int BAR_HEIGHT = 18;
    private static final int LABEL_WIDTH = 260;
    private static final int UNIT = 40;

    private HtmlReport() {}

    static String render(CheckResult result, int minReplicas) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>wtp check</title>\n");
        h.append("<style>\nbody{font:14px system-ui,sans-serif;margin:2em;color:#222}\n"
                + "table{border-collapse:collapse}td,th{padding:.3em .8em;border-bottom:1px solid #ddd;text-align:left}\n"
                + ".ok{color:#176b2c}.down,.bad{color:#b00020;font-weight:bold}.stale,.incomplete{color:#a65f00}\n"
                + "svg text{font:12px system-ui,sans-serif}\n</style>\n</head>\n<body>\n");
        h.append("<h1>Party ").append(esc(result.party == null ? "(unverified)" : result.party.toString()))
                .append("</h1>\n<p>Generation ").append(result.newest).append(": ")
                .append(result.healthy(minReplicas) ? "<span class=\"ok\">all well</span>"
                        : "<span class=\"bad\">needs attention</span>").append("</p>\n");
        for (String problem : result.problems) {
            h.append("<p class=\"bad\">").append(esc(problem)).append("</p>\n");
        }
        h.append("<table>\n<tr><th>mirror</th><th>status</th><th>latency ms</th><th>generation</th><th>ok</th>"
                + "<th>missing</th><th>bad</th><th>notes</th></tr>\n");
        for (MirrorHealth m : result.mirrors) {
            String status = result.status(m).word();
            h.append("<tr><td>").append(esc(m.url.toString())).append("</td><td class=\"").append(status).append("\">")
                    .append(status).append("</td><td>").append(m.latencyMillis() < 0 ? "-" : m.latencyMillis())
                    .append("</td><td>").append(m.generation < 0 ? "-" : Long.toString(m.generation))
                    .append("</td><td>").append(m.count(CopyState.OK)).append("</td><td>")
                    .append(m.count(CopyState.MISSING)).append("</td><td>")
                    .append(m.count(CopyState.BAD) + m.count(CopyState.STALE)).append("</td><td>")
                    .append(esc(TableReport.notes(m))).append("</td></tr>\n");
        }
        h.append("</table>\n<h2>Replication per resource (minimum ").append(minReplicas).append(")</h2>\n");
        Map<String, Integer> replication = result.replication();
        int most = Math.max(minReplicas, replication.values().stream().mapToInt(Integer::intValue).max().orElse(0));
        int width = LABEL_WIDTH + UNIT * most + 40;
        int height = BAR_HEIGHT * replication.size() + 10;
        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" role=\"img\" aria-label=\"replication per resource\">\n");
        int y = 0;
        for (Map.Entry<String, Integer> e : replication.entrySet()) {
            boolean under = e.getValue() < minReplicas;
            h.append("<text x=\"0\" y=\"").append(y + 13).append("\">").append(esc(e.getKey())).append("</text>");
            h.append("<rect class=\"bar\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 2)
                    .append("\" width=\"").append(UNIT * e.getValue()).append("\" height=\"").append(BAR_HEIGHT - 4)
                    .append("\" fill=\"").append(under ? "#b00020" : "#2e7d32").append("\"/>");
            h.append("<text x=\"").append(LABEL_WIDTH + UNIT * e.getValue() + 5).append("\" y=\"").append(y + 13)
                    .append("\">").append(e.getValue()).append(under ? " (under)" : "").append("</text>\n");
            y += BAR_HEIGHT;
        }
        int line = LABEL_WIDTH + UNIT * minReplicas;
        h.append("<line x1=\"").append(line).append("\" y1=\"0\" x2=\"").append(line).append("\" y2=\"").append(height)
                .append("\" stroke=\"#555\" stroke-dasharray=\"4 3\"/>\n</svg>\n</body>\n</html>\n");
        return h.toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
