package party.wtp.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import party.wtp.anchor.ResourceKey;
import party.wtp.cli.Progress;
import party.wtp.crypto.Fingerprint;
import party.wtp.crypto.PartyPublicKey;
import party.wtp.envelope.Envelope;
import party.wtp.envelope.EnvelopeException;
import party.wtp.envelope.Failure;
import party.wtp.envelope.OpenedResource;
import party.wtp.envelope.TrustedRoots;
import party.wtp.manifest.MirrorUrl;
import party.wtp.route.SiteMap;
import party.wtp.walk.WalkPolicy;

/**
 * The health spider: a {@link MirrorSurvey} (core's mirror walk, driven over HTTP) finds every reachable mirror through
 * the signed mirror lists and verifies each one's manifest; the spider then learns every resource from the site map
 * and asks each live mirror for its bridge page and every resource it says it holds, verifying each copy in full.
 */
final class PartySpider {
    /** The Origin sent with every request, to see whether a mirror offers CORS. */
    static final String ORIGIN = "http://wtp-check.invalid";
    private static final long ENVELOPE_OVERHEAD = ManifestProbe.ENVELOPE_OVERHEAD;
    private static final long PAGE_LIMIT = ManifestProbe.PAGE_LIMIT;

    private final Fetcher fetcher;
    private final ExecutorService pool;
    private final Progress progress;
    private final WalkPolicy policy;
    private final Map<MirrorUrl, MirrorHealth> mirrors = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private PartyPublicKey party;
    private final ThreadLocal<TrustedRoots> roots =
            ThreadLocal.withInitial(() -> TrustedRoots.withExactSignatures(party));
    private long newest = -1;

    PartySpider(Fetcher fetcher, ExecutorService pool, Progress progress, WalkPolicy policy) {
        this.fetcher = fetcher;
        this.pool = pool;
        this.progress = progress;
        this.policy = policy;
    }

