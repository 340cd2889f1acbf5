package party.wtp.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import party.wtp.anchor.ResourceKey;
import party.wtp.crypto.PartyKey;
import party.wtp.crypto.SeededRandomness;

class RouteTest {
    private final SeededRandomness random = new SeededRandomness("route test");
    private final PartyKey party = PartyKey.generate(random);

    @Test
    void formatsAndParsesBackWithAndWithoutTarget() {
        ResourceKey key = ResourceKey.of(random.bytes(16));
        Route r = new Route(party.publicKey().fingerprint(), key, null);
        String text = r.toString();
        assertEquals(45, text.length());
        assertTrue(text.matches("[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{22}"));
        Route back = Route.parse("#" + text);
        assertEquals(key, back.key());
        assertNull(back.target());
        Route t = Route.parse(r.withTarget("Section 2 — été").toString());
        assertEquals("Section 2 — été", t.target());
        assertEquals(party.publicKey().fingerprint(), t.party());
    }

    @Test
    void refusesDamagedFragmentsInPlainWords() {
        assertThrows(IllegalArgumentException.class, () -> Route.parse(""));
        assertThrows(IllegalArgumentException.class, () -> Route.parse("#abc.def"));
        String good = new Route(party.publicKey().fingerprint(), ResourceKey.of(random.bytes(16)), null).toString();
        assertThrows(IllegalArgumentException.class, () -> Route.parse(good + "x"));
        assertThrows(IllegalArgumentException.class, () -> Route.parse(good.substring(0, 44) + "!"));
    }

    @Test
    void resourceKeysForPathsAreStableAndDistinct() {
        assertEquals(ResourceKey.forPath(party, "a.html"), ResourceKey.forPath(party, "a.html"));
        assertTrue(!ResourceKey.forPath(party, "a.html").equals(ResourceKey.forPath(party, "b.html")));
        PartyKey other = PartyKey.generate(random);
        assertTrue(!ResourceKey.forPath(party, "a.html").equals(ResourceKey.forPath(other, "a.html")));
    }

    @Test
    void siteMapRoundTrips() {
        Map<String, ResourceKey> m = new LinkedHashMap<>();
        m.put("docs/café menu.html", ResourceKey.of(random.bytes(16)));
        m.put("index.html", ResourceKey.of(random.bytes(16)));
        byte[] enc = new SiteMap(m).encode();
        SiteMap back = SiteMap.decode(enc, 0, enc.length);
        assertEquals(m.get("docs/café menu.html"), back.keyOf("docs/café menu.html"));
        assertEquals(2, back.entries().size());
    }

    @Test
    void oneSiteMapEntryIsFoundWithoutDecodingTheMap() {
        Map<String, ResourceKey> m = new LinkedHashMap<>();
        m.put("docs/café menu.html", ResourceKey.of(random.bytes(16)));
        m.put("menu.html", ResourceKey.of(random.bytes(16)));
        m.put(SiteMap.ABOUT_PATH, ResourceKey.of(random.bytes(16)));
        String text = new String(new SiteMap(m).encode(), java.nio.charset.StandardCharsets.UTF_8);
        for (String path : m.keySet()) {
            assertEquals(m.get(path), SiteMap.find(text, path), path);
        }
        assertEquals(null, SiteMap.find(text, "café menu.html"));
        assertEquals(null, SiteMap.find(text, "/wtp/about"));
        assertEquals(null, SiteMap.find("", SiteMap.ABOUT_PATH));
        assertThrows(IllegalArgumentException.class, () -> SiteMap.find("not-a-key\t/wtp/about.txt\n", SiteMap.ABOUT_PATH));
    }
}
