package party.wtp.envelope;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import party.wtp.anchor.ResourceKey;
import party.wtp.bytes.ByteReader;
import party.wtp.bytes.ByteWriter;
import party.wtp.bytes.MalformedException;
import party.wtp.bytes.Utf8;

/**
 * What a reader must know about a resource besides its bytes, encrypted under the outer layer at the start of the
 * plaintext: content type, logical path (for downloads' file names and links made by the site's scripts), the
 * key of the party's site map and, for a page, its closure: the keys of the files a reader loads with it, so that it
 * can ask for all of them at once. Layout: u16 length, then fields (u8 tag, u16 length, value); unknown tags are
 * skipped.
 */
public final class ResourceMeta {
    public static final int MAX_LENGTH = 4096;
    private static final int TAG_TYPE = 1;
    private static final int TAG_PATH = 2;
    private static final int TAG_SITE_MAP = 3;
    private static final int TAG_CLOSURE = 4;
    private static final int FIELD_HEAD = 3;
    private final String contentType;
    private final String path;
    private final ResourceKey siteMap;
    private final List<ResourceKey> closure;

    public ResourceMeta(String contentType, String path, ResourceKey siteMap) {
        this(contentType, path, siteMap, Collections.<ResourceKey>emptyList());
    }

    /** With a page's closure, in the order a reader should ask for the files; {@link #encode} keeps what fits. */
    public ResourceMeta(String contentType, String path, ResourceKey siteMap, List<ResourceKey> closure) {
        this.contentType = contentType;
        this.path = path;
        this.siteMap = siteMap;
        this.closure = Collections.unmodifiableList(new ArrayList<>(closure));
    }

    public String contentType() {
        return contentType;
    }

    /** The logical path within the site, '/'-separated, NFC. */
    public String path() {
        return path;
    }

    /** The site map's key, or null when the resource carries none. */
    public ResourceKey siteMap() {
        return siteMap;
    }

    /**
     * The keys of the files a reader loads with this page beyond the page itself (style sheets, what they import and
     * name, scripts, images), in the order to ask for them; empty when the resource carries none. Only a hint: each
     * file is verified as usual when a reference uses it.
     */
    public List<ResourceKey> closure() {
        return closure;
    }

    /** The file name a download should get: the last segment of the path. */
    public String fileName() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    public byte[] encode() {
        ByteWriter fields = new ByteWriter(128);
        field(fields, TAG_TYPE, Utf8.encode(contentType));
        field(fields, TAG_PATH, Utf8.encode(path));
        if (siteMap != null) {
            field(fields, TAG_SITE_MAP, siteMap.toBytes());
        }
        if (fields.size() > MAX_LENGTH) {
            throw new IllegalArgumentException("resource meta data is longer than " + MAX_LENGTH + " bytes: " + path);
        }
        int room = (MAX_LENGTH - fields.size() - FIELD_HEAD) / ResourceKey.LENGTH;
        int kept = Math.min(closure.size(), room);
        if (kept > 0) {
            fields.u8(TAG_CLOSURE).u16(kept * ResourceKey.LENGTH);
            for (int i = 0; i < kept; i++) {
                fields.bytes(closure.get(i).toBytes());
            }
        }
        return new ByteWriter(fields.size() + 2).u16(fields.size()).bytes(fields.toByteArray()).toByteArray();
    }

    private static void field(ByteWriter w, int tag, byte[] value) {
        w.u8(tag).u16(value.length).bytes(value);
    }

    /** Decodes the meta at the start of a plaintext; returns it and, through {@code end[0]}, where the content starts. */
    static ResourceMeta decode(byte[] plain, int off, int len, int[] end) {
        ByteReader head = new ByteReader(plain, off, len);
        int total = head.u16("meta length");
        if (total > MAX_LENGTH) {
            throw new MalformedException("meta data is longer than " + MAX_LENGTH + " bytes");
        }
        ByteReader r = new ByteReader(plain, off + 2, Math.min(total, len - 2));
        if (r.remaining() < total) {
            throw new MalformedException("truncated: meta data");
        }
        String type = null;
        String path = null;
        ResourceKey map = null;
        List<ResourceKey> closure = Collections.<ResourceKey>emptyList();
        while (r.remaining() > 0) {
            int tag = r.u8("meta tag");
            int n = r.u16("meta field length");
            byte[] value = r.bytes(n, "meta field");
            if (tag == TAG_TYPE) {
                type = Utf8.decode(value, "content type");
            } else if (tag == TAG_PATH) {
                path = Utf8.decode(value, "path");
            } else if (tag == TAG_SITE_MAP) {
                if (n != ResourceKey.LENGTH) {
                    throw new MalformedException("site map key has a wrong length");
                }
                map = ResourceKey.of(value);
            } else if (tag == TAG_CLOSURE) {
                closure = keys(value);
            }
        }
        if (type == null || path == null) {
            throw new MalformedException("meta data lacks content type or path");
        }
        end[0] = off + 2 + total;
        return new ResourceMeta(type, path, map, closure);
    }

    private static List<ResourceKey> keys(byte[] value) {
        if (value.length % ResourceKey.LENGTH != 0) {
            throw new MalformedException("closure is not a whole number of resource keys");
        }
        List<ResourceKey> keys = new ArrayList<>(value.length / ResourceKey.LENGTH);
        for (int at = 0; at < value.length; at += ResourceKey.LENGTH) {
            byte[] key = new byte[ResourceKey.LENGTH];
            System.arraycopy(value, at, key, 0, ResourceKey.LENGTH);
            keys.add(ResourceKey.of(key));
        }
        return keys;
    }
}
