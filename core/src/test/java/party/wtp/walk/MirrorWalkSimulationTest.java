package party.wtp.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The walk over hundreds of simulated mirrors in random graphs with random failures, many seeds each: it finds what can be
 * found, never trusts a bad copy, keeps to its caps, races past a dead mirror quickly, and is deterministic.
 */
class MirrorWalkSimulationTest {
    /** Caps so generous that only reachability limits the walk. */
    private static final WalkPolicy UNLIMITED = WalkPolicy.defaults().withMaxMirrorsTried(100_000)
            .withMaxListFetches(100_000).withMaxTotalBytes(1 << 30).withMaxWallMillis(3_600_000);

    private static SimulatedNetwork network(long seed, SimulatedNetwork.Mix mix) {
        Random r = new Random(seed * 7919 + mix.name.hashCode());
        int size = 100 + r.nextInt(301);
        boolean deep = mix != SimulatedNetwork.Mix.typical();
        return SimulatedNetwork.random(seed, size, 2, deep ? 4 : 8, mix);
    }

    @Test
    void findsWhatIsReachableAndNothingElseOverManyRandomNetworks() {
        SimulatedNetwork.Mix[] mixes = {SimulatedNetwork.Mix.typical(), SimulatedNetwork.Mix.sparse(),
                SimulatedNetwork.Mix.hostile(), SimulatedNetwork.Mix.wasteland()};
        int current = 0;
        int stale = 0;
        int gaveUp = 0;
        int multiHop = 0;
        for (SimulatedNetwork.Mix mix : mixes) {
            for (int seed = 0; seed < 150; seed++) {
                SimulatedNetwork net = network(seed, mix);
                WalkSimulation sim = WalkSimulation.run(net, UNLIMITED, seed);
                WalkResult result = sim.result;
                String where = mix.name + " seed " + seed + ": " + result.summary();
                checkAccount(net, result, where);
                // (b) success only from a good copy, and from the mirror that sent it
                if (result.isFound()) {
                    SimulatedMirror m = net.byBase(result.mirror());
                    assertTrue(result.isCurrent() ? m.servesCurrent() : m.servesStale(), "copy not genuine: " + where);
                }
                // (a) a reachable current copy is always found
                if (net.currentReachable()) {
                    assertTrue(result.isCurrent(), "missed a reachable current copy: " + where);
                    current++;
                    if (result.copy().hop() >= 2) {
                        multiHop++;
                    }
                    continue;
                }
                // (f) stale only when no current copy is reachable, and then the newest stale one reachable
                assertEquals(StopReason.EXHAUSTED, result.stopReason(), where);
                assertExhaustive(net, sim, where);
                if (net.staleReachable()) {
                    assertTrue(result.isStale(), "missed a reachable stale copy: " + where);
                    long newest = 0;
                    for (SimulatedMirror m : net.discoverable()) {
                        if (m.servesStale()) {
                            newest = Math.max(newest, m.staleGeneration);
                        }
                    }
                    assertEquals(newest, result.generation(), "not the newest stale copy: " + where);
                    assertTrue(result.summary().startsWith("Showing an older copy"), where);
                    stale++;
                } else {
                    // (g) gives up, with reasons
                    assertFalse(result.isFound(), where);
                    assertTrue(result.summary().startsWith("Could not find this file on any mirror"), where);
                    assertTrue(result.summary().endsWith("no other mirrors are known."), where);
                    gaveUp++;
                }
            }
        }
        // the random networks really covered every kind of ending
        assertTrue(current >= 150, "current copies found: " + current);
        assertTrue(multiHop >= 20, "current copies found two or more hops away: " + multiHop);
        assertTrue(stale >= 20, "stale fallbacks: " + stale);
        assertTrue(gaveUp >= 100, "give-ups: " + gaveUp);
    }

    /** Every failure in the log names what the simulated mirror really did. */
    private static void checkAccount(SimulatedNetwork net, WalkResult result, String where) {
        for (Fetch f : result.attempts()) {
            SimulatedMirror m = net.byBase(f.mirror());
            assertFalse(f.isRunning(), "log entry still running after the walk: " + f);
            if (f.state() == Fetch.State.CANCELLED) {
                continue;
            }
            if (f.kind() == Fetch.Kind.TARGET) {
                if (f.state() == Fetch.State.FOUND) {
                    assertTrue(f.isStale() ? m.servesStale() : m.servesCurrent(), "found from " + m + ": " + where);
                    assertEquals(f.isStale(), f.generation() < SimulatedNetwork.CURRENT_GENERATION, where);
                } else {
                    assertEquals(Fetch.State.FAILED, f.state(), where);
                    Failure expected = m.expectedTargetFailure();
                    if (f.failure() == Failure.OVERSIZE && f.byteLimit() < net.targetSize) {
                        expected = Failure.OVERSIZE; // the copy was more than the byte budget left
                    }
                    assertEquals(expected, f.failure(), "wrong reason for " + m + ": " + where);
                }
            } else if (f.state() == Fetch.State.LISTED) {
                assertTrue(m.servesList(), "listed from " + m + ": " + where);
                assertEquals(m.listed.size(), f.listedCount(), where);
            } else {
                Failure expected = !m.live() ? (m.liveness == SimulatedMirror.Liveness.REFUSED ? Failure.REFUSED
                        : Failure.TIMEOUT) : m.liveness == SimulatedMirror.Liveness.STALL ? Failure.TIMEOUT
                        : m.list == SimulatedMirror.ListState.MISSING ? Failure.NOT_FOUND : Failure.BAD_SIGNATURE;
                assertEquals(expected, f.failure(), "wrong list failure for " + m + ": " + where);
            }
        }
    }

