package party.wtp.walk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * A discrete-event simulation with a virtual clock: drives one {@link MirrorWalk} over a {@link SimulatedNetwork} exactly as
 * a browser driver would (start and abort fetches, report progress and outcomes, wake up when asked) and records the
 * action trace and what the walk did, checking the walk's promises as it goes.
 */
final class WalkSimulation {
    static final long EPOCH = 1_700_000_000_000L;
    static final int CHUNK = 16 * 1024;

    private final SimulatedNetwork net;
    private final WalkPolicy policy;
    private final boolean respectByteLimit;
    private final PriorityQueue<Event> queue = new PriorityQueue<>();
    private final Set<Fetch> open = new HashSet<>();
    private final Set<String> targetAsked = new HashSet<>();
    private final Set<String> listAsked = new HashSet<>();
    private int seq;
    private MirrorWalk walk;

    // what the run observed
    final List<String> trace = new ArrayList<>();
    int peakRunning;
    int targetStarts;
    int listStarts;
    long bytesAccepted;
    long doneAt = -1;
    WalkResult result;

    private WalkSimulation(SimulatedNetwork net, WalkPolicy policy, boolean respectByteLimit) {
        this.net = net;
        this.policy = policy;
        this.respectByteLimit = respectByteLimit;
    }

    static WalkSimulation run(SimulatedNetwork net, WalkPolicy policy, int walkSeed) {
        return run(net, policy, walkSeed, true);
    }

    static WalkSimulation run(SimulatedNetwork net, WalkPolicy policy, int walkSeed, boolean respectByteLimit) {
        WalkSimulation sim = new WalkSimulation(net, policy, respectByteLimit);
        sim.go(walkSeed);
        return sim;
    }

    /** Virtual milliseconds from the start to the walk's end. */
    long elapsed() {
        return doneAt - EPOCH;
    }

    private void go(int walkSeed) {
        walk = MirrorWalk.builder(policy).seed(walkSeed).knownGeneration(SimulatedNetwork.CURRENT_GENERATION)
                .current(net.currentEntry()).firstHop(net.firstHop()).start(EPOCH);
        long t = EPOCH;
        long wake = pump(t);
        int steps = 0;
        while (!walk.isDone()) {
            if (++steps > 2_000_000) {
                throw new AssertionError("simulation does not end");
            }
            Event e = queue.peek();
            if (e == null && wake == Long.MAX_VALUE) {
                throw new AssertionError("walk is stuck: nothing in flight and no wakeup at " + (t - EPOCH));
            }
            if (e == null || wake <= e.at) {
                t = wake;
            } else {
                queue.poll();
                t = e.at;
                if (!open.contains(e.fetch)) {
                    continue; // the transport was aborted: nothing arrives
                }
                deliver(e, t);
            }
            wake = pump(t);
        }
        doneAt = t;
        result = walk.result();
        if (!open.isEmpty()) {
            throw new AssertionError("walk finished but did not cancel " + open);
        }
        if (result.elapsedMillis() != t - EPOCH) {
            throw new AssertionError("result elapsed " + result.elapsedMillis() + " != " + (t - EPOCH));
        }
    }

    private long pump(long t) {
        for (Action a : walk.next(t)) {
            trace.add((t - EPOCH) + " " + a);
            Fetch f = a.fetch();
            if (a.isCancel()) {
                if (!open.remove(f)) {
                    throw new AssertionError("cancel of a fetch not open: " + f);
                }
                continue;
            }
            startFetch(f, t);
        }
        long wake = walk.nextWakeup(t);
        if (wake < t) {
            throw new AssertionError("wakeup in the past: " + wake + " < " + t);
        }
        if (!walk.isDone() && wake == t) {
            throw new AssertionError("walk asks to be woken now right after next() at " + (t - EPOCH));
        }
        return wake;
    }

    private void startFetch(Fetch f, long t) {
        if (!open.add(f)) {
            throw new AssertionError("started twice: " + f);
        }
        peakRunning = Math.max(peakRunning, open.size());
        if (open.size() > policy.maxParallel()) {
            throw new AssertionError("more than " + policy.maxParallel() + " fetches at once: " + open);
        }
        SimulatedMirror m = net.byBase(f.mirror());
        if (f.kind() == Fetch.Kind.TARGET) {
            targetStarts++;
            if (m.declared == Holds.NO) {
                throw new AssertionError("asked a mirror that declares it does not hold the target: " + f);
            }
            if (!targetAsked.add(m.base)) {
                throw new AssertionError("asked a mirror for the target twice: " + f);
            }
            scheduleTarget(f, m, t);
        } else {
            listStarts++;
            if (m == net.current) {
                throw new AssertionError("fetched the current mirror's list, which the reader already has: " + f);
            }
            if (!listAsked.add(m.base)) {
                throw new AssertionError("fetched a mirror's list twice: " + f);
            }
            scheduleList(f, m, t);
        }
    }

