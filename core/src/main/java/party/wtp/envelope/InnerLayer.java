package party.wtp.envelope;

import party.wtp.crypto.KeyStream;

/**
 * The key stream of an envelope's inner layer: ChaCha8 under the inner key (sent in the clear in front of it) with an
 * all-zero nonce. It hides nothing, so it needs no more rounds: it only makes two mirrors' copies of a resource share
 * no bytes (docs/FORMAT.md, "Inner layer").
 */
public final class InnerLayer {
    private InnerLayer() {
    }

    /** A fresh stream from the start of the header, under {@code innerKey} (32 bytes). */
    public static KeyStream stream(byte[] innerKey) {
        return KeyStream.chacha8(innerKey, new byte[KeyStream.NONCE_LENGTH]);
    }
}
