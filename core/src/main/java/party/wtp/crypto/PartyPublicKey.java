package party.wtp.crypto;

import java.util.Arrays;
import party.wtp.bytes.Base64Url;
import party.wtp.crypto.ed25519.VerificationKey;

/** A party's Ed25519 public key: checks the one signature a generation carries, and names the party by its fingerprint. */
public final class PartyPublicKey {
    public static final int LENGTH = 32;
    private final byte[] key;
    private final VerificationKey verification;

    private PartyPublicKey(byte[] key, VerificationKey verification) {
        this.key = key;
        this.verification = verification;
    }

    /**
     * Accepts only the canonical encoding of a curve point in the prime-order subgroup: not of small order, not of
     * mixed order (what Bouncy Castle's validatePublicKeyFull accepts).
     */
    public static PartyPublicKey of(byte[] key) {
        if (key.length != LENGTH) {
            throw new IllegalArgumentException("an Ed25519 public key is 32 bytes, got " + key.length);
        }
        VerificationKey verification;
        try {
            verification = VerificationKey.decode(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a valid Ed25519 public key: " + e.getMessage());
        }
        if (!verification.hasPrimeOrder()) {
            throw new IllegalArgumentException("not a valid Ed25519 public key: not in the prime-order subgroup");
        }
        return new PartyPublicKey(key.clone(), verification);
    }

    /** Pure Ed25519 (RFC 8032) with the cofactorless check; S must be below L, R and the key canonical. */
    public boolean verify(byte[] message, byte[] signature) {
        return verification.verify(message, signature);
    }

    public Fingerprint fingerprint() {
        return Fingerprint.of(this);
    }

    public byte[] toBytes() {
        return key.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartyPublicKey && Arrays.equals(key, ((PartyPublicKey) o).key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return Base64Url.encode(key);
    }
}
