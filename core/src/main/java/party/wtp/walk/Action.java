package party.wtp.walk;

/** Something the walk asks its driver to do now: start a fetch, or cancel one it no longer wants (abort the transport). */
public final class Action {
    private final boolean start;
    private final Fetch fetch;

    private Action(boolean start, Fetch fetch) {
        this.start = start;
        this.fetch = fetch;
    }

    static Action start(Fetch fetch) {
        return new Action(true, fetch);
    }

    static Action cancel(Fetch fetch) {
        return new Action(false, fetch);
    }

    /** Start {@link #fetch()}: get {@link Fetch#kind()} from {@link Fetch#mirror()}. */
    public boolean isStart() {
        return start;
    }

    /** Abort {@link #fetch()} if it is still in progress; the walk ignores anything reported about it from now on. */
    public boolean isCancel() {
        return !start;
    }

    public Fetch fetch() {
        return fetch;
    }

    @Override
    public String toString() {
        return (start ? "START " : "CANCEL ") + (fetch.kind() == Fetch.Kind.TARGET ? "target " : "list ") + fetch.mirror()
                + " #" + fetch.number() + (start ? " timeout " + fetch.timeoutMillis() + "ms" : "");
    }
}
