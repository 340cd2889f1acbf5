package party.wtp.build;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Which mirrors hold which resource. Resources that every visit needs (the entry page, the site map, shared assets)
 * go on every mirror; each other resource on {@code replicas} mirrors, largest first, each to the mirrors that hold
 * the fewest bytes so far, so that the load stays balanced by bytes. Deterministic for the same input.
 */
public final class Placement {
    private final int[][] holders;
    private final long[] load;

    private Placement(int[][] holders, long[] load) {
        this.holders = holders;
        this.load = load;
    }

    /**
     * Places resources of the given sizes on {@code mirrors} mirrors.
     *
     * @param sizes bytes of each resource
     * @param everywhere which resources go on every mirror
     */
    public static Placement place(long[] sizes, boolean[] everywhere, int mirrors, int replicas) {
        if (mirrors < 1 || replicas < 1 || replicas > mirrors) {
            throw new IllegalArgumentException("need 1 <= replicas <= mirrors, got " + replicas + " of " + mirrors);
        }
        int n = sizes.length;
        int[][] holders = new int[n][];
        long[] load = new long[mirrors];
        int[] all = IntStream.range(0, mirrors).toArray();
        for (int i = 0; i < n; i++) {
            if (everywhere[i] || replicas == mirrors) {
                holders[i] = all.clone();
                for (int m = 0; m < mirrors; m++) {
                    load[m] += sizes[i];
                }
            }
        }
        Integer[] order = IntStream.range(0, n).filter(i -> holders[i] == null).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingLong((Integer i) -> -sizes[i]).thenComparingInt(i -> i));
        Integer[] byLoad = new Integer[mirrors];
        for (int i : order) {
            for (int m = 0; m < mirrors; m++) {
                byLoad[m] = m;
            }
            Arrays.sort(byLoad, Comparator.comparingLong((Integer m) -> load[m]).thenComparingInt(m -> m));
            int[] chosen = new int[replicas];
            for (int r = 0; r < replicas; r++) {
                chosen[r] = byLoad[r];
                load[byLoad[r]] += sizes[i];
            }
            Arrays.sort(chosen);
            holders[i] = chosen;
        }
        return new Placement(holders, load);
    }

    /** The mirrors (ascending indices) that hold resource {@code i}. */
    public int[] holders(int i) {
        return holders[i].clone();
    }

    public boolean holds(int mirror, int resource) {
        return Arrays.binarySearch(holders[resource], mirror) >= 0;
    }

    /** Bytes placed on mirror {@code m}. */
    public long load(int m) {
        return load[m];
    }

    public int resourceCount() {
        return holders.length;
    }
}
