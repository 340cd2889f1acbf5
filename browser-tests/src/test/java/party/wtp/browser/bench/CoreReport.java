package party.wtp.browser.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's result: the table of medians and ratios (core / noble) in Markdown, the targets with
 * a plain met / not met, and everything as one JSON-ready map.
 */
final class CoreReport {
    /** Issue "Foundation": opening a 1 MiB envelope in headless Chromium. */
    static final double OPEN_1MIB_TARGET = 50;
    /** Issue "Foundation": the client bundle, gzipped, in kB (1000 bytes). */
    static final int CLIENT_GZIP_TARGET = 60_000;

    private final Measurements m;
    private final int[] sizes;
    private final List<BundleSize> bundles;
    private final List<Row> rows = new ArrayList<>();

    private record Row(String label, String op, int size, String unit) {
    }

    CoreReport(Measurements m, int[] sizes, int edMessageLength, List<BundleSize> bundles) {
        this.m = m;
        this.sizes = sizes.clone();
        this.bundles = List.copyOf(bundles);
        for (int size : sizes) {
            rows.add(new Row("SHA-256", "sha256", size, "MiB/s"));
        }
        for (int size : sizes) {
            rows.add(new Row("ChaCha20 decrypt", "chacha20", size, "MiB/s"));
        }
        rows.add(new Row("Ed25519 verify, " + edMessageLength + " B message", "ed25519-verify", edMessageLength,
                "verifications/s"));
        for (int size : sizes) {
            rows.add(new Row("open and verify an envelope", "envelope-open", size, "MiB/s"));
        }
    }

    double ratio(String op, int size) {
        return m.median(op, size, "core") / m.median(op, size, "noble");
    }

    String markdown() {
        StringBuilder t = new StringBuilder();
        t.append("| operation | input | core (TeaVM) | noble | core / noble | unit |\n");
        t.append("| --- | --- | ---: | ---: | ---: | --- |\n");
        for (Row r : rows) {
            t.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %.2fx | %s |%n", r.label, input(r),
                    number(m.median(r.op, r.size, "core")), number(m.median(r.op, r.size, "noble")),
                    ratio(r.op, r.size), r.unit));
        }
        t.append("\n| bundle | minified bytes | gzip -9 bytes |\n| --- | ---: | ---: |\n");
        for (BundleSize b : bundles) {
            t.append(String.format(Locale.ROOT, "| %s | %,d | %,d |%n", b.name(), b.bytes(), b.gzipBytes()));
        }
        t.append("\n| target | measured | verdict |\n| --- | --- | --- |\n");
        for (Map<String, Object> target : targets()) {
            t.append("| ").append(target.get("target")).append(" | ").append(target.get("measured")).append(" | ")
                    .append(Boolean.TRUE.equals(target.get("met")) ? "met" : "**not met**").append(" |\n");
        }
        return t.toString();
    }

    List<Map<String, Object>> targets() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String[] op : new String[][] {{"sha256", "SHA-256"}, {"chacha20", "ChaCha20 decrypt"}}) {
            StringBuilder measured = new StringBuilder();
            boolean met = true;
            for (int size : sizes) {
                double ratio = ratio(op[0], size);
                met &= ratio >= 1.0;
                measured.append(measured.length() == 0 ? "" : ", ")
                        .append(String.format(Locale.ROOT, "%.2fx at %s", ratio, mib(size)));
            }
            out.add(target(op[1] + " >= 1.0x noble", measured.toString(), met));
        }
        double open = m.median("envelope-open", 1 << 20, "core");
        out.add(target("open a 1 MiB envelope >= " + (int) OPEN_1MIB_TARGET + " MiB/s",
                String.format(Locale.ROOT, "%.1f MiB/s", open), open >= OPEN_1MIB_TARGET));
        for (BundleSize b : bundles) {
            if (b.name().equals("wtp-client.js")) {
                out.add(target("wtp-client.js <= 60 kB gzip", String.format(Locale.ROOT, "%,d bytes", b.gzipBytes()),
                        b.gzipBytes() <= CLIENT_GZIP_TARGET));
            }
            if (b.name().equals("wtp-testkit.js")) {
                // the testkit carries all of the core (open, seal, vectors) plus test-only exports: an upper
                // bound for a client that does everything, while wtp-client.js is still a stub
                out.add(target("upper bound: wtp-testkit.js <= 60 kB gzip",
                        String.format(Locale.ROOT, "%,d bytes", b.gzipBytes()), b.gzipBytes() <= CLIENT_GZIP_TARGET));
            }
        }
        return out;
    }

    Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Map<String, Object>> medians = new ArrayList<>();
        for (Row r : rows) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("op", r.op);
            row.put("size", r.size);
            row.put("unit", r.unit);
            row.put("core", m.median(r.op, r.size, "core"));
            row.put("noble", m.median(r.op, r.size, "noble"));
            row.put("ratio", ratio(r.op, r.size));
            row.put("coreRounds", m.rates(r.op, r.size, "core"));
            row.put("nobleRounds", m.rates(r.op, r.size, "noble"));
            medians.add(row);
        }
        out.put("medians", medians);
        List<Map<String, Object>> b = new ArrayList<>();
        for (BundleSize s : bundles) {
            b.add(Map.of("name", s.name(), "bytes", s.bytes(), "gzip9Bytes", s.gzipBytes()));
        }
        out.put("bundles", b);
        out.put("targets", targets());
        return out;
    }

    private static Map<String, Object> target(String what, String measured, boolean met) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("target", what);
        t.put("measured", measured);
        t.put("met", met);
        return t;
    }

    private static String input(Row r) {
        return r.op.equals("ed25519-verify") ? "-" : mib(r.size);
    }

    private static String mib(int size) {
        return (size >> 20) + " MiB";
    }

    private static String number(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
