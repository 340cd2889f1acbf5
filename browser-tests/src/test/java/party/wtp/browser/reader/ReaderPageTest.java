package party.wtp.browser.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import party.wtp.browser.Browser;
import party.wtp.browser.BrowserTest;
import party.wtp.browser.StaticSites;

/**
 * The reader's path end to end in real browsers: an entry URL on a plain-HTTP mirror opens the page its fragment
 * names, with verified images, style sheets (and their {@code url()}s) and scripts; links and back work; a changed
 * byte anywhere in a page's copy shows a plain error and nothing of the page.
 */
class ReaderPageTest {
    private static final Duration LOAD = Duration.ofSeconds(30);
    /** The shown page's document, from the top document (same origin). */
    private static final String PAGE = "document.querySelector('iframe[data-wtp-page]').contentDocument";

    @BrowserTest
    void opensThePageWithItsImageStyleAndScript(Browser browser, StaticSites sites) {
        TestParty party = TestParty.publish(sites, "m1", "m2");
        open(browser, party.entryUrl("m1", TestParty.HOME));
        awaitText(browser, "script ran: 42, then inline");

        assertEquals("Welcome to the party", text(browser, "top"));
        assertEquals("Party home", browser.script("return document.title"));
        assertTrue(((Number) browser.script("return " + PAGE + ".getElementById('logo').naturalWidth"))
                .intValue() == 40, "the logo decoded at its width");
        assertEquals("rgb(200, 0, 0)", browser.script(
                "var d = " + PAGE + "; return d.defaultView.getComputedStyle(d.getElementById('top')).color"));
        String background = (String) browser.script(
                "var d = " + PAGE + "; return d.defaultView.getComputedStyle(d.body).backgroundImage");
        assertTrue(background.startsWith("url(\"blob:"), "the style sheet's url() became a verified blob: " + background);
        assertEquals(false, browser.script("return " + PAGE + ".body.innerHTML.indexOf('"
                + party.route(TestParty.LOGO) + "') >= 0"), "no raw route left in the shown page");
        browser.screenshot("reader-home");

        // the other mirror opens the same page from the same fragment
        open(browser, party.entryUrl("m2", TestParty.HOME));
        awaitText(browser, "script ran: 42");
        assertTrue(sites.requests().stream().anyMatch(r -> r.startsWith("GET m2.party.test /")));
    }

    @BrowserTest
    void followsLinksAndComesBack(Browser browser, StaticSites sites) {
        TestParty party = TestParty.publish(sites, "m1");
        open(browser, party.entryUrl("m1", TestParty.HOME));
        awaitText(browser, "script ran: 42");

        click(browser, "next");
        browser.await(PAGE + ".getElementById('msg') !== null", LOAD);
        assertEquals("You reached the second page.", text(browser, "msg"));
        assertEquals("Second page", browser.script("return document.title"));
        assertEquals(party.route(TestParty.NEXT), browser.script("return location.hash"));
        assertEquals("rgb(200, 0, 0)", browser.script("var d = " + PAGE
                + "; return d.defaultView.getComputedStyle(d.querySelector('h1')).color"), "shared style sheet");
        browser.screenshot("reader-next");

        browser.driver().navigate().back();
        awaitText(browser, "script ran: 42");
        assertEquals(party.route(TestParty.HOME), browser.script("return location.hash"));
        assertEquals("Party home", browser.script("return document.title"));

        browser.driver().navigate().forward();
        browser.await(PAGE + ".getElementById('msg') !== null", LOAD);
        click(browser, "home");
        awaitText(browser, "script ran: 42");
        assertEquals(party.route(TestParty.HOME), browser.script("return location.hash"));
    }

    @BrowserTest
    void scrollsToInPageTargets(Browser browser, StaticSites sites) {
        TestParty party = TestParty.publish(sites, "m1");
        open(browser, party.entryUrl("m1", TestParty.HOME));
        awaitText(browser, "script ran: 42");
        assertEquals(0L, ((Number) browser.script("return " + PAGE + ".defaultView.scrollY")).longValue());
        click(browser, "down");
        browser.await(PAGE + ".defaultView.scrollY > 1000", LOAD);
        assertEquals(party.route(TestParty.HOME) + ".far", browser.script("return location.hash"));

        // a fresh visit of an address with a target opens the page scrolled there
        browser.driver().navigate().refresh();
        browser.await("document.readyState === 'complete'", LOAD);
        awaitText(browser, "script ran: 42");
        browser.await(PAGE + ".defaultView.scrollY > 1000", LOAD);
        assertEquals(party.route(TestParty.HOME) + ".far", browser.script("return location.hash"));
    }

    @BrowserTest
    void aChangedByteShowsAnErrorAndNoContent(Browser browser, StaticSites sites) {
        TestParty party = TestParty.publish(sites, "m1");
        party.tamper("m1", TestParty.HOME);
        open(browser, party.entryUrl("m1", TestParty.HOME));
        browser.await(errorShown(), LOAD);
        String error = (String) browser.script("return " + errorText());
        assertTrue(error.contains("changed or damaged"), error);
        assertEquals(0L, browser.script("return document.querySelectorAll('iframe').length"));
        String visible = (String) browser.script("return document.body.innerText");
        assertFalse(visible.contains("Welcome"), visible);
        browser.screenshot("reader-tampered");
    }

