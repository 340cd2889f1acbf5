package party.wtp.walk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The search for one target across mirrors, as a pure state machine: fed the events of fetches, it decides which mirrors
 * to ask next, how many at once, with what timeout, and when to give up. It does no I/O and reads no clock; its driver
 * (the browser client with XHR and timers, a health spider, a test) performs the {@link Action}s, reports what happened,
 * and passes the time in. The same events in the same order, with the same seed, always give the same actions.
 *
 * <p>Order: the reader's current mirror first; if it is not streaming the target in by the hedge delay, or fails, others
 * are raced in parallel up to the policy's limit, mirrors whose list entry says they hold the target first, then those
 * that do not say, never those that say they do not. When no candidate is left, signed mirror lists of the mirrors reached
 * are fetched breadth-first to discover more. An older generation is kept as a stale fallback while the walk looks on.
 *
 * <p>Driver loop:
 * <pre>{@code
 * MirrorWalk walk = MirrorWalk.builder(policy).seed(seed).knownGeneration(gen)
 *         .current(new ListedMirror(here, Holds.YES)).firstHop(verifiedListEntries).start(now);
 * void pump(long now) {                       // call after every event and when the timer fires
 *     for (Action a : walk.next(now)) {
 *         if (a.isStart()) transport.begin(a.fetch()); else transport.abort(a.fetch());
 *     }
 *     if (walk.isDone()) show(walk.result()); else timer.at(walk.nextWakeup(now), this::pump);
 * }
 * // transport callbacks: walk.read(f, n, now); walk.found(f, generation, now); walk.failed(f, Failure.X, now);
 * //                      walk.listed(f, entries, now); then pump(now)
 * }</pre>
 *
 * <p>{@link Builder#everyMirror()} turns the search into a survey, for a health spider: every reachable mirror is asked
 * for the target and for its list, all slots are filled at once (no hedging), and a found copy does not end the walk;
 * it ends when nothing is left or a cap is hit, and its result's copy is the newest one found.
 */
public final class MirrorWalk {
    /** Relative times are clamped here so that adding a timeout never overflows an int. */
    private static final int TIME_LIMIT = Integer.MAX_VALUE / 4;

    private final WalkPolicy policy;
    private final long startMillis;
    private final long knownGeneration;
    private final boolean everyMirror;
    private final Xorshift32 random;
    private final Map<String, KnownMirror> byBase = new HashMap<String, KnownMirror>();
    private final List<KnownMirror> mirrors = new ArrayList<KnownMirror>();
    private final List<Fetch> log = new ArrayList<Fetch>();
    private final List<Fetch> running = new ArrayList<Fetch>();
    private final List<Action> outbox = new ArrayList<Action>();

    /** The fetch from the reader's current mirror, raced against others only after the hedge delay or its failure. */
    private Fetch opening;
    private boolean raceOpen;
    private int now;
    private int targetsStarted;
    private int listsStarted;
    private int bytesRead;
    private Fetch staleFallback;
    /** With {@link Builder#everyMirror()}: the newest copy of the known generation or later found so far. */
    private Fetch newestCurrent;
    private WalkResult result;
    /** An event arrived since the last {@link #next}: the driver should call it at once. */
    private boolean eventPending;

    private MirrorWalk(Builder b, long startMillis) {
        this.policy = b.policy;
        this.startMillis = startMillis;
        this.knownGeneration = b.knownGeneration;
        this.everyMirror = b.everyMirror;
        this.random = new Xorshift32(b.seed);
        KnownMirror current = null;
        if (b.current != null) {
            current = learn(b.current, 0);
            current.listAsked = true; // its list is the first hop, given by the caller
        }
        for (ListedMirror entry : b.firstHop) {
            learn(entry, 1);
        }
        if (current != null && current.isTargetCandidate()) {
            opening = begin(current, Fetch.Kind.TARGET);
        }
        raceOpen = opening == null || everyMirror;
    }

    /** Starts describing a walk under this policy. */
    public static Builder builder(WalkPolicy policy) {
        if (policy == null) {
            throw new IllegalArgumentException("policy is null");
        }
        return new Builder(policy);
    }

    /** Describes a walk before it starts: who to ask first, what generation counts as current, the shuffle seed. */
    public static final class Builder {
        private final WalkPolicy policy;
        private int seed = 1;
        private long knownGeneration;
        private boolean everyMirror;
        private ListedMirror current;
        private final List<ListedMirror> firstHop = new ArrayList<ListedMirror>();

        private Builder(WalkPolicy policy) {
            this.policy = policy;
        }

        /** Seed of the shuffle among equally good mirrors; a browser passes a random one, tests a fixed one. Default 1. */
        public Builder seed(int seed) {
            this.seed = seed;
            return this;
        }

        /** The highest generation known; a copy of an older one is only a stale fallback. Default 0 (any is current). */
        public Builder knownGeneration(long generation) {
            if (generation < 0) {
                throw new IllegalArgumentException("known generation is negative: " + generation);
            }
            this.knownGeneration = generation;
            return this;
        }

        /**
         * A survey instead of a search: ask every reachable mirror for the target and its list, with no hedging, and go
         * on after a copy is found, until nothing is left or a cap is hit. For a health check, not for a reader.
         */
        public Builder everyMirror() {
            this.everyMirror = true;
            return this;
        }

        /** The reader's current mirror, asked first; its holds answer from its own list entry. Optional. */
        public Builder current(ListedMirror mirror) {
            if (mirror == null) {
                throw new IllegalArgumentException("current mirror is null");
            }
            this.current = mirror;
            return this;
        }

        /** The entries of the verified signed mirror list the reader already has: the first hop. */
        public Builder firstHop(List<ListedMirror> entries) {
            if (entries == null) {
                throw new IllegalArgumentException("first hop list is null");
            }
            for (ListedMirror entry : entries) {
                if (entry == null) {
                    throw new IllegalArgumentException("first hop list has a null entry");
                }
                firstHop.add(entry);
            }
            return this;
        }

        /** Starts the walk at this time; its first {@link MirrorWalk#next} returns the first fetches. */
        public MirrorWalk start(long nowMillis) {
            if (current == null && firstHop.isEmpty()) {
                throw new IllegalArgumentException("a walk needs a current mirror or a first hop list");
            }
            return new MirrorWalk(this, nowMillis);
        }
    }

    /**
     * Advances the walk to {@code nowMillis} (timeouts, hedging, caps) and returns what the driver must do now: cancels first,
     * then starts. Call it after every event and whenever {@link #nextWakeup} comes; it may return an empty list.
     */
    public List<Action> next(long nowMillis) {
        advance(nowMillis);
        eventPending = false;
        if (result == null) {
            if (now >= policy.maxWallMillis()) {
                finish(StopReason.TIME_CAP);
            } else {
                expireIdleFetches();
                openRaceIfDue();
                launch();
                if (running.isEmpty()) {
                    finish(whyNothingIsLeft());
                }
            }
        }
        if (outbox.isEmpty()) {
            return Collections.emptyList();
        }
        List<Action> actions = new ArrayList<Action>(outbox);
        outbox.clear();
        return actions;
    }

    /**
     * When the driver must call {@link #next} again if no event comes first, in the driver's millis; {@code nowMillis} when
     * an event is waiting to be handled, {@link Long#MAX_VALUE} once the walk is done.
     */
    public long nextWakeup(long nowMillis) {
        if (result != null && outbox.isEmpty()) {
            return Long.MAX_VALUE;
        }
        if (eventPending || !outbox.isEmpty()) {
            return nowMillis;
        }
        int at = policy.maxWallMillis();
        for (int i = 0; i < running.size(); i++) {
            Fetch f = running.get(i);
            at = Math.min(at, f.lastProgressAt + f.timeoutMillis());
        }
        if (!raceOpen) {
            at = Math.min(at, Math.max(opening.startedAtMillis(), opening.lastProgressAt) + policy.hedgeDelayMillis());
        }
        for (int i = 0; i < running.size() && !everyMirror; i++) {
            Fetch f = running.get(i);
            if (f.kind() == Fetch.Kind.TARGET && streaming(f)) {
                at = Math.min(at, f.lastProgressAt + policy.hedgeDelayMillis()); // racing may resume then
            }
        }
        return Math.max(startMillis + at, nowMillis);
    }

    /**
     * The driver read {@code bytes} more of this fetch (0 is fine for "headers arrived"): it counts as progress for the idle
     * timeout and against the byte budget. Returns false when the driver must stop reading: the fetch is over, or these bytes
     * would break the walk's byte cap (then the walk ends and these bytes are not counted).
     */
    public boolean read(Fetch fetch, int bytes, long nowMillis) {
        own(fetch);
        if (bytes < 0) {
            throw new IllegalArgumentException("negative byte count " + bytes + " for " + fetch);
        }
        advance(nowMillis);
        if (result != null || !fetch.isRunning()) {
            return false;
        }
        eventPending = true;
        if (bytes > policy.maxTotalBytes() - bytesRead) {
            finish(StopReason.BYTE_CAP);
            return false;
        }
        bytesRead += bytes;
        fetch.bytes += bytes;
        fetch.lastProgressAt = now;
        fetch.answered = true;
        fetch.mirror.answered = true;
        return true;
    }

    /**
     * The target fetch delivered a copy that fully verified, of this generation. The known generation or newer ends the walk
     * with success; an older one is kept as a stale fallback (the newest such) while the walk looks on. In a survey
     * ({@link Builder#everyMirror()}) no copy ends the walk: the newest is kept as the result's copy.
     */
    public void found(Fetch fetch, long generation, long nowMillis) {
        own(fetch);
        if (fetch.kind() != Fetch.Kind.TARGET) {
            throw new IllegalArgumentException("found() is for target fetches, not " + fetch);
        }
        if (generation < 0) {
            throw new IllegalArgumentException("negative generation " + generation + " for " + fetch);
        }
        if (!settle(fetch, nowMillis)) {
            return;
        }
        fetch.state = Fetch.State.FOUND;
        fetch.generation = generation;
        fetch.mirror.answered = true;
        if (generation >= knownGeneration) {
            if (!everyMirror) {
                finish(StopReason.FOUND_CURRENT, fetch);
            } else if (newestCurrent == null || generation > newestCurrent.generation()) {
                newestCurrent = fetch;
            }
            return;
        }
        fetch.stale = true;
        if (staleFallback == null || generation > staleFallback.generation()) {
            staleFallback = fetch;
        }
    }

    /** The fetch (target or list) gave no usable answer, for this reason. */
    public void failed(Fetch fetch, Failure failure, long nowMillis) {
        own(fetch);
        if (failure == null) {
            throw new IllegalArgumentException("failure is null for " + fetch);
        }
        if (!settle(fetch, nowMillis)) {
            return;
        }
        fail(fetch, failure);
    }

    /**
     * The list fetch delivered the mirror's signed list, verified; these are its entries with their holds answers for the
     * target. New mirrors join the walk one hop further out than the list's mirror.
     */
    public void listed(Fetch fetch, List<ListedMirror> entries, long nowMillis) {
        own(fetch);
        if (fetch.kind() != Fetch.Kind.LIST) {
            throw new IllegalArgumentException("listed() is for list fetches, not " + fetch);
        }
        if (entries == null) {
            throw new IllegalArgumentException("entries are null for " + fetch);
        }
        if (!settle(fetch, nowMillis)) {
            return;
        }
        fetch.state = Fetch.State.LISTED;
        fetch.listedCount = entries.size();
        fetch.mirror.answered = true;
        int hop = fetch.mirror.hop + 1;
        for (ListedMirror entry : entries) {
            if (entry == null) {
                throw new IllegalArgumentException("list from " + fetch.mirror() + " has a null entry");
            }
            learn(entry, hop);
        }
    }

    /** True once the walk has its result; it then ignores events, and its next {@link #next} may still hold cancels. */
    public boolean isDone() {
        return result != null;
    }

    /** The outcome; throws until {@link #isDone()}. */
    public WalkResult result() {
        if (result == null) {
            throw new IllegalStateException("the walk is not done yet");
        }
        return result;
    }

    /** Every fetch started so far, in start order, with its state: the log, also while the walk runs. */
    public List<Fetch> fetches() {
        return Collections.unmodifiableList(new ArrayList<Fetch>(log));
    }

    /** Fetches in flight now. */
    public int running() {
        return running.size();
    }

    /** Bytes counted so far against the byte cap. */
    public int bytesRead() {
        return bytesRead;
    }

    public WalkPolicy policy() {
        return policy;
    }

    // ---- inside the machine ----

    private void own(Fetch fetch) {
        if (fetch == null || fetch.walk != this) {
            throw new IllegalArgumentException("not a fetch of this walk: " + fetch);
        }
    }

    private void advance(long nowMillis) {
        long elapsed = nowMillis - startMillis;
        int t = elapsed <= 0 ? 0 : elapsed >= TIME_LIMIT ? TIME_LIMIT : (int) elapsed;
        if (t > now) {
            now = t; // a clock stepping back is ignored: time in the walk never runs backwards
        }
    }

    /** Takes a reported fetch out of flight; false when the report comes too late to matter. */
    private boolean settle(Fetch fetch, long nowMillis) {
        advance(nowMillis);
        if (result != null || !fetch.isRunning()) {
            return false;
        }
        eventPending = true;
        fetch.endedAt = now;
        running.remove(fetch);
        fetch.mirror.inFlight = null;
        return true;
    }

    private void fail(Fetch fetch, Failure failure) {
        fetch.state = Fetch.State.FAILED;
        fetch.failure = failure;
        if (failure.meansUnreachable()) {
            fetch.mirror.unreachable = true;
        } else {
            fetch.mirror.answered = true;
        }
    }

    private KnownMirror learn(ListedMirror entry, int hop) {
        KnownMirror m = byBase.get(entry.base());
        if (m == null) {
            m = new KnownMirror(entry.base(), entry.holds(), hop, random.nextInt(), mirrors.size());
            byBase.put(entry.base(), m);
            mirrors.add(m);
        } else {
            m.holds = Holds.merge(m.holds, entry.holds());
            if (hop < m.hop) {
                m.hop = hop;
            }
        }
        return m;
    }

    private Fetch begin(KnownMirror m, Fetch.Kind kind) {
        int timeout = kind == Fetch.Kind.TARGET ? policy.targetTimeoutMillis() : policy.listTimeoutMillis();
        Fetch f = new Fetch(this, m, log.size() + 1, kind, timeout, policy.maxTotalBytes() - bytesRead, now);
        if (kind == Fetch.Kind.TARGET) {
            m.targetAsked = true;
            targetsStarted++;
        } else {
            m.listAsked = true;
            listsStarted++;
        }
        m.inFlight = f;
        log.add(f);
        running.add(f);
        outbox.add(Action.start(f));
        return f;
    }

    private void expireIdleFetches() {
        for (int i = 0; i < running.size(); ) {
            Fetch f = running.get(i);
            if (now >= f.lastProgressAt + f.timeoutMillis()) {
                running.remove(i);
                f.endedAt = now;
                f.mirror.inFlight = null;
                fail(f, Failure.TIMEOUT);
                outbox.add(Action.cancel(f));
            } else {
                i++;
            }
        }
    }

    private void openRaceIfDue() {
        if (!raceOpen && (!opening.isRunning()
                || (now >= opening.startedAtMillis() + policy.hedgeDelayMillis() && !streaming(opening)))) {
            raceOpen = true;
        }
    }

    /**
     * Fills free slots, unless a target copy is streaming in (it read something within the hedge delay): racing it would
     * only waste the reader's bandwidth. A fetch that stops making progress is raced again after the hedge delay.
     * A survey ({@link Builder#everyMirror()}) fills every free slot.
     */
    private void launch() {
        while (raceOpen && running.size() < policy.maxParallel() && (everyMirror || !targetStreaming())) {
            KnownMirror m = bestTargetCandidate();
            if (m != null) {
                begin(m, Fetch.Kind.TARGET);
                continue;
            }
            m = bestListCandidate();
            if (m == null) {
                return;
            }
            begin(m, Fetch.Kind.LIST);
        }
    }

    private boolean targetStreaming() {
        for (int i = 0; i < running.size(); i++) {
            Fetch f = running.get(i);
            if (f.kind() == Fetch.Kind.TARGET && streaming(f)) {
                return true;
            }
        }
        return false;
    }

    /** Answering and still making progress: it read something within the last hedge delay. */
    private boolean streaming(Fetch f) {
        return f.answered && now < f.lastProgressAt + policy.hedgeDelayMillis();
    }

    /** Holders before mirrors that do not say, then nearest hop, then the seeded shuffle. */
    private KnownMirror bestTargetCandidate() {
        if (targetsStarted >= policy.maxMirrorsTried()) {
            return null;
        }
        KnownMirror best = null;
        for (int i = 0; i < mirrors.size(); i++) {
            KnownMirror m = mirrors.get(i);
            if (m.isTargetCandidate() && (best == null || targetOrder(m, best) < 0)) {
                best = m;
            }
        }
        return best;
    }

    private static int targetOrder(KnownMirror a, KnownMirror b) {
        int ha = a.holds == Holds.YES ? 0 : 1;
        int hb = b.holds == Holds.YES ? 0 : 1;
        if (ha != hb) {
            return ha - hb;
        }
        return sameClassOrder(a, b);
    }

    /** Breadth-first: nearest hop, then mirrors known to be alive, then the seeded shuffle. */
    private KnownMirror bestListCandidate() {
        if (listsStarted >= policy.maxListFetches() || targetsStarted >= policy.maxMirrorsTried()) {
            return null; // more mirrors would be of no use once no more may be tried
        }
        KnownMirror best = null;
        for (int i = 0; i < mirrors.size(); i++) {
            KnownMirror m = mirrors.get(i);
            if (m.isListCandidate() && (best == null || listOrder(m, best) < 0)) {
                best = m;
            }
        }
        return best;
    }

    private static int listOrder(KnownMirror a, KnownMirror b) {
        if (a.hop != b.hop) {
            return a.hop < b.hop ? -1 : 1;
        }
        if (a.answered != b.answered) {
            return a.answered ? -1 : 1;
        }
        return sameClassOrder(a, b);
    }

    private static int sameClassOrder(KnownMirror a, KnownMirror b) {
        if (a.hop != b.hop) {
            return a.hop < b.hop ? -1 : 1;
        }
        if (a.rank != b.rank) {
            return a.rank < b.rank ? -1 : 1;
        }
        return a.order - b.order;
    }

    private StopReason whyNothingIsLeft() {
        boolean targetsLeft = false;
        boolean listsLeft = false;
        for (int i = 0; i < mirrors.size(); i++) {
            KnownMirror m = mirrors.get(i);
            targetsLeft |= m.isTargetCandidate();
            listsLeft |= m.isListCandidate();
        }
        if (targetsStarted >= policy.maxMirrorsTried() && (targetsLeft || listsLeft)) {
            return StopReason.MIRROR_CAP;
        }
        if (listsStarted >= policy.maxListFetches() && listsLeft) {
            return StopReason.LIST_CAP;
        }
        return StopReason.EXHAUSTED;
    }

    private void finish(StopReason reason) {
        finish(reason, newestCurrent != null ? newestCurrent : staleFallback);
    }

    private void finish(StopReason reason, Fetch copy) {
        for (int i = 0; i < running.size(); i++) {
            Fetch f = running.get(i);
            f.state = Fetch.State.CANCELLED;
            f.endedAt = now;
            f.mirror.inFlight = null;
            outbox.add(Action.cancel(f));
        }
        running.clear();
        int saidNotHeld = 0;
        for (int i = 0; i < mirrors.size(); i++) {
            KnownMirror m = mirrors.get(i);
            if (m.holds == Holds.NO && !m.targetAsked) {
                saidNotHeld++;
            }
        }
        result = new WalkResult(reason, copy, new ArrayList<Fetch>(log), now, bytesRead, saidNotHeld, knownGeneration);
    }
}
