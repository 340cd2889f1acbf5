package party.wtp.check;

import java.util.List;
import java.util.Map;

/** The whole check as one JSON document: party, mirrors (with every copy's state), replication, verdict. */
final class JsonReport {
    private JsonReport() {}

    static String render(CheckResult result, int minReplicas) {
        StringBuilder j = new StringBuilder();
        j.append("{\n  \"party\": ").append(result.party == null ? "null" : quote(result.party.toString()));
        j.append(",\n  \"generation\": ").append(result.newest);
        j.append(",\n  \"healthy\": ").append(result.healthy(minReplicas));
        j.append(",\n  \"minReplicas\": ").append(minReplicas);
        j.append(",\n  \"problems\": ").append(strings(result.problems));
        j.append(",\n  \"mirrors\": [");
        String sep = "\n";
        for (MirrorHealth m : result.mirrors) {
            j.append(sep).append("    {\"url\": ").append(quote(m.url.toString()));
            j.append(", \"status\": ").append(quote(result.status(m).word()));
            j.append(", \"latencyMs\": ").append(m.latencyMillis() < 0 ? "null" : Long.toString(m.latencyMillis()));
            j.append(", \"generation\": ").append(m.generation < 0 ? "null" : Long.toString(m.generation));
            j.append(", \"problem\": ").append(m.problem == null ? "null" : quote(m.problem));
            j.append(", \"bridge\": ").append(m.bridge);
            j.append(", \"cors\": ").append(m.live() ? m.cors : null);
            j.append(", \"ok\": ").append(m.count(CopyState.OK));
            j.append(", \"missing\": ").append(m.count(CopyState.MISSING));
            j.append(", \"bad\": ").append(m.count(CopyState.BAD));
            j.append(", \"stale\": ").append(m.count(CopyState.STALE));
            j.append(", \"copies\": {");
            String csep = "";
            for (Map.Entry<String, CopyState> c : m.copies().entrySet()) {
                j.append(csep).append(quote(c.getKey())).append(": {\"state\": ").append(quote(c.getValue().word()));
                String reason = m.reason(c.getKey());
                if (reason != null) {
                    j.append(", \"reason\": ").append(quote(reason));
                }
                j.append("}");
                csep = ", ";
            }
            j.append("}}");
            sep = ",\n";
        }
        j.append("\n  ],\n  \"replication\": {");
        sep = "\n";
        for (Map.Entry<String, Integer> e : result.replication().entrySet()) {
            j.append(sep).append("    ").append(quote(e.getKey())).append(": ").append(e.getValue());
            sep = ",\n";
        }
        j.append("\n  },\n  \"underReplicated\": ").append(strings(result.underReplicated(minReplicas)));
        j.append("\n}\n");
        return j.toString();
    }

    private static String strings(List<String> items) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            s.append(i == 0 ? "" : ", ").append(quote(items.get(i)));
        }
        return s.append("]").toString();
    }

    static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': q.append("\\\""); break;
                case '\\': q.append("\\\\"); break;
                case '\n': q.append("\\n"); break;
                case '\r': q.append("\\r"); break;
                case '\t': q.append("\\t"); break;
                default:
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
            }
        }
        return q.append('"').toString();
    }
}
