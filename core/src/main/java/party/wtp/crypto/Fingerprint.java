package party.wtp.crypto;

import party.wtp.bytes.ByteValue;
import java.util.Arrays;
import party.wtp.bytes.Base64Url;

/**
 * The party's short printable name: the first 16 bytes of SHA-256("wtp/fingerprint/v1" 0x00 || public key),
 * written as 22 base64url characters. It is what readers compare and what every route carries.
 */
public final class Fingerprint extends ByteValue {
    public static final int LENGTH = 16;
    public static final int TEXT_LENGTH = 22;

    private Fingerprint(byte[] value) {
        super(value);
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
    public String toString() {
        return Base64Url.encode(value);
    }
}
