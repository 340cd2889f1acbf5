package party.wtp.anchor;

import party.wtp.bytes.ByteValue;
import java.util.Arrays;
import party.wtp.bytes.Hex;
import party.wtp.crypto.Sha256;
import party.wtp.naming.MirrorSalt;

/**
 * The opaque 16-byte name of a resource within a party, the same on every mirror and in every generation.
 * It reveals nothing of the logical path: it is derived from the resource key, or, for a mirror's manifest, from its salt.
 */
public final class ResourceId extends ByteValue {
    public static final int LENGTH = 16;

    private ResourceId(byte[] value) {
        super(value);
    }

    public static ResourceId of(byte[] value) {
        if (value.length != LENGTH) {
            throw new IllegalArgumentException("a resource id is 16 bytes, got " + value.length);
        }
        return new ResourceId(value.clone());
    }

    /** The id of the manifest of the mirror with this salt. */
    public static ResourceId ofManifest(MirrorSalt salt) {
        return new ResourceId(Arrays.copyOf(Sha256.tagged("wtp/manifest-id/v1", salt.toBytes()), LENGTH));
    }

    static ResourceId ofKey(byte[] anchorKey) {
        return new ResourceId(Arrays.copyOf(Sha256.tagged("wtp/resource-id/v1", anchorKey), LENGTH));
    }

    public byte[] toBytes() {
        return value.clone();
    }

    /** Reads byte {@code i}; used by Bloom filters without copying. */
    public int byteAt(int i) {
        return value[i] & 0xff;
    }

    public int compareTo(ResourceId other) {
        for (int i = 0; i < LENGTH; i++) {
            int d = (value[i] & 0xff) - (other.value[i] & 0xff);
            if (d != 0) {
                return d;
            }
        }
        return 0;
    }

    @Override
    public String toString() {
        return Hex.encode(value);
    }
}
