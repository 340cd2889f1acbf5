package party.wtp.walk;

import java.util.ArrayList;
import java.util.List;

/** One mirror of the simulated network: how it behaves on the wire, what copy of the target it has, what its list says. */
final class SimulatedMirror {
    /** How the mirror answers any request. */
    enum Liveness {
        /** Answers after 10-300 ms, streams quickly. */
        NORMAL,
        /** First byte after 700-1400 ms (past the hedge delay, within the timeout), streams slowly. */
        SLOW,
        /** Never answers. */
        DEAD,
        /** Refuses the connection after 10-150 ms. */
        REFUSED,
        /** Sends headers and one chunk, then nothing more. */
        STALL
    }

    /** What it serves for the target. */
    enum Copy { NONE, GOOD, NEWER, CORRUPT, BAD_SIGNATURE, STALE, OVERSIZE }

    /** What it serves for its own signed mirror list. */
    enum ListState { OK, BAD_SIGNATURE, MISSING }

    final String base;
    Liveness liveness;
    Copy copy;
    Holds declared;
    ListState list;
    long staleGeneration;
    int latency;
    int chunkGap;
    final List<SimulatedMirror> listed = new ArrayList<>();

    SimulatedMirror(String base) {
        this.base = base;
    }

    boolean live() {
        return liveness == Liveness.NORMAL || liveness == Liveness.SLOW;
    }

    /** A walk asking this mirror for the target gets a verified current copy. */
    boolean servesCurrent() {
        return live() && declared != Holds.NO && (copy == Copy.GOOD || copy == Copy.NEWER);
    }

    /** A walk asking this mirror for the target gets a verified older copy. */
    boolean servesStale() {
        return live() && declared != Holds.NO && copy == Copy.STALE;
    }

    /** A walk asking this mirror for its list gets it. */
    boolean servesList() {
        return live() && list == ListState.OK;
    }

    boolean holdsSomething() {
        return copy != Copy.NONE;
    }

    List<ListedMirror> listEntries() {
        List<ListedMirror> entries = new ArrayList<>();
        for (SimulatedMirror m : listed) {
            entries.add(new ListedMirror(m.base, m.declared));
        }
        return entries;
    }

    /** The failure a walk must record for a target fetch from this mirror that did not find a copy. */
    Failure expectedTargetFailure() {
        if (liveness == Liveness.DEAD || liveness == Liveness.STALL) {
            return Failure.TIMEOUT;
        }
        if (liveness == Liveness.REFUSED) {
            return Failure.REFUSED;
        }
        switch (copy) {
            case NONE:
                return Failure.NOT_FOUND;
            case CORRUPT:
                return Failure.BAD_PROOF;
            case BAD_SIGNATURE:
                return Failure.BAD_SIGNATURE;
            case OVERSIZE:
                return Failure.OVERSIZE;
            default:
                return null;
        }
    }

    @Override
    public String toString() {
        return base + " " + liveness + " " + copy + " declared " + declared + " list " + list + " -> " + listed.size();
    }
}