    /** With no caps in the way, a fruitless walk asked every mirror it could learn of, and read every list it could. */
    private static void assertExhaustive(SimulatedNetwork net, WalkSimulation sim, String where) {
        Set<SimulatedMirror> discoverable = net.discoverable();
        for (SimulatedMirror m : discoverable) {
            boolean askedTarget = false;
            boolean askedList = false;
            for (Fetch f : sim.result.attempts()) {
                if (f.mirror().equals(m.base)) {
                    askedTarget |= f.kind() == Fetch.Kind.TARGET;
                    askedList |= f.kind() == Fetch.Kind.LIST;
                }
            }
            if (m.declared != Holds.NO && m.live()) {
                assertTrue(askedTarget, "never asked " + m + ": " + where);
            }
            if (m != net.current && m.servesList()) {
                assertTrue(askedList, "never read the list of " + m + ": " + where);
            }
        }
    }

    @Test
    void keepsToEveryCapUnderRandomTightPolicies() {
        Map<StopReason, Integer> seen = new EnumMap<>(StopReason.class);
        for (int seed = 0; seed < 400; seed++) {
            Random r = new Random(seed);
            WalkPolicy policy = WalkPolicy.defaults().withHedgeDelayMillis(r.nextInt(1000))
                    .withMaxParallel(1 + r.nextInt(5)).withMaxMirrorsTried(1 + r.nextInt(12))
                    .withMaxListFetches(r.nextInt(7)).withMaxTotalBytes(30_000 + r.nextInt(1_000_000))
                    .withMaxWallMillis(500 + r.nextInt(20_000));
            SimulatedNetwork net = network(seed, seed % 2 == 0 ? SimulatedNetwork.Mix.sparse() : SimulatedNetwork.Mix.typical());
            WalkSimulation sim = WalkSimulation.run(net, policy, seed, r.nextBoolean());
            WalkResult result = sim.result;
            String where = "seed " + seed + " " + policy + ": " + result.summary();
            checkAccount(net, result, where);
            if (result.isFound()) {
                SimulatedMirror m = net.byBase(result.mirror());
                assertTrue(result.isCurrent() ? m.servesCurrent() : m.servesStale(), "copy not genuine: " + where);
            }
            assertTrue(sim.targetStarts <= policy.maxMirrorsTried(), "mirrors tried: " + where);
            assertTrue(sim.listStarts <= policy.maxListFetches(), "lists fetched: " + where);
            assertTrue(sim.peakRunning <= policy.maxParallel(), "concurrency: " + where);
            assertTrue(sim.bytesAccepted <= policy.maxTotalBytes(), "bytes: " + where);
            assertEquals(sim.bytesAccepted, result.bytesRead(), where);
            assertTrue(sim.elapsed() <= policy.maxWallMillis(), "wall time " + sim.elapsed() + ": " + where);
            assertEquals(sim.targetStarts, result.mirrorsTried(), where);
            switch (result.stopReason()) {
                case MIRROR_CAP:
                    assertEquals(policy.maxMirrorsTried(), sim.targetStarts, where);
                    break;
                case LIST_CAP:
                    assertEquals(policy.maxListFetches(), sim.listStarts, where);
                    break;
                case TIME_CAP:
                    assertEquals(policy.maxWallMillis(), sim.elapsed(), where);
                    break;
                case BYTE_CAP:
                    assertTrue(sim.bytesAccepted + WalkSimulation.CHUNK > policy.maxTotalBytes(), where);
                    break;
                case FOUND_CURRENT:
                    assertTrue(result.isCurrent(), where);
                    break;
                default:
                    break;
            }
            seen.merge(result.stopReason(), 1, Integer::sum);
        }
        for (StopReason reason : StopReason.values()) {
            assertTrue(seen.getOrDefault(reason, 0) > 0, "no run stopped for " + reason + ": " + seen);
        }
    }

