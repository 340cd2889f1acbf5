package party.wtp.browser.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import party.wtp.browser.StaticSites;
import party.wtp.browser.reader.TestParty;

/**
 * The reader's path in Internet Explorer 11 (HtmlUnit 2.70's emulation: no BigInt, no Symbol, no Blob URLs): the
 * entry page picks the legacy client and never asks for the modern one; the first page opens with its verified
 * image, style sheet (and its {@code url()}) and scripts; in-site links and back work; a changed byte still shows a
 * plain error and nothing of the page.
 */
class LegacyNavigationTest {
    private static final Duration LOAD = Duration.ofSeconds(90);
    private static final String PAGE = "document.getElementsByTagName('iframe')[0].contentWindow.document";

    @TempDir
    Path root;
    private StaticSites sites;
    private InternetExplorer ie;

    @BeforeEach
    void start() {
        sites = StaticSites.start(root);
        ie = new InternetExplorer();
    }

    @AfterEach
    void stop() {
        ie.close();
        sites.close();
    }

    @Test
    void opensTheFirstPageWithTheLegacyClientOnly() {
        TestParty party = TestParty.publish(sites, "m1");
        ie.open(party.entryUrl("m1", TestParty.HOME));
        awaitPageText("script ran: 42, then inline");

        assertEquals("legacy", ie.text("document.querySelector('script[data-wtp-client]').getAttribute('data-wtp-client')"));
        assertEquals("undefined", ie.text("typeof BigInt"), "the emulated engine has no BigInt");
        assertTrue(sites.requests().stream().noneMatch(r -> r.contains(".js") && !r.contains(legacyName(party))),
                "only the legacy client was fetched: " + sites.requests());

        assertEquals("Welcome to the party", ie.text(PAGE + ".getElementById('top').innerText"));
        assertEquals("Party home", ie.text("document.title"));
        String logo = ie.text(PAGE + ".getElementById('logo').src");
        assertTrue(logo.startsWith("data:image/png;base64,"), "the logo is a verified data: URL: " + logo);
        assertEquals("40", ie.text(PAGE + ".getElementById('logo').naturalWidth"), "the logo decoded at its width");
        assertEquals("rgb(200, 0, 0)", ie.text(
                "var d = " + PAGE + "; d.parentWindow.getComputedStyle(d.getElementById('top'), null).color"));
        String background = ie.text("var d = " + PAGE + "; d.parentWindow.getComputedStyle(d.body, null).backgroundImage");
        assertTrue(background.contains("data:image/png;base64,"), "the style sheet's url() became verified data: " + background);
        assertEquals("false", ie.text(PAGE + ".body.innerHTML.indexOf('" + party.route(TestParty.LOGO) + "') >= 0"),
                "no raw route left in the shown page");
    }

    @Test
    void followsInSiteLinksAndComesBack() {
        TestParty party = TestParty.publish(sites, "m1");
        ie.open(party.entryUrl("m1", TestParty.HOME));
        awaitPageText("script ran: 42");

        ie.click("next");
        awaitPageText("You reached the second page.");
        assertEquals("Second page", ie.text("document.title"));
        assertEquals(party.route(TestParty.NEXT), ie.text("location.hash"));
        assertEquals("rgb(200, 0, 0)", ie.text("var d = " + PAGE
                + "; d.parentWindow.getComputedStyle(d.getElementsByTagName('h1')[0], null).color"), "shared style sheet");

        ie.back();
        awaitPageText("script ran: 42");
        assertEquals(party.route(TestParty.HOME), ie.text("location.hash"));
        assertEquals("Party home", ie.text("document.title"));

        ie.click("next");
        awaitPageText("You reached the second page.");
        ie.click("home");
        awaitPageText("script ran: 42");
        assertEquals(party.route(TestParty.HOME), ie.text("location.hash"));
    }

    @Test
    void aChangedByteShowsAnErrorAndNoContent() {
        TestParty party = TestParty.publish(sites, "m1");
        party.tamper("m1", TestParty.HOME);
        ie.open(party.entryUrl("m1", TestParty.HOME));
        ie.await("document.querySelector('[data-wtp-status] .error')"
                + " && document.querySelector('[data-wtp-status] .error').style.display === 'block'", LOAD);
        String error = ie.text("document.querySelector('[data-wtp-status] .error').innerText");
        assertTrue(error.contains("changed or damaged"), error);
        assertEquals("0", ie.text("document.getElementsByTagName('iframe').length"));
        assertFalse(ie.text("document.body.innerText").contains("Welcome"));
    }

    private void awaitPageText(String text) {
        ie.await("document.getElementsByTagName('iframe').length > 0 && " + PAGE + ".body && " + PAGE
                + ".body.innerText.indexOf('" + text + "') >= 0", LOAD);
    }

    private static String legacyName(TestParty party) {
        return party.legacyClientName("m1");
    }
}
