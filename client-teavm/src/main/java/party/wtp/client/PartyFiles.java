package party.wtp.client;

import party.wtp.anchor.ResourceKey;
import party.wtp.client.js.MirrorRequest;
import party.wtp.client.js.TypedBytes;
import party.wtp.envelope.Envelope;
import party.wtp.envelope.EnvelopeException;
import party.wtp.envelope.Failure;
import party.wtp.envelope.OpenedResource;
import party.wtp.envelope.TrustedRoots;
import party.wtp.manifest.Manifest;
import party.wtp.naming.MirrorSalt;

/**
 * Fetches one resource of the party from this mirror and opens it: nothing reaches the caller before the whole
 * envelope is verified against the party's signed root and decrypted (by core's {@link Envelope}).
 */
final class PartyFiles {
    /** Largest resource this client accepts, whatever the manifest allows: it must fit in memory. */
    static final long CLIENT_CAP = 512L << 20;

    /** The outcome of one fetch: either a verified resource (maybe of an older generation) or a refusal. */
    interface Opened {
        void opened(OpenedResource resource, boolean stale);

        void refused(String words, String detail);
    }

    private final MirrorSalt salt;
    private final TrustedRoots roots;
    private final Manifest manifest;
    private final int timeoutMillis;

    PartyFiles(MirrorSalt salt, TrustedRoots roots, Manifest manifest, int timeoutMillis) {
        this.salt = salt;
        this.roots = roots;
        this.manifest = manifest;
        this.timeoutMillis = timeoutMillis;
    }

    void open(ResourceKey key, Opened then) {
        MirrorRequest.get(salt.fileName(key.id()), timeoutMillis, (status, body) -> {
            if (status != 200 || body == null) {
                then.refused(Words.unreachable(status), "HTTP status " + status + " for " + salt.fileName(key.id()));
                return;
            }
            byte[] served = TypedBytes.wrap(body);
            long limit = Math.min(manifest.maxResourceLength(), CLIENT_CAP);
            try {
                then.opened(Envelope.openResource(served, key, roots, limit, manifest.generation()), false);
            } catch (EnvelopeException e) {
                if (e.failure() == Failure.STALE) {
                    try {
                        then.opened(Envelope.staleResource(served, e), true);
                        return;
                    } catch (EnvelopeException again) {
                        e = again;
                    }
                }
                then.refused(Words.refused(e.failure()), e.getMessage());
            }
        });
    }
}