    @Test
    void deadCurrentMirrorCostsUnderTwoSecondsWhenTheFirstHopHasLiveHolders() {
        SimulatedMirror.Liveness[] deaths = {SimulatedMirror.Liveness.DEAD, SimulatedMirror.Liveness.REFUSED,
                SimulatedMirror.Liveness.STALL};
        for (int seed = 0; seed < 300; seed++) {
            SimulatedNetwork net = network(seed, SimulatedNetwork.Mix.typical());
            SimulatedMirror.Liveness death = deaths[seed % deaths.length];
            net.current.liveness = death;
            net.current.latency = Math.min(net.current.latency, 150);
            net.current.copy = SimulatedMirror.Copy.GOOD;
            net.current.declared = Holds.YES;
            net.current.listed.get(0).declared = Holds.YES;
            for (SimulatedMirror m : net.current.listed) {
                if (m.declared == Holds.YES) { // every first-hop mirror that says it holds the target is healthy
                    m.liveness = SimulatedMirror.Liveness.NORMAL;
                    m.latency = Math.min(m.latency, 300);
                    m.chunkGap = Math.min(m.chunkGap, 30);
                    m.copy = SimulatedMirror.Copy.GOOD;
                }
            }
            WalkSimulation sim = WalkSimulation.run(net, WalkPolicy.defaults(), seed);
            String where = "seed " + seed + " current " + death + ": " + sim.result.summary() + "\n" + sim.trace;
            assertTrue(sim.result.isCurrent(), where);
            assertTrue(sim.trace.get(0).startsWith("0 START target " + net.current.base), where);
            assertTrue(sim.elapsed() < 2000, "took " + sim.elapsed() + " ms: " + where);
            if (death == SimulatedMirror.Liveness.REFUSED) {
                assertTrue(sim.elapsed() < 1000, "a refusal must not wait for the hedge delay: " + where);
            }
        }
    }

    @Test
    void sameSeedGivesTheSameActionTraceAndSeedsSpreadReaders() {
        int differing = 0;
        int long_ = 0;
        for (int seed = 0; seed < 60; seed++) {
            SimulatedNetwork.Mix mix = seed % 2 == 0 ? SimulatedNetwork.Mix.sparse() : SimulatedNetwork.Mix.hostile();
            WalkSimulation first = WalkSimulation.run(network(seed, mix), WalkPolicy.defaults(), seed);
            WalkSimulation again = WalkSimulation.run(network(seed, mix), WalkPolicy.defaults(), seed);
            if (first.trace.size() > 5) {
                long_++;
            }
            assertEquals(first.trace, again.trace, "seed " + seed);
            assertEquals(first.result.summary(), again.result.summary());
            WalkSimulation other = WalkSimulation.run(network(seed, mix), WalkPolicy.defaults(), seed + 1000);
            if (!other.trace.equals(first.trace)) {
                differing++;
            }
        }
        assertTrue(long_ >= 40, "traces too short to mean anything: " + long_ + "/60 longer than 5 actions");
        assertTrue(differing >= 40, "another walk seed should usually pick other mirrors; differed " + differing + "/60");
    }

    @Test
    void givesUpWithEveryMirrorsReasonWhenNothingIsReachable() {
        for (int seed = 0; seed < 100; seed++) {
            SimulatedNetwork net = network(seed, SimulatedNetwork.Mix.wasteland());
            WalkSimulation sim = WalkSimulation.run(net, UNLIMITED, seed);
            WalkResult result = sim.result;
            String where = "seed " + seed + ": " + result.summary();
            assertFalse(result.isFound(), where);
            assertEquals(StopReason.EXHAUSTED, result.stopReason(), where);
            assertExhaustive(net, sim, where);
            int explained = 0;
            for (Failure failure : Failure.values()) {
                int n = result.targetFailures(failure);
                explained += n;
                if (n > 0) {
                    assertTrue(result.summary().contains(n + " " + failure.plainWords()), where);
                }
            }
            assertEquals(result.mirrorsTried(), explained, "every mirror tried has a reason: " + where);
            boolean anyCandidate = false;
            for (SimulatedMirror m : net.discoverable()) {
                anyCandidate |= m.declared != Holds.NO;
            }
            if (anyCandidate) {
                assertTrue(result.mirrorsTried() > 0, where);
            } else {
                assertEquals(0, result.mirrorsTried(), where);
                assertTrue(result.mirrorsSayingNotHeld() > 0, where);
                assertTrue(result.summary().contains("say it does not carry this file")
                        || result.summary().contains("says it does not carry this file"), where);
            }
        }
    }

    @Test
    void differentSeedsGiveDifferentTracesOnlyThroughTheShuffle() {
        SimulatedNetwork net = network(3, SimulatedNetwork.Mix.typical());
        net.current.liveness = SimulatedMirror.Liveness.DEAD;
        WalkSimulation a = WalkSimulation.run(net, WalkPolicy.defaults(), 1);
        WalkSimulation b = WalkSimulation.run(net, WalkPolicy.defaults(), 1);
        assertEquals(a.trace, b.trace);
        assertNotEquals(a.trace, WalkSimulation.run(net, WalkPolicy.defaults(), 2).trace);
    }
}
