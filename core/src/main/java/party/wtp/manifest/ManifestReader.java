package party.wtp.manifest;

import java.util.Arrays;
import party.wtp.anchor.ResourceId;
import party.wtp.bytes.MalformedException;
import party.wtp.crypto.PartyPublicKey;
import party.wtp.envelope.Envelope;
import party.wtp.envelope.EnvelopeException;
import party.wtp.envelope.Failure;
import party.wtp.envelope.Kind;
import party.wtp.envelope.OpenedEnvelope;
import party.wtp.envelope.TrustedRoots;
import party.wtp.naming.MirrorSalt;

/**
 * Opens the manifest a mirror serves: verifies its envelope against the party's signed root, decodes it,
 * and checks it speaks of this party, this generation and the mirror whose salt named the file.
 */
public final class ManifestReader {
    private ManifestReader() {
    }

    public static Manifest open(byte[] served, MirrorSalt salt, TrustedRoots roots, long minimumGeneration)
            throws EnvelopeException {
        OpenedEnvelope env;
        Manifest manifest;
        try {
            env = Envelope.open(served, ResourceId.ofManifest(salt), Kind.MANIFEST, roots, Manifest.MAX_LENGTH,
                    minimumGeneration);
        } catch (EnvelopeException e) {
            if (e.failure() == Failure.STALE) {
                check(decode(served, e.staleCopy(), roots), e.staleCopy(), salt, roots);
            }
            throw e;
        }
        manifest = decode(served, env, roots);
        check(manifest, env, salt, roots);
        return manifest;
    }

    /**
     * The party key a manifest envelope claims, read before anything is verified: the one thing a reader holding
     * only the party's fingerprint (from a route) lacks to {@link #open} it. Callers must check it against that
     * fingerprint ({@code Fingerprint.matches}) before trusting anything signed under it.
     */
    public static PartyPublicKey claimedParty(byte[] served) throws EnvelopeException {
        byte[] start = Envelope.peekBody(served, 5 + PartyPublicKey.LENGTH);
        if (start == null || start[0] != 'W' || start[1] != 'T' || start[2] != 'P' || start[3] != 'M') {
            throw new EnvelopeException(Failure.MALFORMED, "not a WTP manifest");
        }
        try {
            return PartyPublicKey.of(Arrays.copyOfRange(start, 5, 5 + PartyPublicKey.LENGTH));
        } catch (IllegalArgumentException e) {
            throw new EnvelopeException(Failure.MALFORMED, e.getMessage());
        }
    }

    /** The older manifest carried by a STALE refusal of {@link #open}. */
    public static Manifest staleManifest(byte[] served, EnvelopeException stale) throws EnvelopeException {
        return decode(served, stale.staleCopy(), null);
    }

    /** The manifest in an opened envelope; a party key equal to {@code roots}' is not checked again. */
    private static Manifest decode(byte[] served, OpenedEnvelope env, TrustedRoots roots) throws EnvelopeException {
        try {
            return Manifest.decode(served, env.bodyOffset(), (int) env.bodyLength(),
                    roots == null ? null : roots.party());
        } catch (MalformedException e) {
            throw new EnvelopeException(Failure.MALFORMED, e.getMessage());
        }
    }

    private static void check(Manifest m, OpenedEnvelope env, MirrorSalt salt, TrustedRoots roots)
            throws EnvelopeException {
        if (!m.party().equals(roots.party())) {
            throw new EnvelopeException(Failure.BAD_SIGNATURE, "manifest names another party's key");
        }
        if (m.generation() != env.generation()) {
            throw new EnvelopeException(Failure.MALFORMED, "manifest generation differs from its envelope's");
        }
        if (!m.self().salt().equals(salt)) {
            throw new EnvelopeException(Failure.WRONG_RESOURCE, "manifest belongs to another mirror");
        }
    }
}
