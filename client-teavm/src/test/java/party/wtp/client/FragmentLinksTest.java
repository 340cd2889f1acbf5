package party.wtp.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import party.wtp.anchor.ResourceKey;
import party.wtp.crypto.Fingerprint;
import party.wtp.crypto.PartyKey;
import party.wtp.crypto.SeededRandomness;
import party.wtp.route.Route;

/** The party's routes are found wherever the build wrote them, and nothing else is touched. */
class FragmentLinksTest {
    private final SeededRandomness random = new SeededRandomness("fragment links test");
    private final Fingerprint party = PartyKey.generate(random).publicKey().fingerprint();
    private final Fingerprint other = PartyKey.generate(random).publicKey().fingerprint();
    private final ResourceKey a = ResourceKey.of(random.bytes(16));
    private final ResourceKey b = ResourceKey.of(random.bytes(16));
    private final FragmentLinks links = new FragmentLinks(party);

    @Test
    void findsRoutesInUrlsSrcsetsAndImportsButNotOtherParties() {
        String css = "@import \"#" + party + "." + a + "\"; body { background: url(#" + party + "." + b
                + ") } x { background: url(#" + other + "." + a + ") } #plain { color: red }";
        List<Route> found = links.find(css);
        assertEquals(2, found.size());
        assertEquals(a, found.get(0).key());
        assertEquals(b, found.get(1).key());

        String srcset = "#" + party + "." + a + " 1x, #" + party + "." + b + " 2x";
        assertEquals("A 1x, B 2x", links.rewrite(srcset, r -> r.key().equals(a) ? "A" : "B"));
    }

    @Test
    void keepsTargetsAndLeavesWhatTheRewriteDeclines() {
        String svg = "#" + party + "." + a + ".icon%20one";
        List<Route> found = links.find(svg);
        assertEquals("icon one", found.get(0).target());
        String text = "x #" + party + "." + a + " y #" + party + "." + b + " z";
        assertEquals("x #" + party + "." + a + " y [b] z", links.rewrite(text, r -> r.key().equals(b) ? "[b]" : null));
        assertEquals("#" + party + ".tooShort", links.rewrite("#" + party + ".tooShort", r -> "X"));
    }
}
