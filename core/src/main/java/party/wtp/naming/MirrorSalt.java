package party.wtp.naming;

import party.wtp.bytes.ByteValue;
import java.util.Arrays;
import party.wtp.anchor.ResourceId;
import party.wtp.bytes.Base32;
import party.wtp.bytes.Base64Url;
import party.wtp.crypto.Randomness;
import party.wtp.crypto.Sha256;

/**
 * A mirror's 16-byte name salt: file names on each mirror are hashed under its own salt, so no URL path
 * repeats across mirrors and a censor cannot block one path everywhere.
 */
public final class MirrorSalt extends ByteValue {
    public static final int LENGTH = 16;
    /** Length of every hashed file name, in base32 characters (15 bytes). */
    public static final int NAME_LENGTH = 24;
    private static final byte[] BRIDGE = Sha256.tagged("wtp/bridge/v1");
    private static final byte[] CLIENT = Sha256.tagged("wtp/client/v1");
    private static final byte[] LEGACY_CLIENT = Sha256.tagged("wtp/legacy-client/v1");

    private MirrorSalt(byte[] value) {
        super(value);
    }

    public static MirrorSalt of(byte[] value) {
        if (value.length != LENGTH) {
            throw new IllegalArgumentException("a mirror salt is 16 bytes, got " + value.length);
        }
        return new MirrorSalt(value.clone());
    }

    public static MirrorSalt parse(String text) {
        return new MirrorSalt(Base64Url.decode(text, LENGTH, "mirror salt"));
    }

    public static MirrorSalt generate(Randomness random) {
        return new MirrorSalt(random.bytes(LENGTH));
    }

    /** The file name of a resource on this mirror: base32(SHA-256("wtp/name/v1" 0x00 || salt || id)[0..15]). */
    public String fileName(ResourceId id) {
        return name(id.toBytes());
    }

    /** The bridge page, which fetches this mirror's files for clients on other origins. */
    public String bridgeFileName() {
        return name(BRIDGE) + ".html";
    }

    public String clientFileName() {
        return name(CLIENT) + ".js";
    }

    public String legacyClientFileName() {
        return name(LEGACY_CLIENT) + ".js";
    }

    private String name(byte[] id) {
        return Base32.encode(Arrays.copyOf(Sha256.tagged("wtp/name/v1", value, id), 15));
    }

    public byte[] toBytes() {
        return value.clone();
    }

    @Override
    public String toString() {
        return Base64Url.encode(value);
    }
}
