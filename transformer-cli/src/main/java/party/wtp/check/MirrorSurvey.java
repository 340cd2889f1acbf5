package party.wtp.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import party.wtp.manifest.MirrorEntry;
import party.wtp.manifest.MirrorUrl;
import party.wtp.walk.Action;
import party.wtp.walk.Failure;
import party.wtp.walk.Fetch;
import party.wtp.walk.Holds;
import party.wtp.walk.ListedMirror;
import party.wtp.walk.MirrorWalk;
import party.wtp.walk.StopReason;
import party.wtp.walk.WalkPolicy;
import party.wtp.walk.WalkResult;

/**
 * Finds every mirror of a party as a reader's client would: core's {@link MirrorWalk}, in its every-mirror survey mode,
 * decides which mirror to ask and whose signed list to read next, within its caps; this drives it with the JVM's HTTP.
 * A mirror's target is its verified manifest ({@link ManifestProbe}, on the pool); its list is the signed mirror list
 * inside that manifest, so reading it costs no request. Only lists from verified manifests add mirrors.
 *
 * <p>The walk is fed from one thread, this one: workers post what happened to a queue, and the loop waits on it until
 * the walk's next wake-up, so the walk's own timeouts hold even if a transport never returns.
 */
final class MirrorSurvey {
    private final ExecutorService pool;
    private final ManifestProbe probe;
    private final WalkPolicy policy;
    private final BlockingQueue<LongConsumer> events = new LinkedBlockingQueue<>();
    /** Every mirror heard of, seeds first, then in the order signed lists named them. */
    private final Map<String, MirrorHealth> known = new LinkedHashMap<>();
    /** Per mirror base: its accepted probe outcome, which carries its signed list. */
    private final Map<String, ManifestProbe.Outcome> outcomes = new HashMap<>();
    private final Map<Fetch, Future<?>> inFlight = new HashMap<>();
    private final long startNanos = System.nanoTime();

    MirrorSurvey(ExecutorService pool, ManifestProbe probe, WalkPolicy policy) {
        this.pool = pool;
        this.probe = probe;
        this.policy = policy;
    }

    /**
     * The walk's policy for a survey: {@code parallel} fetches at once, no hedging, a fetch's idle timeout long enough
     * for the fetcher's own deadline on a manifest (so its words are the ones reported), at most {@code maxMirrors}
     * mirrors probed and lists read, and the byte budget (capped to what the walk counts).
     */
    static WalkPolicy policy(Fetcher fetcher, int parallel, int maxMirrors, long maxBytes) {
        int idle = (int) Math.min(Integer.MAX_VALUE / 8, 2 * fetcher.deadlineMillis(ManifestProbe.MANIFEST_LIMIT) + 1000);
        return WalkPolicy.defaults().withHedgeDelayMillis(0).withMaxParallel(parallel)
                .withTargetTimeoutMillis(idle).withListTimeoutMillis(idle)
                .withMaxMirrorsTried(maxMirrors).withMaxListFetches(maxMirrors)
                .withMaxTotalBytes((int) Math.min(Integer.MAX_VALUE, maxBytes))
                .withMaxWallMillis(Integer.MAX_VALUE / 8);
    }

    /**
     * Surveys the party from {@code seeds}; returns every mirror the walk probed, in the order it heard of them. When a
     * cap cut the survey short, {@code problems} gets one line saying so.
     */
    Map<MirrorUrl, MirrorHealth> run(List<MirrorUrl> seeds, List<String> problems) throws InterruptedException {
        List<ListedMirror> firstHop = new ArrayList<>();
        for (MirrorUrl url : seeds) {
            firstHop.add(new ListedMirror(url.toString(), Holds.YES));
            known.putIfAbsent(url.toString(), new MirrorHealth(url, null));
        }
        MirrorWalk walk = MirrorWalk.builder(policy).everyMirror().firstHop(firstHop).start(now());
        try {
            drive(walk);
        } finally {
            for (Future<?> f : inFlight.values()) {
                f.cancel(true);
            }
        }
        return report(walk.result(), problems);
    }

