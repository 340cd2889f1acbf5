package party.wtp.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import party.wtp.anchor.ResourceId;
import party.wtp.anchor.ResourceKey;
import party.wtp.crypto.PartyKey;
import party.wtp.crypto.SeededRandomness;
import party.wtp.naming.MirrorSalt;

class ManifestTest {
    private final SeededRandomness random = new SeededRandomness("manifest test");

    @Test
    void bloomHoldingsHaveNoFalseNegativesAndFewFalsePositives() {
        List<ResourceId> held = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            held.add(ResourceKey.of(random.bytes(16)).id());
        }
        Holdings h = Holdings.of(held, held.size());
        for (ResourceId id : held) {
            assertTrue(h.mayHold(id));
        }
        int fp = 0;
        for (int i = 0; i < 10_000; i++) {
            if (h.mayHold(ResourceKey.of(random.bytes(16)).id())) {
                fp++;
            }
        }
        assertTrue(fp < 300, "false positives: " + fp);
        assertTrue(Holdings.all().mayHold(held.get(0)));
    }

    @Test
    void roundTripsThroughItsEncoding() {
        PartyKey key = PartyKey.generate(random);
        List<ResourceId> some = new ArrayList<>();
        some.add(ResourceKey.of(random.bytes(16)).id());
        MirrorEntry self = new MirrorEntry(MirrorUrl.parse("http://m1.party.test:8001"), MirrorSalt.generate(random),
                Holdings.all());
        List<MirrorEntry> list = new ArrayList<>();
        list.add(new MirrorEntry(MirrorUrl.parse("https://Example.org/a/b"), MirrorSalt.generate(random),
                Holdings.of(some, 1)));
        Manifest m = new Manifest(key.publicKey(), 7, 1234, some.get(0), 99, self, list, "http://r.example/report",
                "Bonjour, hôte");
        byte[] bytes = m.encode();
        Manifest back = Manifest.decode(bytes, 0, bytes.length);
        assertEquals(7, back.generation());
        assertEquals("https://example.org/a/b/", back.mirrors().get(0).url().toString());
        assertTrue(back.mirrors().get(0).mayHold(some.get(0)));
        assertEquals("Bonjour, hôte", back.about());
        assertEquals(key.publicKey(), back.party());
        byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        assertThrows(party.wtp.bytes.MalformedException.class, () -> Manifest.decode(longer, 0, longer.length));
    }

    @Test
    void aPartyKeyAlreadyCheckedIsTakenAsItIsAndAnyOtherIsChecked() {
        PartyKey key = PartyKey.generate(random);
        MirrorEntry self = new MirrorEntry(MirrorUrl.parse("http://m1.party.test:8001"), MirrorSalt.generate(random),
                Holdings.all());
        byte[] bytes = new Manifest(key.publicKey(), 3, 1, ResourceKey.of(random.bytes(16)).id(), 99, self,
                new ArrayList<>(), "", "").encode();
        assertSame(key.publicKey(), Manifest.decode(bytes, 0, bytes.length, key.publicKey()).party());
        // another known key: the manifest's own key is decoded and checked as without one
        PartyKey other = PartyKey.generate(random);
        assertEquals(key.publicKey(), Manifest.decode(bytes, 0, bytes.length, other.publicKey()).party());
        // a key of small order (the identity point's encoding) is refused, whatever key is known
        byte[] identity = new byte[32];
        identity[0] = 1;
        System.arraycopy(identity, 0, bytes, 5, 32);
        assertThrows(party.wtp.bytes.MalformedException.class,
                () -> Manifest.decode(bytes, 0, bytes.length, other.publicKey()));
    }

    @Test
    void mirrorUrlsNameTheirFolders() {
        assertEquals("m1.party.test_8001", MirrorUrl.parse("http://m1.party.test:8001/").folderName());
        assertEquals("example.org_80", MirrorUrl.parse("http://example.org").folderName());
        assertEquals("example.org_80_pages_site", MirrorUrl.parse("http://example.org/pages/site/").folderName());
        assertEquals("example.org_443", MirrorUrl.parse("https://EXAMPLE.org/").folderName());
        assertEquals("http://example.org/", MirrorUrl.parse("http://example.org:80").toString());
        assertEquals("http://m1.party.test:8001", MirrorUrl.parse("http://m1.party.test:8001/x/").origin());
        for (String bad : new String[] {"ftp://x.org/", "x.org", "http://", "http://a b/", "http://x.org:0/",
                "http://x.org/?q", "http://u@x.org/"}) {
            assertThrows(IllegalArgumentException.class, () -> MirrorUrl.parse(bad), bad);
        }
        assertFalse(MirrorUrl.parse("http://a.org/").equals(MirrorUrl.parse("http://a.org:81/")));
    }

    @Test
    void fileNamesDifferPerMirrorAndRevealNothing() {
        MirrorSalt a = MirrorSalt.generate(random);
        MirrorSalt b = MirrorSalt.generate(random);
        ResourceId id = ResourceKey.of(random.bytes(16)).id();
        assertFalse(a.fileName(id).equals(b.fileName(id)));
        assertTrue(a.fileName(id).matches("[a-z2-7]{24}"));
        assertTrue(a.bridgeFileName().matches("[a-z2-7]{24}\\.html"));
        assertFalse(a.fileName(ResourceId.ofManifest(a)).equals(b.fileName(ResourceId.ofManifest(b))));
    }
}
