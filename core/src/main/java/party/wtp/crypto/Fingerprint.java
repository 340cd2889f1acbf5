package party.wtp.crypto;

import java.util.Arrays;
import party.wtp.bytes.Base64Url;

/**
 * The party's short printable name: the first 16 bytes of SHA-256("wtp/fingerprint/v1" 0x00 || public key),
 * written as 22 base64url characters. It is what readers compare and what every route carries.
 */
public final class Fingerprint {
    public static final int LENGTH = 16;
    public static final int TEXT_LENGTH = 22;
    private final byte[] value;

    private Fingerprint(byte[] value) {
        this.value = value;
    }

    public static Fingerprint of(PartyPublicKey key) {
        return new Fingerprint(Arrays.copyOf(Sha256.tagged("wtp/fingerprint/v1", key.toBytes()), LENGTH));
    }

    public static Fingerprint parse(String text) {
        return new Fingerprint(Base64Url.decode(text, LENGTH, "fingerprint"));
    }

    public boolean matches(PartyPublicKey key) {
        return equals(of(key));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint && Arrays.equals(value, ((Fingerprint) o).value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return Base64Url.encode(value);
    }
}