    private void drive(MirrorWalk walk) throws InterruptedException {
        while (true) {
            long now = now();
            for (Action a : walk.next(now)) {
                if (a.isStart()) {
                    start(walk, a.fetch(), now);
                } else {
                    Future<?> running = inFlight.remove(a.fetch());
                    if (running != null) {
                        running.cancel(true);
                    }
                }
            }
            if (walk.isDone()) {
                return;
            }
            long wait = walk.nextWakeup(now) - now;
            LongConsumer event = wait > 0 ? events.poll(wait, TimeUnit.MILLISECONDS) : events.poll();
            while (event != null) {
                event.accept(now());
                event = events.poll();
            }
        }
    }

    private void start(MirrorWalk walk, Fetch fetch, long now) {
        MirrorHealth m = known.get(fetch.mirror());
        if (fetch.kind() == Fetch.Kind.LIST) {
            list(walk, fetch, now);
            return;
        }
        inFlight.put(fetch, pool.submit(() -> {
            ManifestProbe.Outcome outcome;
            try {
                outcome = probe.probe(m, bytes -> events.add(at -> walk.read(fetch, bytes, at)));
            } catch (RuntimeException e) {
                outcome = ManifestProbe.Outcome.failed(null, "manifest: " + PartySpider.describe(e), Failure.REFUSED,
                        false);
            }
            ManifestProbe.Outcome settled = outcome;
            events.add(at -> settle(walk, fetch, m, settled, at));
            return null;
        }));
    }

    /** Takes a probe's outcome, unless the walk gave up on the fetch meanwhile (timeout, cap): then it is dropped. */
    private void settle(MirrorWalk walk, Fetch fetch, MirrorHealth m, ManifestProbe.Outcome outcome, long now) {
        inFlight.remove(fetch);
        if (!fetch.isRunning() || walk.isDone()) {
            return;
        }
        outcome.applyTo(m);
        outcomes.put(fetch.mirror(), outcome);
        if (outcome.manifest != null) {
            walk.found(fetch, outcome.manifest.generation(), now);
        } else {
            walk.failed(fetch, outcome.failure, now);
        }
    }

    /** A list "fetch" is answered at once from the mirror's verified manifest; without one, it fails as its probe did. */
    private void list(MirrorWalk walk, Fetch fetch, long now) {
        ManifestProbe.Outcome outcome = outcomes.get(fetch.mirror());
        if (outcome == null || outcome.manifest == null) {
            walk.failed(fetch, outcome == null ? Failure.NOT_FOUND : outcome.failure, now);
            return;
        }
        List<ListedMirror> entries = new ArrayList<>();
        for (MirrorEntry entry : outcome.listed()) {
            String base = entry.url().toString();
            known.putIfAbsent(base, new MirrorHealth(entry.url(), entry.salt()));
            entries.add(new ListedMirror(base, Holds.YES));
        }
        walk.listed(fetch, entries, now);
    }

    /** The mirrors probed, with what the walk alone knows (its timeouts, its caps) filled in. */
    private Map<MirrorUrl, MirrorHealth> report(WalkResult result, List<String> problems) {
        Map<String, Fetch> probes = new HashMap<>();
        for (Fetch f : result.attempts()) {
            if (f.kind() == Fetch.Kind.TARGET) {
                probes.put(f.mirror(), f);
            }
        }
        Map<MirrorUrl, MirrorHealth> probed = new LinkedHashMap<>();
        for (MirrorHealth m : known.values()) {
            Fetch f = probes.get(m.url.toString());
            if (f == null) {
                continue;
            }
            if (f.state() == Fetch.State.FAILED && f.failure() == Failure.TIMEOUT && m.problem == null) {
                m.problem = "timed out (no answer in " + f.timeoutMillis() / 1000 + " s)";
            } else if (f.state() == Fetch.State.CANCELLED) {
                m.problem = "not checked: the survey " + result.stopReason().plainWords();
            }
            probed.put(m.url, m);
        }
        if (result.stopReason() != StopReason.EXHAUSTED) {
            problems.add("the mirror survey " + result.stopReason().plainWords() + " (" + probes.size() + " of the "
                    + known.size() + " mirrors heard of were checked)");
        }
        return probed;
    }

    private long now() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
