package party.wtp.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each event and rule of the walk on its own, driven by hand with a hand-kept clock. */
class MirrorWalkTest {
    private static final long T0 = 1_000_000_000L;
    private static final WalkPolicy POLICY = WalkPolicy.defaults();

    private final List<Fetch> started = new ArrayList<>();

    private static String url(String name) {
        return "http://" + name + ".party.test/";
    }

    private static ListedMirror yes(String name) {
        return new ListedMirror(url(name), Holds.YES);
    }

    private static ListedMirror no(String name) {
        return new ListedMirror(url(name), Holds.NO);
    }

    private static ListedMirror unknown(String name) {
        return new ListedMirror(url(name), Holds.UNKNOWN);
    }

    private static MirrorWalk.Builder walk(WalkPolicy policy) {
        return MirrorWalk.builder(policy).knownGeneration(7);
    }

    /** Calls next() and describes its actions as "+target a", "+list b", "-target c"; remembers started fetches. */
    private List<String> next(MirrorWalk walk, long at) {
        List<String> out = new ArrayList<>();
        for (Action a : walk.next(T0 + at)) {
            Fetch f = a.fetch();
            String name = f.mirror().substring("http://".length(), f.mirror().indexOf(".party.test/"));
            out.add((a.isStart() ? "+" : "-") + (f.kind() == Fetch.Kind.TARGET ? "target " : "list ") + name);
            if (a.isStart()) {
                started.add(f);
            }
        }
        return out;
    }

    private Fetch fetchOf(String name, Fetch.Kind kind) {
        for (Fetch f : started) {
            if (f.mirror().equals(url(name)) && f.kind() == kind) {
                return f;
            }
        }
        throw new AssertionError("no " + kind + " fetch of " + name + " in " + started);
    }

    private Fetch target(String name) {
        return fetchOf(name, Fetch.Kind.TARGET);
    }

    private Fetch list(String name) {
        return fetchOf(name, Fetch.Kind.LIST);
    }

    @SafeVarargs
    private static <T> List<T> l(T... items) {
        return Arrays.asList(items);
    }

    // ---- racing and hedging ----

    @Test
    void asksOnlyTheCurrentMirrorUntilTheHedgeDelayThenRacesUpToTheLimit() {
        MirrorWalk w = walk(POLICY).current(yes("a")).firstHop(l(yes("b"), yes("c"), yes("d"))).start(T0);
        assertEquals(l("+target a"), next(w, 0));
        assertEquals(1500, target("a").timeoutMillis());
        assertEquals(T0 + 600, w.nextWakeup(T0));
        assertEquals(l(), next(w, 599));
        List<String> raced = next(w, 600);
        assertEquals(2, raced.size(), "three at once in all: " + raced);
        assertEquals(3, w.running());
        assertEquals(T0 + 1500, w.nextWakeup(T0 + 600), "next timer: the current mirror's timeout");
    }

    @Test
    void currentMirrorRefusingStartsOthersAtOnce() {
        MirrorWalk w = walk(POLICY).current(yes("a")).firstHop(l(yes("b"), yes("c"), yes("d"), yes("e"))).start(T0);
        next(w, 0);
        w.failed(target("a"), Failure.REFUSED, T0 + 40);
        assertEquals(T0 + 40, w.nextWakeup(T0 + 40), "an event waits: call next() now");
        assertEquals(3, next(w, 40).size());
    }

    @Test
    void notFoundTriggersTheNextAttemptImmediately() {
        MirrorWalk w = walk(POLICY.withMaxParallel(1)).current(yes("a")).firstHop(l(yes("b"))).start(T0);
        next(w, 0);
        w.failed(target("a"), Failure.NOT_FOUND, T0 + 80);
        assertEquals(l("+target b"), next(w, 80));
        assertEquals(80, target("b").startedAtMillis());
    }