    /**
     * Checks the party named by {@code fingerprint}, starting from {@code seeds}. Resources come from the site map,
     * found through {@code siteMapKey}, or, when that is null, through the meta of the page {@code pageKey}.
     */
    CheckResult check(List<MirrorUrl> seeds, Fingerprint fingerprint, ResourceKey pageKey, ResourceKey siteMapKey)
            throws InterruptedException {
        ManifestProbe probe = new ManifestProbe(this::fetch, fingerprint);
        mirrors.putAll(new MirrorSurvey(pool, probe, policy).run(seeds, problems));
        party = probe.party();
        for (MirrorHealth m : mirrors.values()) {
            newest = Math.max(newest, m.generation);
        }
        List<CheckedResource> resources = party == null ? List.of() : resources(pageKey, siteMapKey);
        List<MirrorHealth> live = new ArrayList<>();
        for (MirrorHealth m : mirrors.values()) {
            if (m.live()) {
                live.add(m);
            }
        }
        // round-robin over mirrors, so the pool's threads spread over hosts instead of queueing on one host's cap
        List<List<Callable<Void>>> perMirror = new ArrayList<>();
        int longest = 0;
        for (MirrorHealth m : live) {
            List<Callable<Void>> checks = checks(m, resources);
            perMirror.add(checks);
            longest = Math.max(longest, checks.size());
        }
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int i = 0; i < longest; i++) {
            for (List<Callable<Void>> checks : perMirror) {
                if (i < checks.size()) {
                    tasks.add(checks.get(i));
                }
            }
        }
        for (Future<Void> f : pool.invokeAll(tasks)) {
            try {
                f.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause().toString(), e.getCause());
            }
        }
        return new CheckResult(new ArrayList<>(mirrors.values()), resources, newest, problems,
                party == null ? null : party.fingerprint());
    }

    /** Every resource of the site map, found by opening the page (for its meta) and the map on the first mirror that can. */
    private List<CheckedResource> resources(ResourceKey pageKey, ResourceKey siteMapKey) throws InterruptedException {
        List<CheckedResource> found = new ArrayList<>();
        String pagePath = null;
        ResourceKey mapKey = siteMapKey;
        if (mapKey == null) {
            OpenedResource page = openAnywhere(pageKey);
            if (page == null) {
                problems.add("the entry page " + pageKey + " could not be opened on any mirror");
                return found;
            }
            pagePath = page.meta().path();
            mapKey = page.meta().siteMap();
            if (mapKey == null) {
                problems.add("the entry page " + pagePath + " names no site map");
                found.add(new CheckedResource(pageKey, pagePath));
                return found;
            }
        }
        OpenedResource map = openAnywhere(mapKey);
        if (map == null) {
            problems.add("the site map could not be opened on any mirror");
            if (pagePath != null) {
                found.add(new CheckedResource(pageKey, pagePath));
            }
            return found;
        }
        SiteMap siteMap;
        try {
            siteMap = SiteMap.decode(map.buffer(), map.contentOffset(), map.contentLength());
        } catch (RuntimeException e) {
            problems.add("the site map is malformed: " + e.getMessage());
            return found;
        }
        boolean pageListed = false;
        for (Map.Entry<String, ResourceKey> e : siteMap.entries().entrySet()) {
            found.add(new CheckedResource(e.getValue(), e.getKey()));
            pageListed |= e.getValue().equals(pageKey);
        }
        if (pagePath != null && !pageListed) {
            found.add(new CheckedResource(pageKey, pagePath));
        }
        found.add(new CheckedResource(mapKey, map.meta().path()));
        return found;
    }

    private OpenedResource openAnywhere(ResourceKey key) throws InterruptedException {
        for (MirrorHealth m : mirrors.values()) {
            if (!m.live() || m.generation < newest || !m.holdings.mayHold(key.id())) {
                continue;
            }
            Fetched got = fetch(m, m.url.resolve(m.salt.fileName(key.id())), m.maxResourceLength + ENVELOPE_OVERHEAD);
            if (!got.ok()) {
                continue;
            }
            try {
                return Envelope.openResource(got.body, key, roots(), m.maxResourceLength, newest);
            } catch (EnvelopeException | RuntimeException e) {
                // this copy is bad; the mirror's own check will say so
            }
        }
        return null;
    }

    /** The requests that check one live mirror: its bridge page and each resource its holdings name. */
    private List<Callable<Void>> checks(MirrorHealth m, List<CheckedResource> resources) {
        List<Callable<Void>> tasks = new ArrayList<>();
        tasks.add(() -> {
            Fetched bridge = fetch(m, m.url.resolve(m.salt.bridgeFileName()), PAGE_LIMIT);
            String type = bridge.header("Content-Type");
            m.bridge = bridge.ok() && type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("text/html");
            if (!m.bridge) {
                m.bridgeProblem = bridge.ok() ? "not HTML (" + type + ")" : bridge.describe();
            }
            return null;
        });
        for (CheckedResource r : resources) {
            if (m.holdings.mayHold(r.key.id())) {
                tasks.add(() -> {
                    checkCopy(m, r);
                    return null;
                });
            }
        }
        return tasks;
    }

    private void checkCopy(MirrorHealth m, CheckedResource r) throws InterruptedException {
        Fetched got = fetch(m, m.url.resolve(m.salt.fileName(r.key.id())), m.maxResourceLength + ENVELOPE_OVERHEAD);
        if (!got.ok()) {
            boolean filterMiss = got.status == 404 && !m.holdings.holdsAll();
            m.copy(r.path, filterMiss ? CopyState.NOT_HELD : CopyState.MISSING, got.describe());
            return;
        }
        try {
            Envelope.openResource(got.body, r.key, roots(), m.maxResourceLength, newest);
            m.copy(r.path, CopyState.OK, null);
        } catch (EnvelopeException e) {
            if (e.failure() == Failure.STALE) {
                m.copy(r.path, CopyState.STALE, "generation " + e.staleCopy().generation());
            } else {
                m.copy(r.path, CopyState.BAD, describe(e));
            }
        } catch (RuntimeException e) {
            m.copy(r.path, CopyState.BAD, describe(e));
        }
    }

    private Fetched fetch(MirrorHealth m, String url, long limit) throws InterruptedException {
        Fetched got = fetcher.get(url, limit, ORIGIN);
        if (got.answered()) {
            m.took(got.millis);
        }
        progress.step();
        return got;
    }

    /**
     * This thread's roots. A reader may skip the signature of a root it trusts already, but a health check must see
     * every served byte checked, so a copy with a damaged signature is reported, not excused by its root: these roots
     * trust a root again only with the very signature bytes verified before (one Ed25519 check per signature and
     * thread, not per copy).
     */
    private TrustedRoots roots() {
        return roots.get();
    }

    static String describe(Exception e) {
        if (e instanceof EnvelopeException) {
            return ((EnvelopeException) e).failure().words();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
