package party.wtp.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import party.wtp.crypto.Fingerprint;

/** What a check found: every mirror reached or named, every resource, the newest generation, and party-wide problems. */
final class CheckResult {
    final List<MirrorHealth> mirrors;
    final List<CheckedResource> resources;
    final long newest;
    final List<String> problems;
    /** The party's fingerprint, or null when no manifest could be verified. */
    final Fingerprint party;
    private Map<String, Integer> replication;

    CheckResult(List<MirrorHealth> mirrors, List<CheckedResource> resources, long newest, List<String> problems,
            Fingerprint party) {
        this.mirrors = mirrors;
        this.resources = resources;
        this.newest = newest;
        this.problems = problems;
        this.party = party;
    }

    MirrorStatus status(MirrorHealth m) {
        return m.status(newest);
    }

    /**
     * Per resource path: on how many mirrors (not down) a verified copy of the newest generation is served. Counted
     * once (the check is over when a result exists) and shared by the table, the JSON, the HTML and the verdict.
     */
    synchronized Map<String, Integer> replication() {
        if (replication == null) {
            replication = Collections.unmodifiableMap(countReplicas());
        }
        return replication;
    }

    private Map<String, Integer> countReplicas() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (CheckedResource r : resources) {
            counts.put(r.path, 0);
        }
        for (MirrorHealth m : mirrors) {
            if (!m.live() || m.generation != newest) {
                continue;
            }
            for (Map.Entry<String, CopyState> c : m.copies().entrySet()) {
                if (c.getValue() == CopyState.OK && counts.containsKey(c.getKey())) {
                    counts.merge(c.getKey(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /** The resource paths with fewer than {@code min} verified copies. */
    List<String> underReplicated(int min) {
        List<String> under = new ArrayList<>();
        for (Map.Entry<String, Integer> e : replication().entrySet()) {
            if (e.getValue() < min) {
                under.add(e.getKey());
            }
        }
        return under;
    }

    /** The mirrors whose status is not OK. */
    List<MirrorHealth> faulty() {
        List<MirrorHealth> faulty = new ArrayList<>();
        for (MirrorHealth m : mirrors) {
            if (status(m) != MirrorStatus.OK) {
                faulty.add(m);
            }
        }
        return faulty;
    }

    /** True when every mirror is OK, nothing is under-replicated and the party itself was readable. */
    boolean healthy(int minReplicas) {
        return party != null && problems.isEmpty() && faulty().isEmpty() && underReplicated(minReplicas).isEmpty();
    }
}