    @Test
    void holdersFirstThenMirrorsThatDoNotSayNeverThoseThatSayNo() {
        for (int seed = 0; seed < 20; seed++) {
            started.clear();
            MirrorWalk w = walk(POLICY.withMaxParallel(1).withMaxListFetches(0)).seed(seed)
                    .firstHop(l(unknown("u1"), no("n1"), yes("y1"), unknown("u2"), yes("y2"), unknown("u3"))).start(T0);
            List<String> order = new ArrayList<>();
            long t = 0;
            while (!w.isDone()) {
                for (String s : next(w, t)) {
                    order.add(s);
                    w.failed(target(s.substring("+target ".length())), Failure.NOT_FOUND, T0 + t + 10);
                }
                t += 10;
            }
            assertEquals(5, order.size(), order.toString());
            assertEquals(new HashSet<>(l("+target y1", "+target y2")), new HashSet<>(order.subList(0, 2)), "seed " + seed);
            assertEquals(new HashSet<>(l("+target u1", "+target u2", "+target u3")), new HashSet<>(order.subList(2, 5)));
            assertEquals(1, w.result().mirrorsSayingNotHeld());
            assertEquals(5, w.result().targetFailures(Failure.NOT_FOUND));
        }
    }

    @Test
    void foundCurrentEndsTheWalkAndCancelsTheRest() {
        MirrorWalk w = walk(POLICY).current(yes("a")).firstHop(l(yes("b"), yes("c"))).start(T0);
        next(w, 0);
        next(w, 600);
        w.read(target("b"), 4000, T0 + 700);
        w.found(target("b"), 7, T0 + 750);
        assertTrue(w.isDone());
        assertEquals(new HashSet<>(l("-target a", "-target c")), new HashSet<>(next(w, 750)));
        assertEquals(Long.MAX_VALUE, w.nextWakeup(T0 + 750));
        WalkResult r = w.result();
        assertTrue(r.isCurrent());
        assertFalse(r.isStale());
        assertEquals(url("b"), r.mirror());
        assertEquals(7, r.generation());
        assertEquals(StopReason.FOUND_CURRENT, r.stopReason());
        assertEquals(Fetch.State.CANCELLED, target("a").state());
        assertEquals(4000, r.bytesRead());
        assertEquals(750, r.elapsedMillis());
        assertEquals("Found the current copy (generation 7) at http://b.party.test/ after trying 3 mirrors.", r.summary());
    }

    @Test
    void newerGenerationIsAcceptedAsCurrent() {
        MirrorWalk w = walk(POLICY).current(yes("a")).start(T0);
        next(w, 0);
        w.found(target("a"), 9, T0 + 100);
        assertTrue(w.result().isCurrent());
        assertEquals(9, w.result().generation());
    }

    @Test
    void olderGenerationIsKeptAsStaleFallbackWhileTheWalkLooksOn() {
        MirrorWalk w = walk(POLICY).current(yes("a")).firstHop(l(yes("b"))).start(T0);
        next(w, 0);
        w.found(target("a"), 5, T0 + 100);
        assertFalse(w.isDone());
        assertTrue(target("a").isStale());
        assertEquals(l("+target b"), next(w, 100));
        w.failed(target("b"), Failure.NOT_FOUND, T0 + 200);
        assertEquals(l("+list b"), next(w, 200), "no current copy yet: look further");
        w.listed(list("b"), Collections.emptyList(), T0 + 300);
        assertEquals(l(), next(w, 300));
        WalkResult r = w.result();
        assertTrue(r.isFound());
        assertTrue(r.isStale());
        assertFalse(r.isCurrent());
        assertEquals(5, r.generation());
        assertEquals(StopReason.EXHAUSTED, r.stopReason());
        assertEquals("Showing an older copy (generation 5 of 7) from http://a.party.test/: no mirror reached had the current"
                + " one: tried 2 mirrors; 1 did not have it, 1 had only an older copy; no other mirrors are known.", r.summary());
    }

    @Test
    void theNewestStaleCopyIsTheFallback() {
        MirrorWalk w = walk(POLICY.withMaxListFetches(0)).firstHop(l(yes("a"), yes("b"), yes("c"))).start(T0);
        next(w, 0);
        List<Fetch> three = new ArrayList<>(started);
        w.found(three.get(0), 3, T0 + 10);
        w.found(three.get(1), 6, T0 + 20);
        w.found(three.get(2), 4, T0 + 30);
        next(w, 30);
        assertEquals(6, w.result().generation());
        assertSame(three.get(1), w.result().copy());
    }

