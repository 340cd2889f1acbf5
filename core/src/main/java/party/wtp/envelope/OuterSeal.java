package party.wtp.envelope;

import party.wtp.anchor.ResourceId;
import party.wtp.anchor.ResourceKey;
import party.wtp.crypto.KeyStream;
import party.wtp.crypto.Randomness;
import party.wtp.crypto.BulkSha256;

/**
 * First pass of sealing one resource: encrypts its plaintext under the outer layer (ChaCha20 with the key from
 * its {@link ResourceKey} and a fresh random nonce) while hashing the ciphertext, and yields its {@link Leaf}.
 * A manifest has no outer layer (all-zero nonce, body in the clear before the inner layer).
 */
public final class OuterSeal {
    private final Kind kind;
    private final ResourceId id;
    private final byte[] nonce;
    private final KeyStream stream;
    private final BulkSha256 hash = new BulkSha256();
    private long length;

    private OuterSeal(Kind kind, ResourceId id, byte[] nonce, KeyStream stream) {
        this.kind = kind;
        this.id = id;
        this.nonce = nonce;
        this.stream = stream;
    }

    public static OuterSeal resource(ResourceKey key, Randomness random) {
        return resource(key, random.bytes(KeyStream.NONCE_LENGTH));
    }

    /** With a given nonce: the second pass of a streaming build re-encrypts with the nonce of the first. */
    public static OuterSeal resource(ResourceKey key, byte[] nonce) {
        return new OuterSeal(Kind.RESOURCE, key.id(), nonce.clone(), new KeyStream(key.outerKey(), nonce));
    }

    public static OuterSeal manifest(ResourceId id) {
        return new OuterSeal(Kind.MANIFEST, id, new byte[KeyStream.NONCE_LENGTH], null);
    }

    /** Encrypts (for a resource) or copies (for a manifest) the next plaintext bytes into {@code out}, hashing the result. */
    public void process(byte[] in, int inOff, int len, byte[] out, int outOff) {
        if (stream != null) {
            stream.apply(in, inOff, len, out, outOff);
        } else if (in != out || inOff != outOff) {
            System.arraycopy(in, inOff, out, outOff, len);
        }
        hash.update(out, outOff, len);
        length += len;
    }

    public byte[] nonce() {
        return nonce.clone();
    }

    public Leaf leaf(long generation) {
        return new Leaf(kind, generation, id, nonce, length, hash.digest());
    }
}
