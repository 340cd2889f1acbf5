package party.wtp.check;

import party.wtp.envelope.Envelope;
import java.util.List;
import java.util.function.IntConsumer;
import party.wtp.anchor.ResourceId;
import party.wtp.crypto.Fingerprint;
import party.wtp.crypto.PartyPublicKey;
import party.wtp.envelope.EnvelopeException;
import party.wtp.envelope.TrustedRoots;
import party.wtp.manifest.Manifest;
import party.wtp.manifest.ManifestReader;
import party.wtp.manifest.MirrorEntry;
import party.wtp.naming.MirrorSalt;
import party.wtp.walk.Failure;

/**
 * One mirror's manifest, fetched and verified: the spider's target fetch in the mirror survey. The entry page gives the
 * mirror's salt when no signed list did; the first manifest whose key matches the party's fingerprint teaches the key,
 * and every manifest must verify under it and describe the mirror it came from. Safe to use from many threads.
 */
final class ManifestProbe {
    /** Envelope header room beyond the body: inner key, header, 31 proof hashes, root, signature. */
    static final long ENVELOPE_OVERHEAD = Envelope.MAX_OVERHEAD;
    static final long PAGE_LIMIT = 1 << 20;
    static final long MANIFEST_LIMIT = Manifest.MAX_LENGTH + ENVELOPE_OVERHEAD;

    /** The spider's requests to one mirror, which also keep that mirror's latencies. */
    interface Requests {
        Fetched get(MirrorHealth mirror, String url, long maxBytes) throws InterruptedException;
    }

    private final Requests requests;
    private final Fingerprint fingerprint;
    private volatile PartyPublicKey party;

    ManifestProbe(Requests requests, Fingerprint fingerprint) {
        this.requests = requests;
        this.fingerprint = fingerprint;
    }

    /** The party's key, once a manifest matching the fingerprint was read; else null. */
    PartyPublicKey party() {
        return party;
    }

    /**
     * Reads {@code m}'s salt (if not known) and manifest; {@code answered} hears the byte count of each answer as it
     * arrives (progress for the walk). Touches nothing of {@code m} but its latencies: the outcome says the rest.
     */
    Outcome probe(MirrorHealth m, IntConsumer answered) throws InterruptedException {
        MirrorSalt salt = m.salt;
        if (salt == null) {
            Fetched page = requests.get(m, m.url.resolve(EntryPage.FILE), PAGE_LIMIT);
            if (!page.ok()) {
                return Outcome.failed(null, "entry page: " + page.describe(), failure(page), false);
            }
            answered.accept(page.body.length);
            try {
                salt = EntryPage.salt(page.body);
            } catch (IllegalArgumentException e) {
                return Outcome.failed(null, e.getMessage(), Failure.NOT_FOUND, false);
            }
        }
        Fetched got = requests.get(m, m.url.resolve(salt.fileName(ResourceId.ofManifest(salt))), MANIFEST_LIMIT);
        if (!got.ok()) {
            return Outcome.failed(salt, "manifest: " + got.describe(), failure(got), false);
        }
        answered.accept(got.body.length);
        String allowed = got.header("Access-Control-Allow-Origin");
        boolean cors = allowed != null && (allowed.equals("*") || allowed.equals(PartySpider.ORIGIN));
        PartyPublicKey key = learn(got.body);
        if (key == null) {
            return Outcome.failed(salt, "manifest: not signed by party " + fingerprint, Failure.BAD_SIGNATURE, true);
        }
        try {
            Manifest manifest = ManifestReader.open(got.body.clone(), salt, new TrustedRoots(key), 0);
            if (!manifest.self().url().equals(m.url)) {
                return Outcome.failed(salt, "manifest: describes " + manifest.self().url() + ", not this mirror",
                        Failure.BAD_PROOF, true);
            }
            return new Outcome(salt, cors, manifest, null, null, false);
        } catch (EnvelopeException | RuntimeException e) {
            return Outcome.failed(salt, "manifest: " + PartySpider.describe(e), Failure.BAD_SIGNATURE, true);
        }
    }

    /**
     * The key this manifest names, when it matches the party's fingerprint (the first such teaches the party key);
     * null when it names another key, so a manifest signed by anyone else is refused in the same words whatever the order.
     */
    private PartyPublicKey learn(byte[] manifest) {
        PartyPublicKey named;
        try {
            named = ManifestReader.claimedParty(manifest);
        } catch (EnvelopeException notAManifest) {
            return null;
        }
        if (named == null || !fingerprint.matches(named)) {
            return null;
        }
        synchronized (this) {
            if (party == null) {
                party = named;
            }
        }
        return named;
    }

    /** The walk's word for a request that got no usable answer: unreachable, or answered without the file. */
    static Failure failure(Fetched got) {
        if (got.answered()) {
            return Failure.NOT_FOUND;
        }
        if (got.problem.contains("timed out")) {
            return Failure.TIMEOUT;
        }
        return got.problem.startsWith("too large") || got.problem.startsWith("byte budget")
                ? Failure.OVERSIZE : Failure.REFUSED;
    }

    /** What one probe found about a mirror. */
    static final class Outcome {
        final MirrorSalt salt;
        final boolean cors;
        /** The verified manifest, or null. */
        final Manifest manifest;
        /** Why there is no manifest, in a few words; null with one. */
        final String problem;
        /** The walk's word for the problem; null with a manifest. */
        final Failure failure;
        final boolean manifestBad;

        private Outcome(MirrorSalt salt, boolean cors, Manifest manifest, String problem, Failure failure,
                boolean manifestBad) {
            this.salt = salt;
            this.cors = cors;
            this.manifest = manifest;
            this.problem = problem;
            this.failure = failure;
            this.manifestBad = manifestBad;
        }

        static Outcome failed(MirrorSalt salt, String problem, Failure failure, boolean manifestBad) {
            return new Outcome(salt, false, null, problem, failure, manifestBad);
        }

        /** The mirrors the manifest's signed list names; empty without a manifest. */
        List<MirrorEntry> listed() {
            return manifest == null ? List.of() : manifest.mirrors();
        }

        /** Records the outcome in the mirror's health; called by the survey's one thread, when the walk accepts it. */
        void applyTo(MirrorHealth m) {
            if (salt != null) {
                m.salt = salt;
            }
            m.problem = problem;
            m.manifestBad = manifestBad;
            if (manifest != null) {
                m.cors = cors;
                m.generation = manifest.generation();
                m.holdings = manifest.self().holdings();
                m.maxResourceLength = manifest.maxResourceLength();
            }
        }
    }
}
