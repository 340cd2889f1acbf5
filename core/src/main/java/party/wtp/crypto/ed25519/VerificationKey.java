package party.wtp.crypto.ed25519;

import java.util.Arrays;

/**
 * An Ed25519 public key that checks signatures (RFC 8032, pure Ed25519) with the cofactorless equation
 * [S]B = R + [k]A, k = SHA-512(R || A || M) mod L. Its arithmetic uses no {@code long}, which TeaVM compiles to slow
 * JavaScript BigInt. A signature is refused unless it is 64 bytes, S is below L and R is the canonical encoding of
 * a point; a key is refused unless its encoding is canonical, it is a curve point and not of small order.
 */
public final class VerificationKey {
    /** The length of an encoded key. */
    public static final int LENGTH = 32;
    /** The length of a signature: R (32 bytes) then S (32 bytes). */
    public static final int SIGNATURE_LENGTH = 64;
    private static final int WIDTH = 5;

    private final byte[] encoded;
    /** A, 3A, ..., 15A. */
    private final CachedPoint[] oddMultiples;

    private VerificationKey(byte[] encoded, ExtendedPoint point) {
        this.encoded = encoded;
        this.oddMultiples = point.oddMultiples(1 << (WIDTH - 2));
    }

    /**
     * The key of a 32-byte encoding; refuses (IllegalArgumentException) a non-canonical encoding, one that is no
     * point of the curve, and the eight points of small order.
     */
    public static VerificationKey decode(byte[] key) {
        if (key.length != LENGTH) {
            throw new IllegalArgumentException("an Ed25519 public key is 32 bytes, got " + key.length);
        }
        if (!Field25519.isCanonical(key, 0)) {
            throw new IllegalArgumentException("not the canonical encoding of a point");
        }
        ExtendedPoint point = ExtendedPoint.decode(key, 0);
        if (point == null) {
            throw new IllegalArgumentException("not a point of the curve");
        }
        ExtendedPoint eightfold = point.copy();
        eightfold.doubleInPlace();
        eightfold.doubleInPlace();
        eightfold.doubleInPlace();
        if (eightfold.isIdentity()) {
            throw new IllegalArgumentException("a point of small order");
        }
        return new VerificationKey(key.clone(), point);
    }

    /** Whether {@code signature} is valid for {@code message} under {@code publicKey}; false for any invalid key. */
    public static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
        VerificationKey key;
        try {
            key = decode(publicKey);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return key.verify(message, signature);
    }

    /** Builds the base point's table now (it is built on the first verification otherwise). */
    public static void precompute() {
        BasePoint.oddMultiples();
    }

    /**
     * Whether [L]A is the identity: with {@link #decode}'s checks, that the key is in the prime-order subgroup, not
     * of mixed order (a prime-order point plus one of small order), as Bouncy Castle's validatePublicKeyFull asks.
     */
    public boolean hasPrimeOrder() {
        return Straus.sum(new byte[][] {Wnaf.digits(Scalar.ORDER, WIDTH)}, new CachedPoint[][] {oddMultiples})
                .isIdentity();
    }

    /** Whether {@code signature} is a valid signature of {@code message} under this key. */
    public boolean verify(byte[] message, byte[] signature) {
        if (signature.length != SIGNATURE_LENGTH || !Scalar.isReduced(signature, 32)
                || !Field25519.isCanonical(signature, 0)) {
            return false;
        }
        byte[] hash = Sha512.of(Arrays.copyOf(signature, 32), encoded, message);
        byte[] k = Wnaf.digits(Scalar.reduce(hash), WIDTH);
        for (int i = 0; i < k.length; i++) {
            k[i] = (byte) -k[i];
        }
        // [S]B - [k]A, which is R exactly when the signature is valid: compared as canonical encodings
        byte[] s = Wnaf.digits(Arrays.copyOfRange(signature, 32, SIGNATURE_LENGTH), BasePoint.WIDTH);
        byte[] r = Straus.sum(new byte[][] {s, k}, new CachedPoint[][] {BasePoint.oddMultiples(), oddMultiples})
                .encode();
        for (int i = 0; i < 32; i++) {
            if (r[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    public byte[] toBytes() {
        return encoded.clone();
    }
}
