package party.wtp.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import party.wtp.manifest.Holdings;
import party.wtp.manifest.MirrorUrl;
import party.wtp.naming.MirrorSalt;

/** Everything the check learned about one mirror; filled in by the spider's workers, read by the reports. */
final class MirrorHealth {
    final MirrorUrl url;
    volatile MirrorSalt salt;
    volatile Holdings holdings;
    volatile long maxResourceLength;
    /** The generation of its manifest, or -1 when none was read. */
    volatile long generation = -1;
    /** Why it is down or its manifest bad; null while none. */
    volatile String problem;
    volatile boolean manifestBad;
    volatile Boolean bridge;
    volatile String bridgeProblem;
    volatile Boolean cors;
    private final List<Long> latencies = new ArrayList<>();
    /** Per resource path: the state of its copy; and the reason, for copies not OK. */
    private final Map<String, CopyState> copies = new LinkedHashMap<>();
    private final Map<String, String> reasons = new LinkedHashMap<>();

    MirrorHealth(MirrorUrl url, MirrorSalt salt) {
        this.url = url;
        this.salt = salt;
    }

    synchronized void took(long millis) {
        latencies.add(millis);
    }

    synchronized void copy(String path, CopyState state, String reason) {
        copies.put(path, state);
        if (reason != null) {
            reasons.put(path, reason);
        }
    }

    /** Median of the request times, in ms, or -1 with no request answered. */
    synchronized long latencyMillis() {
        if (latencies.isEmpty()) {
            return -1;
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    synchronized Map<String, CopyState> copies() {
        return new LinkedHashMap<>(copies);
    }

    synchronized String reason(String path) {
        return reasons.get(path);
    }

    synchronized int count(CopyState state) {
        return (int) copies.values().stream().filter(s -> s == state).count();
    }

    /** Reachable with a verified manifest (possibly stale). */
    boolean live() {
        return generation >= 0 && problem == null;
    }

    MirrorStatus status(long newest) {
        if (generation < 0 && !manifestBad) {
            return MirrorStatus.DOWN;
        }
        if (manifestBad || count(CopyState.BAD) > 0 || Boolean.FALSE.equals(bridge)) {
            return MirrorStatus.BAD;
        }
        if (generation < newest || count(CopyState.STALE) > 0) {
            return MirrorStatus.STALE;
        }
        if (count(CopyState.MISSING) > 0) {
            return MirrorStatus.INCOMPLETE;
        }
        return MirrorStatus.OK;
    }
}
