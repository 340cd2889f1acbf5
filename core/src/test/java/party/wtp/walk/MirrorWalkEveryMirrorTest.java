package party.wtp.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The survey mode ({@link MirrorWalk.Builder#everyMirror()}) a health spider drives: every mirror, not the first copy. */
class MirrorWalkEveryMirrorTest {
    private static final long T0 = 5_000_000L;
    private static final WalkPolicy POLICY = WalkPolicy.defaults();

    private static String url(String name) {
        return "http://" + name + ".party.test/";
    }

    private static ListedMirror yes(String name) {
        return new ListedMirror(url(name), Holds.YES);
    }

    private static List<ListedMirror> holders(String... names) {
        List<ListedMirror> entries = new ArrayList<>();
        for (String name : names) {
            entries.add(yes(name));
        }
        return entries;
    }

    private static MirrorWalk.Builder survey(WalkPolicy policy) {
        return MirrorWalk.builder(policy).knownGeneration(7).everyMirror();
    }

    /** Calls next() and returns its actions as "+target a", "+list b", "-target c". */
    private static Set<String> next(MirrorWalk walk, long at) {
        return walk.next(T0 + at).stream().map(a -> (a.isStart() ? "+" : "-")
                + a.fetch().kind().name().toLowerCase(Locale.ROOT) + " " + name(a.fetch())).collect(Collectors.toSet());
    }

    private static String name(Fetch f) {
        return f.mirror().replace("http://", "").replace(".party.test/", "");
    }

    /** The walk's fetch of this kind from this mirror, from its own log. */
    private static Fetch fetch(MirrorWalk walk, String name, Fetch.Kind kind) {
        return walk.fetches().stream().filter(f -> name(f).equals(name) && f.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " fetch of " + name + " in " + walk.fetches()));
    }

    private static Set<String> set(String... items) {
        return new HashSet<>(Arrays.asList(items));
    }

    @Test
    void aCurrentCopyDoesNotEndTheSurveyEveryMirrorAndListIsAsked() {
        MirrorWalk w = survey(POLICY).firstHop(holders("a", "b")).start(T0);
        assertEquals(set("+target a", "+target b"), next(w, 0));
        w.found(fetch(w, "a", Fetch.Kind.TARGET), 7, T0 + 10);
        assertFalse(w.isDone(), "a search would stop here; a survey goes on");
        assertEquals(set("+list a"), next(w, 10));
        w.listed(fetch(w, "a", Fetch.Kind.LIST), holders("c", "b"), T0 + 20);
        assertEquals(set("+target c"), next(w, 20));
        assertEquals(2, fetch(w, "c", Fetch.Kind.TARGET).hop(), "c is reached only through a's list");
        w.found(fetch(w, "b", Fetch.Kind.TARGET), 7, T0 + 30);
        w.found(fetch(w, "c", Fetch.Kind.TARGET), 7, T0 + 30);
        assertEquals(set("+list b", "+list c"), next(w, 30));
        w.listed(fetch(w, "b", Fetch.Kind.LIST), holders("a"), T0 + 40);
        w.listed(fetch(w, "c", Fetch.Kind.LIST), holders("a", "b"), T0 + 40);
        assertEquals(set(), next(w, 40));
        assertTrue(w.isDone());
        WalkResult r = w.result();
        assertEquals(StopReason.EXHAUSTED, r.stopReason());
        assertEquals(3, r.mirrorsTried());
        assertEquals(6, r.attempts().size(), "each mirror once for the target, once for its list");
        assertEquals(url("a"), r.mirror(), "the first of the newest copies");
    }

    @Test
    void everySlotIsFilledAtOnceWithoutHedgingEvenWhileACopyStreams() {
        MirrorWalk w = survey(POLICY).current(yes("a")).firstHop(holders("b", "c", "d", "e")).start(T0);
        assertEquals(3, next(w, 0).size(), "no hedge delay for the current mirror: all three slots at once");
        assertTrue(w.read(fetch(w, "a", Fetch.Kind.TARGET), 1000, T0 + 5));
        w.failed(w.fetches().get(1), Failure.NOT_FOUND, T0 + 6);
        assertEquals(1, next(w, 6).size(), "a streaming copy does not hold the next mirror back");
        assertEquals(3, w.running());
    }

    @Test
    void theResultIsTheNewestCopyAndOlderOnesAreMarkedStale() {
        MirrorWalk w = survey(POLICY.withMaxListFetches(0)).firstHop(holders("a", "b", "c")).start(T0);
        next(w, 0);
        w.found(fetch(w, "a", Fetch.Kind.TARGET), 6, T0 + 10);
        w.found(fetch(w, "c", Fetch.Kind.TARGET), 7, T0 + 11);
        w.found(fetch(w, "b", Fetch.Kind.TARGET), 8, T0 + 12);
        next(w, 12);
        WalkResult r = w.result();
        assertTrue(r.isCurrent());
        assertEquals(8, r.generation());
        assertEquals(url("b"), r.mirror());
        assertTrue(fetch(w, "a", Fetch.Kind.TARGET).isStale());
        assertFalse(fetch(w, "c", Fetch.Kind.TARGET).isStale());
    }

    @Test
    void onlyStaleCopiesGiveTheNewestStaleOne() {
        MirrorWalk w = survey(POLICY.withMaxListFetches(0)).firstHop(holders("a", "b")).start(T0);
        next(w, 0);
        w.found(fetch(w, "a", Fetch.Kind.TARGET), 5, T0 + 10);
        w.found(fetch(w, "b", Fetch.Kind.TARGET), 6, T0 + 11);
        next(w, 11);
        assertTrue(w.result().isStale());
        assertEquals(6, w.result().generation());
    }

    @Test
    void aHostileListOfAThousandMirrorsStopsAtTheMirrorCap() {
        MirrorWalk w = survey(POLICY.withMaxMirrorsTried(10).withMaxParallel(4)).firstHop(holders("a")).start(T0);
        next(w, 0);
        w.found(fetch(w, "a", Fetch.Kind.TARGET), 7, T0 + 1);
        next(w, 1);
        List<ListedMirror> thousand = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            thousand.add(yes("h" + i));
        }
        w.listed(fetch(w, "a", Fetch.Kind.LIST), thousand, T0 + 2);
        long at = 2;
        while (!w.isDone()) {
            next(w, at);
            for (Fetch f : w.fetches()) {
                if (f.isRunning()) {
                    w.failed(f, Failure.REFUSED, T0 + at);
                }
            }
            at++;
        }
        next(w, at);
        assertEquals(StopReason.MIRROR_CAP, w.result().stopReason());
        assertEquals(10, w.result().mirrorsTried());
        assertEquals(11, w.fetches().size(), "ten targets and a's list: nothing more");
    }

    @Test
    void unreachableMirrorsAreNotAskedForTheirLists() {
        MirrorWalk w = survey(POLICY).firstHop(holders("a", "b")).start(T0);
        next(w, 0);
        w.failed(fetch(w, "a", Fetch.Kind.TARGET), Failure.REFUSED, T0 + 1);
        w.failed(fetch(w, "b", Fetch.Kind.TARGET), Failure.BAD_SIGNATURE, T0 + 1);
        assertEquals(set("+list b"), next(w, 1), "b answered, badly: its list may still be read; a is out of reach");
    }

    @Test
    void timeoutsAndCapsStillHoldInASurvey() {
        MirrorWalk w = survey(POLICY.withTargetTimeoutMillis(100)).firstHop(holders("a")).start(T0);
        next(w, 0);
        assertEquals(T0 + 100, w.nextWakeup(T0 + 50));
        assertEquals(set("-target a"), next(w, 100));
        assertEquals(Failure.TIMEOUT, fetch(w, "a", Fetch.Kind.TARGET).failure());
        assertTrue(w.isDone());
        assertEquals(StopReason.EXHAUSTED, w.result().stopReason());
        assertFalse(w.result().isFound());
    }
}
