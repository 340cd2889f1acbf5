package party.wtp.verify;

import party.wtp.anchor.ResourceKey;
import party.wtp.bytes.ByteReader;
import party.wtp.bytes.MalformedException;
import party.wtp.bytes.Utf8;

/**
 * Reads the meta data at the start of a resource's plaintext (FORMAT.md "Envelope": u16 length, then fields
 * u8 tag, u16 length, value; 1 content type, 2 path, 3 site map key). {@code wtp verify} needs it without holding a
 * whole (possibly huge) resource in memory, where the core decodes meta only from a complete opened envelope.
 */
final class MetaReader {
    static final int MAX = 2 + 4096;
    final String contentType;
    final String path;
    final ResourceKey siteMap;

    private MetaReader(String contentType, String path, ResourceKey siteMap) {
        this.contentType = contentType;
        this.path = path;
        this.siteMap = siteMap;
    }

    /** Decodes meta from the first {@code len} plaintext bytes; throws {@link MalformedException}. */
    static MetaReader read(byte[] plain, int len) {
        ByteReader head = new ByteReader(plain, 0, len);
        int total = head.u16("meta length");
        if (total > MAX - 2 || total > len - 2) {
            throw new MalformedException("meta data is truncated or longer than 4096 bytes");
        }
        ByteReader r = new ByteReader(plain, 2, total);
        String type = null;
        String path = null;
        ResourceKey map = null;
        while (r.remaining() > 0) {
            int tag = r.u8("meta tag");
            int n = r.u16("meta field length");
            byte[] value = r.bytes(n, "meta field");
            if (tag == 1) {
                type = Utf8.decode(value, "content type");
            } else if (tag == 2) {
                path = Utf8.decode(value, "path");
            } else if (tag == 3) {
                if (n != ResourceKey.LENGTH) {
                    throw new MalformedException("site map key has a wrong length");
                }
                map = ResourceKey.of(value);
            }
        }
        if (type == null || path == null) {
            throw new MalformedException("meta data lacks content type or path");
        }
        return new MetaReader(type, path, map);
    }
}
