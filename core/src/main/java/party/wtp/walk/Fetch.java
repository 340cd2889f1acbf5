package party.wtp.walk;

/**
 * One request the walk asked for, and what became of it. The driver gets it inside a starting {@link Action}, performs it,
 * and reports back by passing this same object to the walk's event methods. It doubles as the walk's per-mirror log entry:
 * after the walk, {@link #state()}, {@link #failure()} and {@link #generation()} tell what happened and why.
 * Times are milliseconds since the walk started.
 */
public final class Fetch {
    /** What is fetched from the mirror. */
    public enum Kind {
        /** The walk's target resource. */
        TARGET,
        /** The mirror's own signed mirror list, to discover further mirrors. */
        LIST
    }

    /** Where the fetch stands. */
    public enum State {
        /** Started and not yet settled. */
        RUNNING,
        /** A target copy that verified was received ({@link #generation()} says which). */
        FOUND,
        /** A verified mirror list was received. */
        LISTED,
        /** The fetch gave no usable answer ({@link #failure()} says why). */
        FAILED,
        /** The walk stopped wanting it (it finished or hit a cap) before it settled. */
        CANCELLED
    }

    final MirrorWalk walk;
    final KnownMirror mirror;
    private final int number;
    private final Kind kind;
    private final int timeoutMillis;
    private final int byteLimit;
    private final int startedAt;

    int lastProgressAt;
    boolean answered;
    int bytes;
    State state = State.RUNNING;
    int endedAt = -1;
    Failure failure;
    long generation = -1;
    boolean stale;
    int listedCount = -1;

    Fetch(MirrorWalk walk, KnownMirror mirror, int number, Kind kind, int timeoutMillis, int byteLimit, int startedAt) {
        this.walk = walk;
        this.mirror = mirror;
        this.number = number;
        this.kind = kind;
        this.timeoutMillis = timeoutMillis;
        this.byteLimit = byteLimit;
        this.startedAt = startedAt;
        this.lastProgressAt = startedAt;
    }

    /** 1 for the walk's first fetch, then 2, 3, ... in start order. */
    public int number() {
        return number;
    }

    /** Whether the target or the mirror's list is fetched. */
    public Kind kind() {
        return kind;
    }

    /** Base URL of the mirror asked. */
    public String mirror() {
        return mirror.base;
    }

    /** Hops from the reader's current mirror: 0 for it, 1 for its list's mirrors, 2 for theirs, and so on. */
    public int hop() {
        return mirror.hop;
    }

    /**
     * Idle timeout: the walk fails this fetch with {@link Failure#TIMEOUT} and emits a cancel when it goes this long without
     * progress ({@link MirrorWalk#read}). The driver need not time anything itself; do not give this to a transport timeout
     * that covers the whole transfer (XHR {@code timeout}), or slow but steady downloads get cut.
     */
    public int timeoutMillis() {
        return timeoutMillis;
    }

    /** Bytes left in the walk's budget when this fetch started; a longer answer can be reported as {@link Failure#OVERSIZE}. */
    public int byteLimit() {
        return byteLimit;
    }

    public State state() {
        return state;
    }

    public boolean isRunning() {
        return state == State.RUNNING;
    }

    /** Why it failed, or null unless {@link #state()} is {@link State#FAILED}. */
    public Failure failure() {
        return failure;
    }

    /** Generation of the copy found, or -1 unless {@link #state()} is {@link State#FOUND}. */
    public long generation() {
        return generation;
    }

    /** True when the copy found is of an older generation than the walk knew of. */
    public boolean isStale() {
        return stale;
    }

    /** Number of entries in the list received, or -1 unless {@link #state()} is {@link State#LISTED}. */
    public int listedCount() {
        return listedCount;
    }

    /** Bytes the walk accepted for this fetch. */
    public int bytes() {
        return bytes;
    }

    public int startedAtMillis() {
        return startedAt;
    }

    /** When it settled, or -1 while running. */
    public int endedAtMillis() {
        return endedAt;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        s.append('#').append(number).append(' ').append(kind == Kind.TARGET ? "target" : "list").append(' ')
                .append(mirror.base).append(" hop ").append(mirror.hop).append(" at ").append(startedAt).append("ms: ");
        switch (state) {
            case RUNNING:
                s.append("running");
                break;
            case FOUND:
                s.append(stale ? "stale generation " : "generation ").append(generation);
                break;
            case LISTED:
                s.append("listed ").append(listedCount).append(" mirrors");
                break;
            case FAILED:
                s.append(failure);
                break;
            default:
                s.append("cancelled");
                break;
        }
        if (endedAt >= 0) {
            s.append(" at ").append(endedAt).append("ms");
        }
        return s.toString();
    }
}
