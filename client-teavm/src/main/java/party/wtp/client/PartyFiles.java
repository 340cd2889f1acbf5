package party.wtp.client;

import party.wtp.anchor.ResourceKey;
import party.wtp.client.js.LocalMemory;
import party.wtp.client.js.MirrorTransfer;
import party.wtp.envelope.OpenedResource;
import party.wtp.envelope.TrustedRoots;
import party.wtp.manifest.Manifest;
import party.wtp.walk.HealthReport;
import party.wtp.walk.WalkPolicy;
import party.wtp.walk.WalkResult;

/**
 * Gets one resource of the party from whichever of its mirrors has a good copy, and opens it: the reader's mirror
 * first, the others of the signed mirror lists when it fails ({@link ResourceWalk}). Nothing reaches the caller before
 * the whole envelope is verified against the party's signed root and decrypted. Remembers, per party and across visits,
 * the highest generation verified, so that an older copy is never presented as current.
 */
final class PartyFiles {
    /** Largest resource this client accepts, whatever the manifest allows: it must fit in memory. */
    static final long CLIENT_CAP = 512L << 20;

    /** The outcome of one fetch: either a verified resource (maybe of an older generation) or a refusal. */
    interface Opened {
        /** A verified copy from {@code mirror} (its base URL); {@code stale}: only an older generation was found. */
        void opened(OpenedResource resource, boolean stale, String mirror);

        void refused(String words, String detail);
    }

    private final TrustedRoots roots;
    private final Manifest manifest;
    private final Mirrors mirrors;
    private final MirrorChannels channels;
    private final HealthReport health;
    private final String memoryKey;
    private final WalkPolicy policy = WalkPolicy.defaults();
    private long known;

    /** Files of the party whose manifest this mirror served; {@code known}: the highest generation seen before. */
    PartyFiles(TrustedRoots roots, Manifest manifest, long known) {
        this.roots = roots;
        this.manifest = manifest;
        this.mirrors = new Mirrors(manifest);
        this.channels = new MirrorChannels(mirrors.here());
        this.health = new HealthReport(manifest.reportUrl());
        this.memoryKey = memoryKey(roots);
        this.known = Math.max(known, manifest.generation());
        remember();
    }

    /** The highest generation this browser verified for the party before, from {@code localStorage}; 0 if none. */
    static long rememberedGeneration(TrustedRoots roots) {
        try {
            return Long.parseLong(LocalMemory.get(memoryKey(roots)));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String memoryKey(TrustedRoots roots) {
        return "wtp-generation-" + roots.party().fingerprint();
    }

    void open(ResourceKey key, Opened then) {
        new ResourceWalk(this, key, then).start();
    }

    Mirrors mirrors() {
        return mirrors;
    }

    MirrorChannels channels() {
        return channels;
    }

    TrustedRoots roots() {
        return roots;
    }

    WalkPolicy policy() {
        return policy;
    }

    long knownGeneration() {
        return known;
    }

    /** Largest envelope body accepted. */
    long bodyLimit() {
        return Math.min(manifest.maxResourceLength(), CLIENT_CAP);
    }

    /** A verified copy of this generation was used: a newer one than known raises the bar for good. */
    void delivered(long generation) {
        if (generation > known) {
            known = generation;
            remember();
        }
    }

    private void remember() {
        if (known > rememberedGeneration(roots)) {
            LocalMemory.put(memoryKey, Long.toString(known));
        }
    }

    /** A walk ended: its account goes to the mirror knowledge of the visit and, if the creator asked, to reports. */
    void walked(WalkResult result) {
        mirrors.walked(result);
        for (String url : health.newReports(result.attempts())) {
            MirrorTransfer.report(url);
        }
    }
}
