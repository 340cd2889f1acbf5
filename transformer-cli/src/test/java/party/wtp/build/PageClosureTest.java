package party.wtp.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import party.wtp.anchor.ResourceKey;
import party.wtp.crypto.PartyKey;
import party.wtp.crypto.SeededRandomness;

/** What a page's closure holds and in which order: what it loads, followed through style sheets only. */
class PageClosureTest {
    private static final Set<String> SHEETS = Set.of("a.css", "b.css", "c.css");

    @Test
    void followsStyleSheetsBreadthFirstAndListsThemFirst() {
        Map<String, List<String>> loads = Map.of(
                "page.html", List.of("logo.png", "a.css", "app.js"),
                "a.css", List.of("b.css", "bg.png"),
                "b.css", List.of("font.woff", "logo.png"));
        assertEquals(List.of("a.css", "b.css", "logo.png", "app.js", "bg.png", "font.woff"),
                PageClosure.of("page.html", loads, SHEETS));
    }

    @Test
    void aCycleOfImportsEndsAndThePageIsNotInItsOwnClosure() {
        Map<String, List<String>> loads = Map.of(
                "page.html", List.of("a.css"),
                "a.css", List.of("b.css", "page.html"),
                "b.css", List.of("a.css", "c.css"),
                "c.css", List.of("b.css"));
        assertEquals(List.of("a.css", "b.css", "c.css"), PageClosure.of("page.html", loads, SHEETS));
    }

    @Test
    void onlyStyleSheetsAreFollowed() {
        // an SVG image or a framed page may load files of its own: the reader does not open them with the page
        Map<String, List<String>> loads = Map.of(
                "page.html", List.of("icon.svg"),
                "icon.svg", List.of("sprite.png"));
        assertEquals(List.of("icon.svg"), PageClosure.of("page.html", loads, SHEETS));
    }

    @Test
    void theRewriterRecordsLoadsNotLinksNorFrames() throws Exception {
        Map<String, ResourceKey> keys = new LinkedHashMap<>();
        PartyKey party = PartyKey.generate(new SeededRandomness("page closure"));
        for (String p : List.of("page.html", "other.html", "framed.html", "a.css", "logo.png", "bg.png", "app.js")) {
            keys.put(p, ResourceKey.forPath(party, p));
        }
        SiteRoutes.Recorder links = new SiteRoutes(party.publicKey().fingerprint(), keys).forPage();
        String html = "<!doctype html><html><head><link rel=stylesheet href=a.css><link rel=next href=other.html>"
                + "</head><body style=\"background: url(bg.png)\"><a href=other.html><img src=logo.png></a>"
                + "<iframe src=framed.html></iframe><script src=app.js></script></body></html>";
        SiteRewriter.forSite(null).html("page.html", html.getBytes(StandardCharsets.UTF_8), links, w -> { });
        assertEquals(List.of("a.css", "bg.png", "logo.png", "app.js"), links.loaded());
        assertEquals(Set.of("a.css", "bg.png", "logo.png", "app.js", "other.html", "framed.html"), links.referenced());
    }
}
