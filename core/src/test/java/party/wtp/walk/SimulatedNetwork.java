package party.wtp.walk;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A random graph of simulated mirrors (each mirror's signed list names K others) with random failures and partial
 * holdings, plus the oracle that says what a perfect walk with unlimited caps could reach.
 */
final class SimulatedNetwork {
    static final long CURRENT_GENERATION = 7;

    /** Odds of each behaviour, in percent. */
    static final class Mix {
        final String name;
        final int dead, refused, stall, slow; // the rest is NORMAL
        final int holds; // share of mirrors that hold the target at all
        final int good, newer, corrupt, badSignature, stale; // share of holders; the rest is OVERSIZE
        final int listBad, listMissing;

        Mix(String name, int dead, int refused, int stall, int slow, int holds, int good, int newer, int corrupt,
            int badSignature, int stale, int listBad, int listMissing) {
            this.name = name;
            this.dead = dead;
            this.refused = refused;
            this.stall = stall;
            this.slow = slow;
            this.holds = holds;
            this.good = good;
            this.newer = newer;
            this.corrupt = corrupt;
            this.badSignature = badSignature;
            this.stale = stale;
            this.listBad = listBad;
            this.listMissing = listMissing;
        }

        /** Most mirrors fine, a fair share broken in every way. */
        static Mix typical() {
            return new Mix("typical", 10, 10, 5, 10, 70, 70, 5, 8, 4, 8, 5, 5);
        }

        /** Current copies rare and far away: the walk must go several hops. */
        static Mix sparse() {
            return new Mix("sparse", 15, 15, 8, 10, 40, 4, 1, 25, 15, 35, 5, 5);
        }

        /** Hardly anything alive. */
        static Mix hostile() {
            return new Mix("hostile", 35, 30, 10, 5, 50, 2, 0, 30, 20, 40, 10, 10);
        }

        /** No usable copy anywhere: every mirror is dead, lacks the target, or serves a bad one. */
        static Mix wasteland() {
            return new Mix("wasteland", 20, 20, 10, 10, 60, 0, 0, 50, 30, 0, 10, 10);
        }
    }

    final List<SimulatedMirror> mirrors = new ArrayList<>();
    final SimulatedMirror current;
    final int targetSize;

    private SimulatedNetwork(SimulatedMirror current, int targetSize) {
        this.current = current;
        this.targetSize = targetSize;
    }

    static SimulatedNetwork random(long seed, int size, int minDegree, int maxDegree, Mix mix) {
        Random r = new Random(seed);
        List<SimulatedMirror> all = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            all.add(new SimulatedMirror("http://m" + i + ".party.test/"));
        }
        SimulatedNetwork net = new SimulatedNetwork(all.get(0), 20 * 1024 + r.nextInt(180 * 1024));
        net.mirrors.addAll(all);
        for (SimulatedMirror m : all) {
            int p = r.nextInt(100);
            m.liveness = p < mix.dead ? SimulatedMirror.Liveness.DEAD
                    : (p -= mix.dead) < mix.refused ? SimulatedMirror.Liveness.REFUSED
                    : (p -= mix.refused) < mix.stall ? SimulatedMirror.Liveness.STALL
                    : (p -= mix.stall) < mix.slow ? SimulatedMirror.Liveness.SLOW
                    : SimulatedMirror.Liveness.NORMAL;
            m.latency = m.liveness == SimulatedMirror.Liveness.SLOW ? 700 + r.nextInt(701)
                    : m.liveness == SimulatedMirror.Liveness.REFUSED ? 10 + r.nextInt(141) : 10 + r.nextInt(291);
            m.chunkGap = m.liveness == SimulatedMirror.Liveness.SLOW ? 100 + r.nextInt(301) : 5 + r.nextInt(26);
            if (r.nextInt(100) < mix.holds) {
                int c = r.nextInt(100);
                m.copy = c < mix.good ? SimulatedMirror.Copy.GOOD
                        : (c -= mix.good) < mix.newer ? SimulatedMirror.Copy.NEWER
                        : (c -= mix.newer) < mix.corrupt ? SimulatedMirror.Copy.CORRUPT
                        : (c -= mix.corrupt) < mix.badSignature ? SimulatedMirror.Copy.BAD_SIGNATURE
                        : (c -= mix.badSignature) < mix.stale ? SimulatedMirror.Copy.STALE
                        : SimulatedMirror.Copy.OVERSIZE;
                m.declared = r.nextInt(100) < 80 ? Holds.YES : Holds.UNKNOWN;
            } else {
                m.copy = SimulatedMirror.Copy.NONE;
                m.declared = r.nextInt(100) < 70 ? Holds.NO : Holds.UNKNOWN;
            }
            m.staleGeneration = 1 + r.nextInt((int) CURRENT_GENERATION - 1);
            int l = r.nextInt(100);
            m.list = l < mix.listBad ? SimulatedMirror.ListState.BAD_SIGNATURE
                    : l - mix.listBad < mix.listMissing ? SimulatedMirror.ListState.MISSING : SimulatedMirror.ListState.OK;
            int degree = Math.min(size - 1, minDegree + r.nextInt(maxDegree - minDegree + 1));
            Set<Integer> picked = new HashSet<>();
            int self = all.indexOf(m);
            while (picked.size() < degree) {
                int other = r.nextInt(size);
                if (other != self && picked.add(other)) {
                    m.listed.add(all.get(other));
                }
            }
        }
        return net;
    }

    /** The reader's verified first-hop list: the current mirror's signed list. */
    List<ListedMirror> firstHop() {
        return current.listEntries();
    }

    ListedMirror currentEntry() {
        return new ListedMirror(current.base, current.declared);
    }

    SimulatedMirror byBase(String base) {
        for (SimulatedMirror m : mirrors) {
            if (m.base.equals(base)) {
                return m;
            }
        }
        throw new IllegalArgumentException("no such simulated mirror " + base);
    }

    /**
     * Mirrors a walk with unlimited caps can learn of: the current mirror, its list, and breadth-first the lists of every
     * mirror whose list can be fetched.
     */
    Set<SimulatedMirror> discoverable() {
        Set<SimulatedMirror> seen = new HashSet<>();
        ArrayDeque<SimulatedMirror> queue = new ArrayDeque<>();
        seen.add(current);
        for (SimulatedMirror m : current.listed) {
            if (seen.add(m)) {
                queue.add(m);
            }
        }
        while (!queue.isEmpty()) {
            SimulatedMirror m = queue.poll();
            if (m.servesList()) {
                for (SimulatedMirror n : m.listed) {
                    if (seen.add(n)) {
                        queue.add(n);
                    }
                }
            }
        }
        return seen;
    }

    boolean currentReachable() {
        for (SimulatedMirror m : discoverable()) {
            if (m.servesCurrent()) {
                return true;
            }
        }
        return false;
    }

    boolean staleReachable() {
        for (SimulatedMirror m : discoverable()) {
            if (m.servesStale()) {
                return true;
            }
        }
        return false;
    }
}
