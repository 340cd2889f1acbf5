package party.wtp.check;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** The check's report for a terminal: the mirror table, what is wrong where, and replication per resource. */
final class TableReport {
    private TableReport() {}

    static void print(CheckResult result, int minReplicas, PrintWriter out) {
        out.println("party " + (result.party == null ? "(unverified)" : result.party) + ", generation "
                + result.newest + ", " + result.mirrors.size() + " mirror" + (result.mirrors.size() == 1 ? "" : "s")
                + ", " + result.resources.size() + " resource" + (result.resources.size() == 1 ? "" : "s"));
        int width = "mirror".length();
        for (MirrorHealth m : result.mirrors) {
            width = Math.max(width, m.url.toString().length());
        }
        String format = "%-" + width + "s  %-10s  %7s  %10s  %5s  %5s  %5s  %s%n";
        out.printf(format, "mirror", "status", "ms", "generation", "ok", "miss", "bad", "notes");
        for (MirrorHealth m : result.mirrors) {
            out.printf(format, m.url, result.status(m).word(),
                    m.latencyMillis() < 0 ? "-" : Long.toString(m.latencyMillis()),
                    m.generation < 0 ? "-" : Long.toString(m.generation),
                    m.count(CopyState.OK), m.count(CopyState.MISSING), m.count(CopyState.BAD) + m.count(CopyState.STALE),
                    notes(m));
        }
        for (MirrorHealth m : result.mirrors) {
            for (Map.Entry<String, CopyState> c : m.copies().entrySet()) {
                if (c.getValue() != CopyState.OK && c.getValue() != CopyState.NOT_HELD) {
                    out.println("  " + c.getValue().word() + ": " + c.getKey() + " on " + m.url + " ("
                            + m.reason(c.getKey()) + ")");
                }
            }
        }
        for (String problem : result.problems) {
            out.println("problem: " + problem);
        }
        Map<String, Integer> replication = result.replication();
        List<String> under = result.underReplicated(minReplicas);
        out.println("replication (verified copies on live mirrors, minimum " + minReplicas + "):");
        for (Map.Entry<String, Integer> e : replication.entrySet()) {
            out.println(String.format("  %3d  %s%s", e.getValue(), e.getKey(),
                    e.getValue() < minReplicas ? "  UNDER-REPLICATED" : ""));
        }
        if (under.isEmpty() && result.healthy(minReplicas)) {
            out.println("all well");
        } else {
            out.println(result.faulty().size() + " faulty mirror" + (result.faulty().size() == 1 ? "" : "s") + ", "
                    + under.size() + " under-replicated resource" + (under.size() == 1 ? "" : "s"));
        }
    }

    /** Why a mirror is not OK, in a few words; empty when it is. */
    static String notes(MirrorHealth m) {
        StringBuilder s = new StringBuilder();
        if (m.problem != null) {
            s.append(m.problem);
        }
        if (Boolean.FALSE.equals(m.bridge)) {
            s.append(s.length() > 0 ? "; " : "").append("bridge page: ").append(m.bridgeProblem);
        }
        if (m.live()) {
            s.append(s.length() > 0 ? "; " : "").append(Boolean.TRUE.equals(m.cors) ? "cors" : "no cors");
        }
        return s.toString();
    }
}