    @Test
    void aCurrentCopyAfterAStaleOneWins() {
        MirrorWalk w = walk(POLICY).firstHop(l(yes("a"), yes("b"))).start(T0);
        next(w, 0);
        w.found(target("a"), 6, T0 + 10);
        w.found(target("b"), 7, T0 + 20);
        assertTrue(w.result().isCurrent());
        assertEquals(url("b"), w.result().mirror());
    }

    @Test
    void aSilentFetchTimesOutIsCancelledAndTheNextStarts() {
        MirrorWalk w = walk(POLICY.withMaxParallel(1)).current(yes("a")).firstHop(l(yes("b"))).start(T0);
        next(w, 0);
        assertEquals(l(), next(w, 600), "no free slot to race in");
        assertEquals(T0 + 1500, w.nextWakeup(T0 + 600));
        assertEquals(l("-target a", "+target b"), next(w, 1500));
        assertEquals(Fetch.State.FAILED, target("a").state());
        assertEquals(Failure.TIMEOUT, target("a").failure());
        assertEquals(1500, target("a").endedAtMillis());
    }

    @Test
    void progressKeepsAFetchAliveAndHoldsOffTheRace() {
        MirrorWalk w = walk(POLICY).current(yes("a")).firstHop(l(yes("b"), yes("c"))).start(T0);
        next(w, 0);
        assertTrue(w.read(target("a"), 0, T0 + 100));
        assertTrue(w.read(target("a"), 16384, T0 + 500));
        assertEquals(l(), next(w, 600), "streaming in: no race");
        assertEquals(T0 + 1100, w.nextWakeup(T0 + 600));
        assertTrue(w.read(target("a"), 16384, T0 + 1000));
        assertEquals(l(), next(w, 1000));
        assertEquals(l(), next(w, 1599));
        assertEquals(2, next(w, 1600).size(), "stalled for the hedge delay: race others");
        assertTrue(target("a").isRunning(), "idle timeout counts from the last progress, 2500");
        assertEquals(l("-target a"), next(w, 2500));
        assertEquals(Failure.TIMEOUT, target("a").failure());
    }

    @Test
    void aStreamingTargetHoldsOffNewLaunchesAfterTheRaceStarted() {
        MirrorWalk w = walk(POLICY).current(yes("a")).firstHop(l(yes("b"), yes("c"), yes("d"))).start(T0);
        next(w, 0);
        next(w, 600);
        String racedFirst = started.get(1).mirror();
        w.read(started.get(1), 1000, T0 + 650);
        w.failed(started.get(2), Failure.NOT_FOUND, T0 + 660);
        assertEquals(l(), next(w, 660), "one copy streams in from " + racedFirst + ": do not fetch another");
        assertEquals(1, next(w, 1250).size(), "it stalled: use the free slot");
    }

    @Test
    void timedOutAndRefusedMirrorsAreNotAskedForTheirLists() {
        MirrorWalk w = walk(POLICY.withMaxParallel(4)).current(yes("a"))
                .firstHop(l(yes("b"), yes("c"), yes("d"), no("e"))).start(T0);
        next(w, 0);
        assertEquals(3, next(w, 600).size());
        w.failed(target("b"), Failure.TIMEOUT, T0 + 700);
        w.failed(target("c"), Failure.REFUSED, T0 + 700);
        w.failed(target("d"), Failure.BAD_PROOF, T0 + 700);
        assertEquals(l("+list d", "+list e"), next(w, 700), "d answered (with a bad copy) so goes first; b and c are out");
    }

    @Test
    void corruptCopiesNeverSucceed() {
        MirrorWalk w = walk(POLICY).firstHop(l(yes("a"), yes("b"))).start(T0);
        next(w, 0);
        w.failed(target("a"), Failure.BAD_PROOF, T0 + 100);
        w.failed(target("b"), Failure.BAD_SIGNATURE, T0 + 100);
        assertFalse(w.isDone());
        List<String> lists = next(w, 100);
        assertEquals(new HashSet<>(l("+list a", "+list b")), new HashSet<>(lists));
        w.listed(list("a"), Collections.emptyList(), T0 + 200);
        w.failed(list("b"), Failure.BAD_SIGNATURE, T0 + 200);
        next(w, 200);
        WalkResult r = w.result();
        assertFalse(r.isFound());
        assertThrows(IllegalStateException.class, r::mirror);
        assertEquals(1, r.targetFailures(Failure.BAD_PROOF));
        assertEquals(1, r.targetFailures(Failure.BAD_SIGNATURE));
        assertEquals("Could not find this file on any mirror: tried 2 mirrors; 1 sent a damaged copy, 1 sent something not"
                + " signed by this party; no other mirrors are known.", r.summary());
    }

