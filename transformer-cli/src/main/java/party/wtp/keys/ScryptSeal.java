package party.wtp.keys;

import java.util.Arrays;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.generators.SCrypt;
import org.bouncycastle.crypto.modes.ChaCha20Poly1305;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Seals a party's secret under a passphrase: scrypt (RFC 7914) turns passphrase and a random salt into a 32-byte key,
 * ChaCha20-Poly1305 (RFC 8439) encrypts the secret with a random 12-byte nonce and authenticates the public key as
 * associated data. Sealed form: nonce || ciphertext || 16-byte tag.
 */
final class ScryptSeal {
    static final int SALT_LENGTH = 16;
    static final int NONCE_LENGTH = 12;
    static final int TAG_LENGTH = 16;
    /** The cost a new key file gets: N = 2^17, r = 8, p = 1 (128 MiB, about half a second). */
    static final int LOG2_N = 17;
    static final int R = 8;
    static final int P = 1;
    /** Bounds a key file may ask for, so a crafted file cannot demand unbounded memory or time. */
    static final int MAX_LOG2_N = 22;
    static final long MAX_MEMORY = 1L << 30;

    final int log2N;
    final int r;
    final int p;

    ScryptSeal(int log2N, int r, int p) {
        this.log2N = log2N;
        this.r = r;
        this.p = p;
    }

    static ScryptSeal standard() {
        return new ScryptSeal(LOG2_N, R, P);
    }

    /** True when the parameters are ones this program is willing to run. */
    boolean reasonable() {
        return log2N >= 10 && log2N <= MAX_LOG2_N && r >= 1 && r <= 32 && p >= 1 && p <= 16
                && 128L * r * (1L << log2N) <= MAX_MEMORY;
    }

    byte[] seal(byte[] passphrase, byte[] salt, byte[] nonce, byte[] associated, byte[] secret) {
        ChaCha20Poly1305 aead = cipher(true, passphrase, salt, nonce, associated);
        byte[] out = new byte[NONCE_LENGTH + aead.getOutputSize(secret.length)];
        System.arraycopy(nonce, 0, out, 0, NONCE_LENGTH);
        int n = aead.processBytes(secret, 0, secret.length, out, NONCE_LENGTH);
        try {
            aead.doFinal(out, NONCE_LENGTH + n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** The secret, or null when passphrase, salt, associated data or sealed bytes do not match. */
    byte[] open(byte[] passphrase, byte[] salt, byte[] associated, byte[] sealed) {
        if (sealed.length < NONCE_LENGTH + TAG_LENGTH) {
            return null;
        }
        byte[] nonce = Arrays.copyOf(sealed, NONCE_LENGTH);
        ChaCha20Poly1305 aead = cipher(false, passphrase, salt, nonce, associated);
        int len = sealed.length - NONCE_LENGTH;
        byte[] out = new byte[aead.getOutputSize(len)];
        int n = aead.processBytes(sealed, NONCE_LENGTH, len, out, 0);
        try {
            aead.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            return null;
        }
        return out;
    }

    private ChaCha20Poly1305 cipher(boolean encrypt, byte[] passphrase, byte[] salt, byte[] nonce, byte[] associated) {
        byte[] key = SCrypt.generate(passphrase, salt, 1 << log2N, r, p, 32);
        ChaCha20Poly1305 aead = new ChaCha20Poly1305();
        aead.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_LENGTH * 8, nonce, associated));
        Arrays.fill(key, (byte) 0);
        return aead;
    }

    /** The {@code kdf:} line value: {@code scrypt N=131072 r=8 p=1}. */
    String describe() {
        return "scrypt N=" + (1L << log2N) + " r=" + r + " p=" + p;
    }

    /** Parses a {@code kdf:} value, or returns null when it is not of that form. */
    static ScryptSeal parse(String text) {
        String[] parts = text.trim().split(" +");
        if (parts.length != 4 || !parts[0].equals("scrypt") || !parts[1].startsWith("N=") || !parts[2].startsWith("r=")
                || !parts[3].startsWith("p=")) {
            return null;
        }
        try {
            long n = Long.parseLong(parts[1].substring(2));
            int r = Integer.parseInt(parts[2].substring(2));
            int p = Integer.parseInt(parts[3].substring(2));
            if (n < 2 || Long.bitCount(n) != 1) {
                return null;
            }
            return new ScryptSeal(Long.numberOfTrailingZeros(n), r, p);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
