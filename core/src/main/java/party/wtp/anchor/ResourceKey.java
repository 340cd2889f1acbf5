package party.wtp.anchor;

import party.wtp.bytes.ByteValue;
import java.util.Arrays;
import party.wtp.bytes.Base64Url;
import party.wtp.crypto.PartyKey;
import party.wtp.crypto.Sha256;
import party.wtp.bytes.Utf8;

/**
 * The 16-byte secret of one resource that travels only in URL fragments (22 base64url characters).
 * From it come the resource's outer encryption key and its public {@link ResourceId}; whoever lacks it
 * cannot read the resource, and cannot even tell which of a mirror's files it is.
 */
public final class ResourceKey extends ByteValue {
    public static final int LENGTH = 16;
    public static final int TEXT_LENGTH = 22;

    private ResourceId id;

    private ResourceKey(byte[] value) {
        super(value);
    }

    public static ResourceKey of(byte[] value) {
        if (value.length != LENGTH) {
            throw new IllegalArgumentException("a resource key is 16 bytes, got " + value.length);
        }
        return new ResourceKey(value.clone());
    }

    public static ResourceKey parse(String text) {
        return new ResourceKey(Base64Url.decode(text, LENGTH, "resource key"));
    }

    /**
     * The creator's key for a logical path: stable across generations, so bookmarks keep working,
     * and unguessable without the party's secret key.
     */
    public static ResourceKey forPath(PartyKey party, String logicalPath) {
        return new ResourceKey(Arrays.copyOf(party.derive("wtp/resource-key/v1", Utf8.encode(logicalPath)), LENGTH));
    }

    /** The ChaCha20 key of the outer layer. */
    public byte[] outerKey() {
        return Sha256.tagged("wtp/outer-key/v1", value);
    }

    /** The file's id, derived once per key (a reader asks for it at each step of a fetch: a hash each time). */
    public ResourceId id() {
        if (id == null) {
            id = ResourceId.ofKey(value);
        }
        return id;
    }

    public byte[] toBytes() {
        return value.clone();
    }

    /** The anchor text, as it stands in a fragment. */
    @Override
    public String toString() {
        return Base64Url.encode(value);
    }
}
