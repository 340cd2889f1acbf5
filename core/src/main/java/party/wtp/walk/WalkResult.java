package party.wtp.walk;

import java.util.Collections;
import java.util.List;

/**
 * How a finished walk ended: the copy it found (current, or stale as a fallback) or that it gave up, why it stopped, and
 * every fetch it made with its outcome, for a plain-words message to the reader and for mirror health reports.
 */
public final class WalkResult {
    private final StopReason stopReason;
    private final Fetch copy;
    private final List<Fetch> attempts;
    private final int elapsedMillis;
    private final int bytesRead;
    private final int saidNotHeld;
    private final long knownGeneration;

    WalkResult(StopReason stopReason, Fetch copy, List<Fetch> attempts, int elapsedMillis, int bytesRead, int saidNotHeld,
               long knownGeneration) {
        this.stopReason = stopReason;
        this.copy = copy;
        this.attempts = Collections.unmodifiableList(attempts);
        this.elapsedMillis = elapsedMillis;
        this.bytesRead = bytesRead;
        this.saidNotHeld = saidNotHeld;
        this.knownGeneration = knownGeneration;
    }

    /** True when a verified copy was found, current or stale. */
    public boolean isFound() {
        return copy != null;
    }

    /** True when the copy found is of the known generation or newer. */
    public boolean isCurrent() {
        return copy != null && !copy.isStale();
    }

    /** True when only an older generation was found: the best fallback there is. */
    public boolean isStale() {
        return copy != null && copy.isStale();
    }

    /** The fetch that delivered the copy used; throws unless {@link #isFound()}. */
    public Fetch copy() {
        if (copy == null) {
            throw new IllegalStateException("the walk found no copy: " + summary());
        }
        return copy;
    }

    /** Base URL of the mirror the copy came from; throws unless {@link #isFound()}. */
    public String mirror() {
        return copy().mirror();
    }

    /** Generation of the copy found; throws unless {@link #isFound()}. */
    public long generation() {
        return copy().generation();
    }

    /** Why the walk stopped looking ({@link StopReason#FOUND_CURRENT} when it found a current copy). */
    public StopReason stopReason() {
        return stopReason;
    }

    /** Every fetch the walk made, in start order, each with its outcome: the per-mirror account. */
    public List<Fetch> attempts() {
        return attempts;
    }

    /** How many target fetches failed for this reason. */
    public int targetFailures(Failure failure) {
        int n = 0;
        for (Fetch f : attempts) {
            if (f.kind() == Fetch.Kind.TARGET && f.failure() == failure) {
                n++;
            }
        }
        return n;
    }

    /** How many mirrors asked for the target. */
    public int mirrorsTried() {
        int n = 0;
        for (Fetch f : attempts) {
            if (f.kind() == Fetch.Kind.TARGET) {
                n++;
            }
        }
        return n;
    }

    /** Mirrors the walk heard of whose signed list entry says they do not hold the target (so they were not asked). */
    public int mirrorsSayingNotHeld() {
        return saidNotHeld;
    }

    public int elapsedMillis() {
        return elapsedMillis;
    }

    public int bytesRead() {
        return bytesRead;
    }

    /** The highest generation known when the walk started. */
    public long knownGeneration() {
        return knownGeneration;
    }

    /**
     * One or two sentences in plain English, e.g. "Could not find this file on any mirror: tried 5 mirrors; 2 did not have it,
     * 3 did not answer in time; no other mirrors are known."
     */
    public String summary() {
        StringBuilder s = new StringBuilder();
        if (isCurrent()) {
            s.append("Found the current copy (generation ").append(copy.generation()).append(") at ").append(copy.mirror())
                    .append(" after trying ").append(mirrorsTried()).append(mirrorsTried() == 1 ? " mirror." : " mirrors.");
            return s.toString();
        }
        if (isStale()) {
            s.append("Showing an older copy (generation ").append(copy.generation()).append(" of ").append(knownGeneration)
                    .append(") from ").append(copy.mirror()).append(": no mirror reached had the current one");
        } else {
            s.append("Could not find this file on any mirror");
        }
        int tried = mirrorsTried();
        s.append(": tried ").append(tried).append(tried == 1 ? " mirror" : " mirrors");
        boolean first = true;
        Failure[] all = Failure.values();
        for (int i = 0; i < all.length; i++) {
            int n = targetFailures(all[i]);
            if (n > 0) {
                s.append(first ? "; " : ", ").append(n).append(' ').append(all[i].plainWords());
                first = false;
            }
        }
        int stale = 0;
        int cancelled = 0;
        for (Fetch f : attempts) {
            if (f.kind() == Fetch.Kind.TARGET && f.isStale()) {
                stale++;
            }
            if (f.kind() == Fetch.Kind.TARGET && f.state() == Fetch.State.CANCELLED) {
                cancelled++;
            }
        }
        if (stale > 0) {
            s.append(first ? "; " : ", ").append(stale).append(" had only an older copy");
            first = false;
        }
        if (cancelled > 0) {
            s.append(first ? "; " : ", ").append(cancelled).append(" were still loading");
        }
        if (saidNotHeld > 0) {
            s.append("; ").append(saidNotHeld).append(saidNotHeld == 1 ? " more says" : " more say")
                    .append(" it does not carry this file");
        }
        s.append("; ").append(stopReason.plainWords()).append('.');
        return s.toString();
    }

    @Override
    public String toString() {
        return summary();
    }
}
