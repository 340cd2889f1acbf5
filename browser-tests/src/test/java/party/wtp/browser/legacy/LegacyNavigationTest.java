package party.wtp.browser.legacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gargoylesoftware.htmlunit.html.HtmlImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import party.wtp.browser.StaticSites;
import party.wtp.browser.reader.TestParty;
import party.wtp.browser.site.PublishedSite;

/**
 * The reader's path in Internet Explorer 11 (HtmlUnit 2.70's emulation: no BigInt, no Symbol, no Blob URLs), one
 * browser for the whole suite: the entry page picks the legacy client; a small site ({@code legacy/site}: pages
 * with one image each, a style sheet with a {@code url()}) published by {@code wtp build} on three mirrors opens,
 * its links and the back button work, its images and style sheet arrive as {@code data:} URLs of the verified
 * bytes; a page missing on the reader's mirror comes from a second mirror over CORS; the bridge path (a mirror
 * without CORS) is refused in plain words, because HtmlUnit's cross-origin {@code postMessage} reports a wrong
 * origin and source; a damaged link and a link of another party are explained with nothing shown.
 *
 * <p>Mirrors: m1 serves a core-built {@link TestParty}; the site's mirrors are m2 (the reader's: lacks
 * {@code stored.html} and {@code rare.html}), m3 (CORS, lacks {@code rare.html}) and m4 (no CORS, so reached
 * through its bridge page; lacks {@code stored.html}). HtmlUnit runs the client in Rhino's compiled mode (see
 * {@link InternetExplorer}).
 */
class LegacyNavigationTest {
    private static final Duration LOAD = Duration.ofSeconds(90);
    private static final String ERROR = "document.querySelector('[data-wtp-status] .error')";
    private static final String SHOWN = "document.querySelector('iframe[data-wtp-page]').contentDocument";

    @TempDir
    static Path root;
    private static StaticSites sites;
    private static TestParty party;
    private static PublishedSite site;
    private static Path html;
    private static InternetExplorer ie;

    @BeforeAll
    static void start() throws URISyntaxException {
        sites = StaticSites.start(root);
        party = TestParty.publish(sites, "m1");
        html = Path.of(LegacyNavigationTest.class.getResource("site").toURI());
        site = PublishedSite.publish(sites, html, "m2", "m3", "m4");
        remove("m2", "stored.html");
        remove("m4", "stored.html");
        remove("m2", "rare.html");
        remove("m3", "rare.html");
        sites.allowCors("m3");
        ie = new InternetExplorer();
    }

    @AfterAll
    static void stop() {
        ie.close();
        sites.close();
    }

    @Test
    void theEntryPagePicksTheLegacyClientWhichRunsCompiled() {
        int before = sites.requests().size();
        ie.open(party.entryUrl("m1", TestParty.HOME));
        ie.await("document.querySelector('[data-wtp-status] .text')"
                + " && document.querySelector('[data-wtp-status] .text').innerText.length > 0", LOAD);

        assertEquals("legacy", ie.text("document.querySelector('script[data-wtp-client]').getAttribute('data-wtp-client')"));
        assertEquals("undefined", ie.text("typeof BigInt"), "the emulated engine has no BigInt");
        assertEquals("function", ie.text("typeof wtpClient"));
        List<String> asked = since(before);
        assertTrue(asked.stream().noneMatch(r -> r.contains(".js") && !r.contains(party.legacyClientName("m1"))),
                "only the legacy client was fetched: " + asked);
        assertFalse(ie.interpreted("wtpClient"), "Rhino compiled the legacy client (no function over its limits)");
    }

    @Test
    void firstPageImagesStyleSheetInSiteLinksAndBack() {
        ie.open(site.entryUrl("m2", "index.html"));
        awaitShown("Lantern fair");
        assertEquals("Lantern fair", ie.text("document.title"));
        assertEquals("Lanterns are lit at dusk.", ie.text(SHOWN + ".getElementById('words').innerText"));
        assertPicture("lamp.png");
        assertStyled();

        ie.click("wicks");
        awaitShown("Wicks");
        assertEquals("#" + site.route("wicks.html"), ie.text("location.hash"));
        assertEquals("Wicks", ie.text("document.title"));
        assertPicture("wick.png");
        assertStyled();

        ie.back();
        awaitShown("Lantern fair");
        assertEquals("#" + site.route("index.html"), ie.text("location.hash"));
        assertPicture("lamp.png");
        assertTrue(ie.errors().isEmpty(), "script errors: " + ie.errors());
    }

