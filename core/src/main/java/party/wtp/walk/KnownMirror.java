package party.wtp.walk;

/** The walk's state about one mirror it has heard of: where it was heard of, what it holds, what was asked of it. */
final class KnownMirror {
    final String base;
    /** Random tie-breaker within the same hop, so readers spread over mirrors. */
    final int rank;
    /** Discovery order, the last tie-breaker. */
    final int order;
    int hop;
    Holds holds;
    boolean targetAsked;
    boolean listAsked;
    /** It answered something, so it is alive. */
    boolean answered;
    /** Refused or timed out: ask it nothing more. */
    boolean unreachable;
    /** The fetch in flight to it, or null; the walk sends one request at a time to a mirror. */
    Fetch inFlight;

    KnownMirror(String base, Holds holds, int hop, int rank, int order) {
        this.base = base;
        this.holds = holds;
        this.hop = hop;
        this.rank = rank;
        this.order = order;
    }

    boolean isTargetCandidate() {
        return !targetAsked && holds != Holds.NO && !unreachable && inFlight == null;
    }

    boolean isListCandidate() {
        return !listAsked && !unreachable && inFlight == null;
    }
}
