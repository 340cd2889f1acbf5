package party.wtp.walk;

/**
 * Timings and hard caps of a mirror walk. Immutable; start from {@link #defaults()} and change what you need with the
 * {@code with...} methods. All durations are in milliseconds.
 */
public final class WalkPolicy {
    private final int hedgeDelayMillis;
    private final int maxParallel;
    private final int targetTimeoutMillis;
    private final int listTimeoutMillis;
    private final int maxMirrorsTried;
    private final int maxListFetches;
    private final int maxTotalBytes;
    private final int maxWallMillis;

    private WalkPolicy(int hedgeDelayMillis, int maxParallel, int targetTimeoutMillis, int listTimeoutMillis,
                       int maxMirrorsTried, int maxListFetches, int maxTotalBytes, int maxWallMillis) {
        check(hedgeDelayMillis >= 0, "hedge delay must be zero or more", hedgeDelayMillis);
        check(maxParallel >= 1, "max parallel fetches must be at least 1", maxParallel);
        check(targetTimeoutMillis >= 1, "target timeout must be at least 1 ms", targetTimeoutMillis);
        check(listTimeoutMillis >= 1, "list timeout must be at least 1 ms", listTimeoutMillis);
        check(maxMirrorsTried >= 1, "max mirrors tried must be at least 1", maxMirrorsTried);
        check(maxListFetches >= 0, "max list fetches must be zero or more", maxListFetches);
        check(maxTotalBytes >= 1, "max total bytes must be at least 1", maxTotalBytes);
        check(maxWallMillis >= 1, "max wall time must be at least 1 ms", maxWallMillis);
        this.hedgeDelayMillis = hedgeDelayMillis;
        this.maxParallel = maxParallel;
        this.targetTimeoutMillis = targetTimeoutMillis;
        this.listTimeoutMillis = listTimeoutMillis;
        this.maxMirrorsTried = maxMirrorsTried;
        this.maxListFetches = maxListFetches;
        this.maxTotalBytes = maxTotalBytes;
        this.maxWallMillis = maxWallMillis;
    }

    private static void check(boolean ok, String problem, int value) {
        if (!ok) {
            throw new IllegalArgumentException(problem + " (got " + value + ")");
        }
    }

    /**
     * Defaults for a reader's browser: hedge after 600 ms, 3 fetches at once, 1.5 s idle timeout per target fetch and 2 s per
     * list, at most 24 mirrors tried and 16 lists read, 64 MiB read in all, 30 s in all.
     */
    public static WalkPolicy defaults() {
        return new WalkPolicy(600, 3, 1500, 2000, 24, 16, 64 * 1024 * 1024, 30000);
    }

    /** How long the reader's current mirror has to start answering before others are raced against it. */
    public int hedgeDelayMillis() {
        return hedgeDelayMillis;
    }

    /** Most fetches (target and list together) in flight at once. */
    public int maxParallel() {
        return maxParallel;
    }

    /** A target fetch that makes no progress for this long fails with {@link Failure#TIMEOUT}. */
    public int targetTimeoutMillis() {
        return targetTimeoutMillis;
    }

    /** A list fetch that makes no progress for this long fails with {@link Failure#TIMEOUT}. */
    public int listTimeoutMillis() {
        return listTimeoutMillis;
    }

    /** Most mirrors asked for the target (each mirror is asked at most once). */
    public int maxMirrorsTried() {
        return maxMirrorsTried;
    }

    /** Most signed mirror lists fetched. */
    public int maxListFetches() {
        return maxListFetches;
    }

    /** Most bytes read by all fetches together. */
    public int maxTotalBytes() {
        return maxTotalBytes;
    }

    /** Longest the whole walk may take. */
    public int maxWallMillis() {
        return maxWallMillis;
    }

    public WalkPolicy withHedgeDelayMillis(int value) {
        return new WalkPolicy(value, maxParallel, targetTimeoutMillis, listTimeoutMillis, maxMirrorsTried, maxListFetches,
                maxTotalBytes, maxWallMillis);
    }

    public WalkPolicy withMaxParallel(int value) {
        return new WalkPolicy(hedgeDelayMillis, value, targetTimeoutMillis, listTimeoutMillis, maxMirrorsTried,
                maxListFetches, maxTotalBytes, maxWallMillis);
    }

    public WalkPolicy withTargetTimeoutMillis(int value) {
        return new WalkPolicy(hedgeDelayMillis, maxParallel, value, listTimeoutMillis, maxMirrorsTried, maxListFetches,
                maxTotalBytes, maxWallMillis);
    }

    public WalkPolicy withListTimeoutMillis(int value) {
        return new WalkPolicy(hedgeDelayMillis, maxParallel, targetTimeoutMillis, value, maxMirrorsTried, maxListFetches,
                maxTotalBytes, maxWallMillis);
    }

    public WalkPolicy withMaxMirrorsTried(int value) {
        return new WalkPolicy(hedgeDelayMillis, maxParallel, targetTimeoutMillis, listTimeoutMillis, value, maxListFetches,
                maxTotalBytes, maxWallMillis);
    }

    public WalkPolicy withMaxListFetches(int value) {
        return new WalkPolicy(hedgeDelayMillis, maxParallel, targetTimeoutMillis, listTimeoutMillis, maxMirrorsTried, value,
                maxTotalBytes, maxWallMillis);
    }

    public WalkPolicy withMaxTotalBytes(int value) {
        return new WalkPolicy(hedgeDelayMillis, maxParallel, targetTimeoutMillis, listTimeoutMillis, maxMirrorsTried,
                maxListFetches, value, maxWallMillis);
    }

    public WalkPolicy withMaxWallMillis(int value) {
        return new WalkPolicy(hedgeDelayMillis, maxParallel, targetTimeoutMillis, listTimeoutMillis, maxMirrorsTried,
                maxListFetches, maxTotalBytes, value);
    }

    @Override
    public String toString() {
        return "WalkPolicy{hedge=" + hedgeDelayMillis + "ms, parallel=" + maxParallel + ", targetTimeout="
                + targetTimeoutMillis + "ms, listTimeout=" + listTimeoutMillis + "ms, mirrors=" + maxMirrorsTried
                + ", lists=" + maxListFetches + ", bytes=" + maxTotalBytes + ", wall=" + maxWallMillis + "ms}";
    }
}