    @BrowserTest
    void aChangedImageIsLeftOutWithANotice(Browser browser, StaticSites sites) {
        TestParty party = TestParty.publish(sites, "m1");
        party.tamper("m1", TestParty.LOGO);
        open(browser, party.entryUrl("m1", TestParty.HOME));
        awaitText(browser, "script ran: 42");
        assertEquals("about:invalid#wtp-refused", browser.script("return " + PAGE + ".getElementById('logo').src"));
        assertEquals(0L, ((Number) browser.script("return " + PAGE + ".getElementById('logo').naturalWidth"))
                .longValue());
        String notice = (String) browser.script(
                "return document.querySelector('[data-wtp-status]').shadowRoot.querySelector('.notice').textContent");
        assertTrue(notice.contains("One file of this page could not be verified"), notice);
        browser.screenshot("reader-image-refused");
    }

    @BrowserTest
    void aLinkOfAnotherPartyIsRefused(Browser browser, StaticSites sites) {
        TestParty party = TestParty.publish(sites, "m1");
        String route = party.route(TestParty.HOME);
        String otherParty = "#" + (route.charAt(1) == 'A' ? 'B' : 'A') + route.substring(2);
        open(browser, sites.url("m1", "/index.html") + otherParty);
        browser.await(errorShown(), LOAD);
        String error = (String) browser.script("return " + errorText());
        assertTrue(error.contains("serves another site"), error);
        assertEquals(0L, browser.script("return document.querySelectorAll('iframe').length"));
    }

    @BrowserTest
    void aMissingOrDamagedFragmentIsExplained(Browser browser, StaticSites sites) {
        TestParty party = TestParty.publish(sites, "m1");
        open(browser, sites.url("m1", "/index.html"));
        browser.await(errorShown(), LOAD);
        assertTrue(((String) browser.script("return " + errorText())).contains("incomplete or damaged"));

        String route = party.route(TestParty.HOME);
        open(browser, sites.url("m1", "/index.html") + route.substring(0, route.length() - 5));
        browser.await(errorShown(), LOAD);
        assertTrue(((String) browser.script("return " + errorText())).contains("incomplete or damaged"));
    }

    /** Opens {@code url} and waits until it is the document on screen (not the previous test's page). */
    /**
     * The top document follows the page's title, also when the page's script changes it after loading, and the
     * keyboard goes to the page once it is loaded.
     */
    @BrowserTest
    void theTitleFollowsThePagesScriptAndTheKeyboardGoesToThePage(Browser browser, StaticSites sites) {
        BuiltParty party = BuiltParty.publish(sites, Map.of("index.html", ("<!DOCTYPE html><html><head>"
                + "<meta charset=utf-8><title>As written</title></head><body><p id=out>waiting</p><script>"
                + "addEventListener('load', function () { setTimeout(function () {"
                + " document.title = 'Set by the script'; document.getElementById('out').textContent = 'retitled';"
                + " }, 50); });</script></body></html>").getBytes(StandardCharsets.UTF_8)),
                List.of(), "m1");
        open(browser, sites.url("m1", "/index.html") + party.route("index.html"));
        awaitPageText(browser, "retitled");
        browser.await("document.title === 'Set by the script'", LOAD);
        assertEquals(true, browser.script("return document.activeElement"
                + " === document.querySelector('iframe[data-wtp-page]')"), "the page has the keyboard");
    }

    private static void open(Browser browser, String url) {
        browser.open(url);
        browser.await("location.href === " + quote(url) + " && document.readyState === 'complete'", LOAD);
    }

    private static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static String errorText() {
        return "document.querySelector('[data-wtp-status]').shadowRoot.querySelector('.error').textContent";
    }

    private static String errorShown() {
        return "document.querySelector('[data-wtp-status]') && " + errorText().replace(".textContent", "")
                + ".style.display === 'block'";
    }

    private static void awaitText(Browser browser, String text) {
        try {
            awaitPageText(browser, text);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("page text '" + text + "' did not appear; client UI says: " + browser.script(
                    "var s = document.querySelector('[data-wtp-status]');"
                    + " return s ? s.shadowRoot.textContent : 'no client UI'") + "; frames: " + browser.script(
                    "return Array.from(document.querySelectorAll('iframe')).map(function (f) {"
                    + " return f.contentDocument ? f.contentDocument.documentElement.outerHTML : '?'; }).join('|')"),
                    e);
        }
    }

    private static void awaitPageText(Browser browser, String text) {
        browser.await("(function () { var f = document.querySelector('iframe[data-wtp-page]');"
                + " return f && f.contentDocument && f.contentDocument.body"
                + " && f.contentDocument.body.textContent.indexOf('" + text + "') >= 0; })()", LOAD);
    }

    private static String text(Browser browser, String id) {
        return (String) browser.script("return " + PAGE + ".getElementById(arguments[0]).textContent", id);
    }

    /** A real click, as the reader makes it, inside the page's frame. */
    private static void click(Browser browser, String id) {
        new ClientUi(browser).click(id);
    }
}