    private void scheduleTarget(Fetch f, SimulatedMirror m, long t) {
        long at = t + m.latency;
        switch (m.liveness) {
            case DEAD:
                return;
            case REFUSED:
                add(at, f, Event.Kind.FAILED, 0, Failure.REFUSED);
                return;
            case STALL:
                add(at, f, Event.Kind.READ, 0, null);
                add(at + m.chunkGap, f, Event.Kind.READ, CHUNK, null);
                return;
            default:
                break;
        }
        if (m.copy == SimulatedMirror.Copy.NONE) {
            add(at, f, Event.Kind.FAILED, 0, Failure.NOT_FOUND);
            return;
        }
        add(at, f, Event.Kind.READ, 0, null);
        if (m.copy == SimulatedMirror.Copy.OVERSIZE || (respectByteLimit && net.targetSize > f.byteLimit())) {
            add(at, f, Event.Kind.FAILED, 0, Failure.OVERSIZE); // the driver sees the length before the body
            return;
        }
        at = streamBody(f, m, at, net.targetSize);
        switch (m.copy) {
            case GOOD:
                add(at, f, Event.Kind.FOUND, SimulatedNetwork.CURRENT_GENERATION, null);
                break;
            case NEWER:
                add(at, f, Event.Kind.FOUND, SimulatedNetwork.CURRENT_GENERATION + 1, null);
                break;
            case STALE:
                add(at, f, Event.Kind.FOUND, m.staleGeneration, null);
                break;
            case CORRUPT:
                add(at, f, Event.Kind.FAILED, 0, Failure.BAD_PROOF);
                break;
            case BAD_SIGNATURE:
                add(at, f, Event.Kind.FAILED, 0, Failure.BAD_SIGNATURE);
                break;
            default:
                throw new AssertionError(m.copy);
        }
    }

    private void scheduleList(Fetch f, SimulatedMirror m, long t) {
        long at = t + m.latency;
        switch (m.liveness) {
            case DEAD:
                return;
            case REFUSED:
                add(at, f, Event.Kind.FAILED, 0, Failure.REFUSED);
                return;
            case STALL:
                add(at, f, Event.Kind.READ, 0, null);
                return;
            default:
                break;
        }
        if (m.list == SimulatedMirror.ListState.MISSING) {
            add(at, f, Event.Kind.FAILED, 0, Failure.NOT_FOUND);
            return;
        }
        add(at, f, Event.Kind.READ, 0, null);
        at = streamBody(f, m, at, 200 + 60 * m.listed.size());
        if (m.list == SimulatedMirror.ListState.BAD_SIGNATURE) {
            add(at, f, Event.Kind.FAILED, 0, Failure.BAD_SIGNATURE);
        } else {
            add(at, f, Event.Kind.LISTED, 0, null);
        }
    }

    private long streamBody(Fetch f, SimulatedMirror m, long at, int size) {
        for (int sent = 0; sent < size; sent += CHUNK) {
            at += m.chunkGap;
            add(at, f, Event.Kind.READ, Math.min(CHUNK, size - sent), null);
        }
        return at;
    }

    private void add(long at, Fetch f, Event.Kind kind, long value, Failure failure) {
        queue.add(new Event(at, seq++, f, kind, value, failure));
    }

    private void deliver(Event e, long t) {
        Fetch f = e.fetch;
        switch (e.kind) {
            case READ:
                if (walk.read(f, (int) e.value, t)) {
                    bytesAccepted += e.value;
                } else if (f.isRunning()) {
                    throw new AssertionError("told to stop reading a fetch the walk still runs: " + f);
                } // else the CANCEL action that follows aborts the transport
                return;
            case FOUND:
                open.remove(f);
                walk.found(f, e.value, t);
                return;
            case FAILED:
                open.remove(f);
                walk.failed(f, e.failure, t);
                return;
            case LISTED:
                open.remove(f);
                walk.listed(f, net.byBase(f.mirror()).listEntries(), t);
                return;
            default:
                throw new AssertionError(e.kind);
        }
    }

    /** One thing arriving from the simulated network at a virtual time; ties break by scheduling order. */
    private static final class Event implements Comparable<Event> {
        enum Kind { READ, FOUND, FAILED, LISTED }

        final long at;
        final int seq;
        final Fetch fetch;
        final Kind kind;
        final long value;
        final Failure failure;

        Event(long at, int seq, Fetch fetch, Kind kind, long value, Failure failure) {
            this.at = at;
            this.seq = seq;
            this.fetch = fetch;
            this.kind = kind;
            this.value = value;
            this.failure = failure;
        }

        @Override
        public int compareTo(Event o) {
            return at != o.at ? Long.compare(at, o.at) : Integer.compare(seq, o.seq);
        }
    }
}