    @Test
    void listsAreReadBreadthFirstAndTheirMirrorsTried() {
        MirrorWalk w = walk(POLICY).current(yes("a")).firstHop(l(no("b"), no("c"))).start(T0);
        next(w, 0);
        w.failed(target("a"), Failure.NOT_FOUND, T0 + 50);
        assertEquals(new HashSet<>(l("+list b", "+list c")), new HashSet<>(next(w, 50)));
        assertEquals(2000, list("b").timeoutMillis());
        w.listed(list("b"), l(unknown("e"), yes("d"), no("f"), yes("a")), T0 + 120);
        assertEquals(4, list("b").listedCount());
        assertEquals(l("+target d", "+target e"), next(w, 120), "holders first; never f, which says it does not hold it");
        assertEquals(2, target("d").hop());
        w.failed(target("d"), Failure.NOT_FOUND, T0 + 200);
        assertEquals(l("+list d"), next(w, 200), "d answered, so its list goes before the untested f's");
        w.failed(target("e"), Failure.NOT_FOUND, T0 + 250);
        w.failed(list("c"), Failure.NOT_FOUND, T0 + 250);
        assertEquals(l("+list e", "+list f"), next(w, 250));
        assertEquals(3, w.running());
    }

    @Test
    void aMirrorIsPlacedAtTheShortestHopItIsListedAt() {
        MirrorWalk w = walk(POLICY).firstHop(l(no("b"), no("c"))).start(T0);
        next(w, 0);
        w.listed(list("b"), l(no("d")), T0 + 10);
        assertEquals(l("+list d"), next(w, 10));
        w.listed(list("d"), l(no("e")), T0 + 20);
        assertEquals(l("+list e"), next(w, 20));
        assertEquals(3, list("e").hop());
        w.listed(list("c"), l(yes("e"), yes("g")), T0 + 30);
        w.failed(list("e"), Failure.NOT_FOUND, T0 + 30);
        List<String> now = next(w, 30);
        assertTrue(now.contains("+target e"), "c's list says e holds it: " + now);
        assertEquals(2, target("e").hop(), "c is one hop, so e is two");
    }

    @Test
    void aMirrorSaidToHoldByAnyListIsAskedEvenIfAnotherSaysNo() {
        MirrorWalk w = walk(POLICY.withMaxParallel(1)).firstHop(l(no("b"))).start(T0);
        assertEquals(l("+list b"), next(w, 0));
        w.listed(list("b"), l(no("b"), yes("b")), T0 + 10);
        assertEquals(l("+target b"), next(w, 10));
    }

    @Test
    void aMirrorWhoseListCouldNotBeReachedIsNotAskedForTheTarget() {
        MirrorWalk w = walk(POLICY.withMaxParallel(1)).firstHop(l(no("b"), no("c"))).start(T0);
        List<String> first = next(w, 0);
        String firstName = first.get(0).substring("+list ".length());
        String other = firstName.equals("b") ? "c" : "b";
        w.failed(list(firstName), Failure.REFUSED, T0 + 10);
        assertEquals(l("+list " + other), next(w, 10));
        w.listed(list(other), l(yes(firstName)), T0 + 20);
        assertEquals(l(), next(w, 20));
        assertTrue(w.isDone());
        assertEquals(0, w.result().mirrorsTried());
    }

    // ---- caps ----

