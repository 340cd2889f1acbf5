package party.wtp.check;

import party.wtp.envelope.Envelope;
import party.wtp.envelope.InnerLayer;
import java.util.Arrays;
import party.wtp.crypto.PartyPublicKey;

/**
 * The party key a served manifest names, read before anything is verified: a reader who holds only the route's
 * fingerprint learns the key here, checks it against the fingerprint, and only then verifies the manifest under it.
 */
final class ManifestParty {
    private static final int INNER_KEY = 32;
    private static final int FIXED_HEADER = Envelope.FIXED_PREFIX - INNER_KEY;
    private static final int PATH_COUNT_AT = FIXED_HEADER - 1;
    /** Root and signature after the proof path. */
    private static final int HEADER_TAIL = 32 + 64;
    /** "WTPM" and the version byte come before the key in a manifest. */
    private static final int KEY_IN_MANIFEST = 5;

    private ManifestParty() {}

    /** The key, or null when the bytes are too short or malformed to name one. */
    static PartyPublicKey peek(byte[] served) {
        if (served.length < INNER_KEY + FIXED_HEADER) {
            return null;
        }
        byte[] plain = Arrays.copyOf(served, served.length);
        InnerLayer.stream(Arrays.copyOf(plain, INNER_KEY))
                .apply(plain, INNER_KEY, plain.length - INNER_KEY, plain, INNER_KEY);
        int paths = plain[INNER_KEY + PATH_COUNT_AT] & 0xff;
        int keyAt = INNER_KEY + FIXED_HEADER + 32 * paths + HEADER_TAIL + KEY_IN_MANIFEST;
        if (paths > 31 || keyAt + PartyPublicKey.LENGTH > plain.length) {
            return null;
        }
        try {
            return PartyPublicKey.of(Arrays.copyOfRange(plain, keyAt, keyAt + PartyPublicKey.LENGTH));
        } catch (RuntimeException notAKey) {
            return null;
        }
    }
}
