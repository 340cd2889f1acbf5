package party.wtp.client.shim.bc.crypto;

/**
 * Stand-in for Bouncy Castle's {@code CryptoServicePurpose} enum in the browser: the digests only pass {@code ANY} to the
 * no-op constraints check, so a plain class with the same constants and codes spares the bundle the enum's names and
 * reflection-like metadata.
 */
public final class CryptoServicePurpose {
    public static final CryptoServicePurpose AGREEMENT = new CryptoServicePurpose(0);
    public static final CryptoServicePurpose ENCRYPTION = new CryptoServicePurpose(1);
    public static final CryptoServicePurpose DECRYPTION = new CryptoServicePurpose(2);
    public static final CryptoServicePurpose KEYGEN = new CryptoServicePurpose(3);
    public static final CryptoServicePurpose SIGNING = new CryptoServicePurpose(4);
    public static final CryptoServicePurpose VERIFYING = new CryptoServicePurpose(5);
    public static final CryptoServicePurpose AUTHENTICATION = new CryptoServicePurpose(6);
    public static final CryptoServicePurpose VERIFICATION = new CryptoServicePurpose(7);
    public static final CryptoServicePurpose PRF = new CryptoServicePurpose(8);
    public static final CryptoServicePurpose ANY = new CryptoServicePurpose(9);
    public static final CryptoServicePurpose INTERNAL = new CryptoServicePurpose(10);
    private static final CryptoServicePurpose[] BY_CODE = {AGREEMENT, ENCRYPTION, DECRYPTION, KEYGEN, SIGNING, VERIFYING,
        AUTHENTICATION, VERIFICATION, PRF, ANY, INTERNAL};

    private final int code;

    private CryptoServicePurpose(int code) {
        this.code = code;
    }

    public int getCode() {
        return code;
    }

    public static CryptoServicePurpose forCode(int code) {
        if (code < 0 || code >= BY_CODE.length) {
            throw new IllegalArgumentException("unknown CryptoServicePurpose code: " + code);
        }
        return BY_CODE[code];
    }
}
