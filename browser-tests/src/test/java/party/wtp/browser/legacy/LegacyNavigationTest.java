package party.wtp.browser.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * entry page picks the legacy client and never asks for the modern one; the client starts, reads the mirror's list
 * and goes on to the page; a damaged link and a link of another party are explained in plain words with nothing
 * shown. (Opening whole pages works in real engines without BigInt but not here in time: HtmlUnit's Rhino
 * interpreter needs about a minute per envelope, so the client's per-file time limit runs out; see README.)
 */
class LegacyNavigationTest {
    private static final Duration LOAD = Duration.ofSeconds(90);
    private static final String ERROR = "document.querySelector('[data-wtp-status] .error')";

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
    void theEntryPagePicksTheLegacyClientWhichOpensTheMirrorsList() {
        TestParty party = TestParty.publish(sites, "m1");
        ie.open(party.entryUrl("m1", TestParty.HOME));
        ie.await("document.querySelector('[data-wtp-status] .text')"
                + " && document.querySelector('[data-wtp-status] .text').innerText.length > 0", LOAD);

        assertEquals("legacy", ie.text("document.querySelector('script[data-wtp-client]').getAttribute('data-wtp-client')"));
        assertEquals("undefined", ie.text("typeof BigInt"), "the emulated engine has no BigInt");
        assertEquals("function", ie.text("typeof wtpClient"));
        assertTrue(sites.requests().stream().noneMatch(r -> r.contains(".js") && !r.contains(party.legacyClientName("m1"))),
                "only the legacy client was fetched: " + sites.requests());
        ie.await("document.querySelector('[data-wtp-status] .text').innerText.indexOf('Opening page') >= 0"
                + " || document.querySelector('[data-wtp-status] .text').innerText.indexOf('Verifying') >= 0", LOAD);
        assertTrue(ie.errors().isEmpty(), "script errors: " + ie.errors());
    }

    @Test
    void aMissingFragmentIsExplained() {
        TestParty.publish(sites, "m1");
        ie.open(sites.url("m1", "/index.html"));
        awaitError();
        assertTrue(ie.text(ERROR + ".innerText").contains("incomplete or damaged"), ie.text(ERROR + ".innerText"));
        assertEquals("0", ie.text("document.getElementsByTagName('iframe').length"));
    }

    @Test
    void aLinkOfAnotherPartyIsRefused() {
        TestParty party = TestParty.publish(sites, "m1");
        String route = party.route(TestParty.HOME);
        ie.open(sites.url("m1", "/index.html") + "#" + (route.charAt(1) == 'A' ? 'B' : 'A') + route.substring(2));
        awaitError();
        assertTrue(ie.text(ERROR + ".innerText").contains("serves another site"), ie.text(ERROR + ".innerText"));
        assertEquals("0", ie.text("document.getElementsByTagName('iframe').length"));
    }

    private void awaitError() {
        ie.await(ERROR + " && " + ERROR + ".style.display === 'block'", LOAD);
    }
}