    @Test
    void mirrorCapStopsTheWalk() {
        MirrorWalk w = walk(POLICY.withMaxMirrorsTried(2).withMaxParallel(1))
                .current(yes("a")).firstHop(l(yes("b"), yes("c"))).start(T0);
        next(w, 0);
        w.failed(target("a"), Failure.NOT_FOUND, T0 + 10);
        next(w, 10);
        w.failed(started.get(1), Failure.NOT_FOUND, T0 + 20);
        assertEquals(l(), next(w, 20));
        assertEquals(StopReason.MIRROR_CAP, w.result().stopReason());
        assertEquals(2, w.result().mirrorsTried());
    }

    @Test
    void listCapStopsTheWalk() {
        MirrorWalk w = walk(POLICY.withMaxListFetches(1).withMaxParallel(1)).firstHop(l(no("b"), no("c"))).start(T0);
        next(w, 0);
        w.listed(started.get(0), Collections.emptyList(), T0 + 10);
        assertEquals(l(), next(w, 10));
        assertEquals(StopReason.LIST_CAP, w.result().stopReason());
    }

    @Test
    void byteCapEndsTheWalkAndRefusesTheBytesThatWouldBreakIt() {
        MirrorWalk w = walk(POLICY.withMaxTotalBytes(1000)).current(yes("a")).firstHop(l(yes("b"))).start(T0);
        next(w, 0);
        assertEquals(1000, target("a").byteLimit());
        assertTrue(w.read(target("a"), 600, T0 + 100));
        w.failed(target("a"), Failure.BAD_PROOF, T0 + 150);
        next(w, 150);
        assertEquals(400, target("b").byteLimit(), "what is left of the budget");
        assertFalse(w.read(target("b"), 401, T0 + 200));
        assertTrue(w.isDone());
        assertEquals(l("-target b"), next(w, 200));
        assertEquals(StopReason.BYTE_CAP, w.result().stopReason());
        assertEquals(600, w.result().bytesRead());
        assertFalse(w.read(target("b"), 1, T0 + 210), "nothing more is read once done");
    }

    @Test
    void wallCapEndsTheWalkWithTheStaleFallbackIfAny() {
        MirrorWalk w = walk(POLICY.withMaxWallMillis(5000).withTargetTimeoutMillis(60_000).withMaxListFetches(0))
                .current(yes("a")).firstHop(l(yes("b"), yes("c"))).start(T0);
        next(w, 0);
        next(w, 600);
        w.found(target("b"), 2, T0 + 700);
        next(w, 700);
        assertEquals(T0 + 5000, w.nextWakeup(T0 + 700));
        assertEquals(new HashSet<>(l("-target a", "-target c")), new HashSet<>(next(w, 5000)));
        WalkResult r = w.result();
        assertEquals(StopReason.TIME_CAP, r.stopReason());
        assertTrue(r.isStale());
        assertEquals(2, r.generation());
        assertTrue(r.summary().endsWith("2 were still loading; stopped after the maximum time."), r.summary());
    }

    // ---- starting points ----

    @Test
    void aCurrentMirrorThatSaysItDoesNotHoldTheTargetIsSkipped() {
        MirrorWalk w = walk(POLICY).current(no("a")).firstHop(l(yes("b"), yes("c"), yes("d"), yes("e"))).start(T0);
        List<String> first = next(w, 0);
        assertEquals(3, first.size(), "no hedge wait: " + first);
        assertFalse(first.contains("+target a"));
    }

    @Test
    void aWalkNeedsSomewhereToStart() {
        assertThrows(IllegalArgumentException.class, () -> walk(POLICY).start(T0));
        assertThrows(IllegalArgumentException.class, () -> walk(POLICY).firstHop(Collections.singletonList(null)));
        assertThrows(IllegalArgumentException.class, () -> new ListedMirror("", Holds.YES));
        assertThrows(IllegalArgumentException.class, () -> walk(POLICY).knownGeneration(-1));
    }

