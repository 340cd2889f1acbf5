package party.wtp.crypto;

import org.bouncycastle.crypto.digests.SHA256Digest;

/**
 * SHA-256, the one hash of the format: 32-bit arithmetic, so it stays fast when TeaVM turns Java into JavaScript.
 * Streaming use: {@link #update}, then {@link #digest()} once.
 */
public final class Sha256 {
    public static final int LENGTH = 32;
    private final SHA256Digest digest = new SHA256Digest();

    public Sha256 update(byte[] data) {
        digest.update(data, 0, data.length);
        return this;
    }

    public Sha256 update(byte[] data, int off, int len) {
        digest.update(data, off, len);
        return this;
    }

    public Sha256 update(int b) {
        digest.update((byte) b);
        return this;
    }

    public byte[] digest() {
        byte[] out = new byte[LENGTH];
        digest.doFinal(out, 0);
        return out;
    }

    /** SHA-256 of a domain label (ASCII) followed by the given parts: every derivation in the format has its own label. */
    public static byte[] tagged(String label, byte[]... parts) {
        Sha256 h = new Sha256();
        for (int i = 0; i < label.length(); i++) {
            h.update(label.charAt(i));
        }
        h.update(0);
        for (byte[] p : parts) {
            h.update(p);
        }
        return h.digest();
    }

    public static byte[] of(byte[] data) {
        return new Sha256().update(data).digest();
    }
}
