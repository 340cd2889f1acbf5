package party.wtp.crypto;

import java.util.Arrays;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import party.wtp.bytes.Base64Url;

/** A party's Ed25519 public key: checks the one signature a generation carries, and names the party by its fingerprint. */
public final class PartyPublicKey {
    public static final int LENGTH = 32;
    private final byte[] key;

    private PartyPublicKey(byte[] key) {
        this.key = key;
    }

    /** Accepts only a canonical encoding of a valid curve point. */
    public static PartyPublicKey of(byte[] key) {
        if (key.length != LENGTH) {
            throw new IllegalArgumentException("an Ed25519 public key is 32 bytes, got " + key.length);
        }
        if (!Ed25519.validatePublicKeyFull(key, 0)) {
            throw new IllegalArgumentException("not a valid Ed25519 public key");
        }
        return new PartyPublicKey(key.clone());
    }

    public boolean verify(byte[] message, byte[] signature) {
        if (signature.length != Ed25519.SIGNATURE_SIZE) {
            return false;
        }
        return Ed25519.verify(signature, 0, key, 0, message, 0, message.length);
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