    @Test
    void aPageMissingOnTheReadersMirrorComesFromTheSecondOverCors() {
        int before = sites.requests().size();
        ie.open(site.entryUrl("m2", "stored.html"));
        awaitShown("Stored lamps");
        assertEquals("Spare lamps are kept in the cellar.", ie.text(SHOWN + ".getElementById('words').innerText"));
        assertPicture("jar.png");
        List<String> asked = since(before);
        assertTrue(asked.contains("GET m2.party.test /" + site.fileName("m2", "stored.html")),
                "the reader's mirror was asked first: " + asked);
        assertTrue(asked.contains("GET m3.party.test /" + site.fileName("m3", "stored.html")),
                "the page came from the CORS mirror: " + asked);
    }

    @Test
    void theBridgePathIsRefusedInPlainWordsWithNothingShown() {
        int before = sites.requests().size();
        ie.open(site.entryUrl("m2", "rare.html"));
        awaitError();
        String words = ie.text(ERROR + ".innerText");
        assertTrue(words.contains("No mirror of this site could give this page"), words);
        assertEquals("0", ie.text("document.getElementsByTagName('iframe').length > 0 ? "
                + "document.querySelectorAll('iframe[data-wtp-page]').length : 0"));
        assertFalse(ie.text("document.body.innerText").contains("Walnut"), "no unverified content");
        assertTrue(since(before).stream().anyMatch(r -> r.startsWith("GET m4.party.test ")),
                "the bridge mirror was tried: " + since(before));
    }

    @Test
    void aMissingFragmentIsExplained() {
        ie.open(sites.url("m1", "/index.html"));
        awaitError();
        assertTrue(ie.text(ERROR + ".innerText").contains("incomplete or damaged"), ie.text(ERROR + ".innerText"));
        assertEquals("0", ie.text("document.getElementsByTagName('iframe').length"));
    }

    @Test
    void aLinkOfAnotherPartyIsRefused() {
        String route = party.route(TestParty.HOME);
        ie.open(sites.url("m1", "/index.html") + "#" + (route.charAt(1) == 'A' ? 'B' : 'A') + route.substring(2));
        awaitError();
        assertTrue(ie.text(ERROR + ".innerText").contains("serves another site"), ie.text(ERROR + ".innerText"));
        assertEquals("0", ie.text("document.getElementsByTagName('iframe').length"));
    }

    /** The shown page's image is a {@code data:} URL of exactly the site file's bytes, and decodes as that image. */
    private static void assertPicture(String file) {
        String src = ie.text(SHOWN + ".getElementById('picture').getAttribute('src')");
        String prefix = "data:image/png;base64,";
        assertTrue(src.startsWith(prefix), "no Blob URLs here: a data URL, not " + src);
        assertArrayEquals(bytes(file), Base64.getDecoder().decode(src.substring(prefix.length())), file);
        try {
            HtmlImage image = (HtmlImage) ie.shownPage().getElementById("picture");
            assertEquals(javax.imageio.ImageIO.read(html.resolve(file).toFile()).getWidth(), image.getWidth(), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The style sheet applies, and its {@code url()} became a data URL of the verified background image. */
    private static void assertStyled() {
        String view = "document.querySelector('iframe[data-wtp-page]').contentWindow";
        assertEquals("rgb(160, 60, 0)",
                ie.text(view + ".getComputedStyle(" + SHOWN + ".getElementsByTagName('h1')[0], null).color"));
        String background = ie.text(view + ".getComputedStyle(" + SHOWN + ".body, null).backgroundImage");
        assertTrue(background.contains(Base64.getEncoder().encodeToString(bytes("paper.png"))),
                "the background is paper.png's verified bytes: " + background);
    }

    private static void awaitShown(String heading) {
        ie.await("document.querySelector('iframe[data-wtp-page]') && " + SHOWN
                + " && " + SHOWN + ".getElementsByTagName('h1').length > 0"
                + " && " + SHOWN + ".getElementsByTagName('h1')[0].innerText === '" + heading + "'", LOAD);
    }

    private static void awaitError() {
        ie.await(ERROR + " && " + ERROR + ".style.display === 'block'", LOAD);
    }

    private static void remove(String host, String path) {
        try {
            Files.delete(sites.folder(host).resolve(site.fileName(host, path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String file) {
        try {
            return Files.readAllBytes(html.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> since(int before) {
        List<String> all = sites.requests();
        return List.copyOf(all.subList(before, all.size()));
    }
}
