package party.wtp.envelope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import party.wtp.anchor.ResourceKey;
import party.wtp.bytes.ByteWriter;
import party.wtp.bytes.MalformedException;
import party.wtp.bytes.Utf8;
import party.wtp.crypto.SeededRandomness;

/** The plaintext's meta fields: what a writer encodes comes back, a page's closure included, and bad fields fail. */
class ResourceMetaTest {
    private final SeededRandomness random = new SeededRandomness("resource meta test");

    @Test
    void aPagesClosureComesBackInItsOrder() {
        ResourceKey map = key();
        List<ResourceKey> closure = keys(5);
        ResourceMeta meta = decode(new ResourceMeta("text/html", "docs/index.html", map, closure).encode());
        assertEquals("text/html", meta.contentType());
        assertEquals("docs/index.html", meta.path());
        assertEquals(map, meta.siteMap());
        assertEquals(closure, meta.closure());
    }

    @Test
    void noClosureWritesNoFieldAndReadsEmpty() {
        byte[] without = new ResourceMeta("image/png", "a.png", null).encode();
        assertEquals(without.length, new ResourceMeta("image/png", "a.png", null, List.of()).encode().length);
        ResourceMeta meta = decode(without);
        assertTrue(meta.closure().isEmpty());
        assertNull(meta.siteMap());
    }

    @Test
    void aClosureTooLongForTheMetaIsCutFromItsEnd() {
        List<ResourceKey> closure = keys(300);
        byte[] encoded = new ResourceMeta("text/html", "gallery.html", key(), closure).encode();
        assertTrue(encoded.length - 2 <= ResourceMeta.MAX_LENGTH, "meta within the cap: " + encoded.length);
        ResourceMeta meta = decode(encoded);
        // type field 3 + 9, path 3 + 12, site map 3 + 16, closure head 3: (4096 - 49) / 16 keys fit
        assertEquals((ResourceMeta.MAX_LENGTH - 49) / ResourceKey.LENGTH, meta.closure().size());
        assertEquals(closure.subList(0, meta.closure().size()), meta.closure());
    }

    @Test
    void unknownFieldsAreSkipped() {
        List<ResourceKey> closure = keys(2);
        ByteWriter fields = new ByteWriter();
        field(fields, 9, new byte[] {1, 2, 3});
        field(fields, 1, Utf8.encode("text/css"));
        field(fields, 200, new byte[0]);
        field(fields, 2, Utf8.encode("a.css"));
        field(fields, 4, concat(closure));
        ResourceMeta meta = decode(withLength(fields));
        assertEquals("a.css", meta.path());
        assertEquals(closure, meta.closure());
    }

    @Test
    void aClosureOfPartKeysIsMalformed() {
        ByteWriter fields = new ByteWriter();
        field(fields, 1, Utf8.encode("text/html"));
        field(fields, 2, Utf8.encode("a.html"));
        field(fields, 4, new byte[ResourceKey.LENGTH + 1]);
        assertThrows(MalformedException.class, () -> decode(withLength(fields)));
    }

    @Test
    void metaOverTheCapIsMalformed() {
        ByteWriter fields = new ByteWriter();
        field(fields, 1, Utf8.encode("text/html"));
        field(fields, 2, Utf8.encode("a.html"));
        field(fields, 4, new byte[ResourceKey.LENGTH * 256]);
        assertThrows(MalformedException.class, () -> decode(withLength(fields)));
    }

    private static ResourceMeta decode(byte[] plain) {
        return ResourceMeta.decode(plain, 0, plain.length, new int[1]);
    }

    private static void field(ByteWriter w, int tag, byte[] value) {
        w.u8(tag).u16(value.length).bytes(value);
    }

    private static byte[] withLength(ByteWriter fields) {
        return new ByteWriter().u16(fields.size()).bytes(fields.toByteArray()).toByteArray();
    }

    private static byte[] concat(List<ResourceKey> keys) {
        ByteWriter w = new ByteWriter();
        for (ResourceKey k : keys) {
            w.bytes(k.toBytes());
        }
        return w.toByteArray();
    }

    private ResourceKey key() {
        return ResourceKey.of(random.bytes(ResourceKey.LENGTH));
    }

    private List<ResourceKey> keys(int n) {
        List<ResourceKey> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(key());
        }
        return out;
    }
}