    @Test
    void theSeedShufflesEqualMirrorsAndTheSameSeedRepeats() {
        List<ListedMirror> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add(yes("m" + i));
        }
        Set<List<String>> orders = new HashSet<>();
        for (int seed = 0; seed < 20; seed++) {
            List<String> a = next(walk(POLICY).seed(seed).firstHop(ten).start(T0), 0);
            List<String> b = next(walk(POLICY).seed(seed).firstHop(ten).start(T0), 0);
            assertEquals(a, b);
            orders.add(a);
        }
        assertTrue(orders.size() >= 15, "seeds should spread readers over mirrors: " + orders);
    }

    // ---- how the driver may get it wrong ----

    @Test
    void eventsAboutAnotherWalksFetchOrTheWrongKindAreRejected() {
        MirrorWalk w = walk(POLICY).firstHop(l(yes("a"), no("b"))).start(T0);
        MirrorWalk other = walk(POLICY).firstHop(l(yes("a"))).start(T0);
        next(w, 0);
        Fetch foreign = other.next(T0).get(0).fetch();
        assertThrows(IllegalArgumentException.class, () -> w.found(foreign, 7, T0));
        assertThrows(IllegalArgumentException.class, () -> w.failed(null, Failure.REFUSED, T0));
        assertThrows(IllegalArgumentException.class, () -> w.listed(target("a"), Collections.emptyList(), T0));
        assertThrows(IllegalArgumentException.class, () -> w.found(list("b"), 7, T0));
        assertThrows(IllegalArgumentException.class, () -> w.read(target("a"), -1, T0));
        assertThrows(IllegalArgumentException.class, () -> w.failed(target("a"), null, T0));
        assertThrows(IllegalStateException.class, w::result);
    }

    @Test
    void lateReportsAreIgnored() {
        MirrorWalk w = walk(POLICY.withMaxParallel(1)).current(yes("a")).firstHop(l(yes("b"))).start(T0);
        next(w, 0);
        next(w, 1500); // a times out, b starts
        w.found(target("a"), 7, T0 + 1600);
        assertFalse(w.isDone(), "a was given up on; its late copy does not count");
        assertEquals(Failure.TIMEOUT, target("a").failure());
        assertFalse(w.read(target("a"), 10, T0 + 1600));
        assertEquals(0, w.bytesRead());
        w.failed(target("b"), Failure.NOT_FOUND, T0 + 1700);
        w.failed(target("b"), Failure.REFUSED, T0 + 1701);
        assertEquals(Failure.NOT_FOUND, target("b").failure(), "the first report stands");
    }

    @Test
    void aClockSteppingBackDoesNotTurnTimeBack() {
        MirrorWalk w = walk(POLICY).current(yes("a")).firstHop(l(yes("b"))).start(T0);
        next(w, 0);
        next(w, 1000);
        w.failed(target("b"), Failure.NOT_FOUND, T0 + 400);
        assertEquals(1000, target("b").endedAtMillis());
        next(w, 300);
        assertEquals(l("-target a"), next(w, 1500), "a's timeout still comes at 1500");
    }

    @Test
    void theLogKeepsEveryFetchInStartOrder() {
        MirrorWalk w = walk(POLICY).current(yes("a")).firstHop(l(yes("b"), no("c"))).start(T0);
        next(w, 0);
        w.failed(target("a"), Failure.REFUSED, T0 + 10);
        next(w, 10);
        List<Fetch> log = w.fetches();
        assertEquals(3, log.size());
        assertEquals(1, log.get(0).number());
        assertEquals(url("a"), log.get(0).mirror());
        assertEquals(0, log.get(0).hop());
        assertEquals(Failure.REFUSED, log.get(0).failure());
        assertEquals("#1 target http://a.party.test/ hop 0 at 0ms: REFUSED at 10ms", log.get(0).toString());
        assertNotEquals(Fetch.State.FAILED, log.get(1).state());
    }

    @Test
    void policyRejectsNonsense() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WalkPolicy.defaults().withMaxParallel(0));
        assertEquals("max parallel fetches must be at least 1 (got 0)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WalkPolicy.defaults().withMaxMirrorsTried(0));
        assertThrows(IllegalArgumentException.class, () -> WalkPolicy.defaults().withTargetTimeoutMillis(0));
        assertThrows(IllegalArgumentException.class, () -> WalkPolicy.defaults().withHedgeDelayMillis(-1));
        WalkPolicy d = WalkPolicy.defaults();
        assertEquals(600, d.hedgeDelayMillis());
        assertEquals(3, d.maxParallel());
        assertEquals(1500, d.targetTimeoutMillis());
    }
}
