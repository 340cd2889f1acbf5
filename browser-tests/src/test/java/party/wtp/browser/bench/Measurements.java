package party.wtp.browser.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The timed samples of all rounds, grouped by operation, input size and implementation, reduced to medians:
 * MiB/s for byte operations, operations per second for Ed25519 verification.
 */
final class Measurements {
    static final double MIB = 1 << 20;
    private final Map<String, List<Double>> rates = new LinkedHashMap<>();
    private final List<Map<String, Object>> raw = new ArrayList<>();

    /** Adds one sample from the page: {@code op, size, impl, round, bytes, ms, calls}. */
    void add(Map<String, Object> sample) {
        raw.add(sample);
        double ms = ((Number) sample.get("ms")).doubleValue();
        double bytes = ((Number) sample.get("bytes")).doubleValue();
        double calls = ((Number) sample.get("calls")).doubleValue();
        double rate = bytes > 0 ? bytes / MIB / (ms / 1000) : calls / (ms / 1000);
        rates.computeIfAbsent(key(sample.get("op"), sample.get("size"), sample.get("impl")), k -> new ArrayList<>())
                .add(rate);
    }

    /** The median rate of one implementation for one operation and size. */
    double median(String op, int size, String impl) {
        List<Double> r = rates.get(key(op, size, impl));
        if (r == null || r.isEmpty()) {
            throw new IllegalArgumentException("no samples for " + key(op, size, impl));
        }
        List<Double> sorted = new ArrayList<>(r);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Every rate of one implementation for one operation and size, in round order. */
    List<Double> rates(String op, int size, String impl) {
        return List.copyOf(rates.getOrDefault(key(op, size, impl), List.of()));
    }

    List<Map<String, Object>> raw() {
        return raw;
    }

    private static String key(Object op, Object size, Object impl) {
        return op + " " + ((Number) size).intValue() + " " + impl;
    }
}
