package party.wtp.browser.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import party.wtp.browser.Browser;
import party.wtp.browser.BrowserTest;
import party.wtp.browser.StaticSites;

/**
 * The about sidebar in real browsers, on a party made by the real {@code wtp build}: collapsed at first, one click
 * (or Enter) opens it, Escape closes it; it shows the creator's {@code --about} text as plain text (fetched, verified
 * and decrypted through the site map), the party's fingerprint and generation, the mirrors and which answered, and
 * the warning that mirrors see their readers. It is there on error pages too, and fits a phone's width.
 */
class SidebarTest {
    /** Creator text with markup in it, which must reach the reader as the characters typed, never as HTML. */
    private static final String ABOUT = "Hosts wanted! <b>Copy</b> a mirror folder to any static host & tell us.\n"
            + "<img src=x onerror=alert(1)>Second line.";

    @BrowserTest
    void oneClickOpensTheSidebarWithTheCreatorsTextKeyGenerationAndMirrors(Browser browser, StaticSites sites)
            throws Exception {
        BuiltParty party = publish(sites, true);
        ClientUi ui = new ClientUi(browser);
        ui.open(sites.url("m1", "/index.html") + party.route("index.html"));
        ui.awaitPage("Welcome, reader");

        assertTrue(ui.visible(".tab"), "the sidebar's button is on the page");
        assertFalse(ui.visible(".side"), "the sidebar starts collapsed");
        assertEquals("false", ui.element(".tab").getAttribute("aria-expanded"));
        assertFalse(sites.requests().stream().anyMatch(r -> r.contains(party.fileName("m1", "/wtp/about.txt"))),
                "the about text is fetched only when the reader asks for it");

        ui.element(".tab").click();
        ui.awaitUi(".about", "Hosts wanted!");
        assertTrue(ui.visible(".side"));
        assertEquals("true", ui.element(".tab").getAttribute("aria-expanded"));
        assertEquals(ABOUT, ui.text(".about"), "the creator's text, character for character");
        assertEquals(0L, browser.script("return " + ClientUi.ROOT + ".querySelectorAll('.about *').length"),
                "no markup of the creator's text became elements");
        assertEquals(party.fingerprint(), ui.text(".fp"));
        assertEquals("1", ui.text(".gen"));
        String mirrors = ui.text(".side ul");
        assertTrue(mirrors.contains(sites.origin("m1") + "/ \u2014 answered"), mirrors);
        assertTrue(mirrors.contains(sites.origin("m2") + "/ \u2014 not asked"), mirrors);
        String warning = ui.text(".warn");
        assertTrue(warning.contains("A mirror can see who reads it") && warning.contains("Tor Browser"), warning);
        browser.screenshot("sidebar-open");

        ui.element(".close").click();
        assertFalse(ui.visible(".side"), "the close button closes it");
        assertEquals("false", ui.element(".tab").getAttribute("aria-expanded"));
    }

    @BrowserTest
    void theKeyboardOpensAndClosesIt(Browser browser, StaticSites sites) throws Exception {
        BuiltParty party = publish(sites, true);
        ClientUi ui = new ClientUi(browser);
        ui.open(sites.url("m1", "/index.html") + party.route("index.html"));
        ui.awaitPage("Welcome, reader");

        ui.element(".tab").sendKeys(Keys.ENTER);
        ui.awaitUi(".about", "Hosts wanted!");
        assertTrue(ui.visible(".side"));
        assertEquals(true, browser.script("return " + ClientUi.ROOT + ".activeElement === "
                + ClientUi.ROOT + ".querySelector('.side')"), "focus moves into the sidebar");
        ui.element(".side").sendKeys(Keys.ESCAPE);
        assertFalse(ui.visible(".side"), "Escape closes it");
        assertEquals(true, browser.script("return " + ClientUi.ROOT + ".activeElement === "
                + ClientUi.ROOT + ".querySelector('.tab')"), "focus goes back to the button");
    }

    @BrowserTest
    void withoutAboutTextItSaysHowToHostAMirrorAndFitsAPhone(Browser browser, StaticSites sites) throws Exception {
        BuiltParty party = publish(sites, false);
        ClientUi ui = new ClientUi(browser);
        Dimension before = browser.driver().manage().window().getSize();
        try {
            browser.driver().manage().window().setSize(new Dimension(360, 700));
            ui.open(sites.url("m1", "/index.html") + party.route("index.html"));
            ui.awaitPage("Welcome, reader");
            ui.element(".tab").click();
            ui.awaitUi(".fp", party.fingerprint());
            assertTrue(ui.text(".about").startsWith("To host a mirror, ask the site\u2019s author for a mirror folder"),
                    ui.text(".about"));
            Number width = (Number) browser.script("return " + ClientUi.ROOT + ".querySelector('.side')"
                    + ".getBoundingClientRect().width");
            Number viewport = (Number) browser.script("return innerWidth");
            // 24em of 15px, or the whole width of a narrower screen (Firefox windows stay at least 500px wide)
            assertEquals(Math.min(360, viewport.doubleValue()), width.doubleValue(), 1.0,
                    "the sidebar fits the screen: " + width + " of " + viewport);
            assertEquals(0L, ((Number) browser.script("var s = " + ClientUi.ROOT + ".querySelector('.side');"
                    + " return s.scrollWidth - s.clientWidth")).longValue(), "no sideways scrolling: long lines wrap");
            browser.screenshot("sidebar-phone");
        } finally {
            browser.driver().manage().window().setSize(before);
        }
    }

    @BrowserTest
    void anErrorPageSaysWhatWentWrongAndHasTheSidebar(Browser browser, StaticSites sites) throws Exception {
        BuiltParty party = publish(sites, true);
        ClientUi ui = new ClientUi(browser);
        ui.open(sites.url("m1", "/index.html") + party.route("gone.html"));
        ui.awaitUi(".error", "No mirror of this site could give this page");
        assertTrue(ui.visible(".error"), ui.all());
        assertEquals("This page cannot be shown", browser.script("return document.title"));
        String error = (String) browser.script("return " + ClientUi.ROOT + ".querySelector('.error').innerText");
        assertTrue(error.startsWith("This page cannot be shown"), error);
        assertTrue(error.contains("did not have it"), error);
        assertEquals(0L, browser.script("return document.querySelectorAll('iframe[data-wtp-page]').length"),
                "nothing of a page (a bridge frame to another mirror may be there)");

        assertTrue(ui.visible(".tab"), "the sidebar's button is on error pages too");
        ui.element(".tab").click();
        assertTrue(ui.visible(".side"));
        assertEquals(party.fingerprint(), ui.text(".fp"));
        assertTrue(ui.text(".side ul").contains(sites.origin("m1") + "/ \u2014 answered"), ui.text(".side ul"));
        browser.screenshot("error-page-sidebar");
        ui.element(".close").click();
        browser.screenshot("error-page");
    }

    private static BuiltParty publish(StaticSites sites, boolean about) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("index.html", ("<!DOCTYPE html><html><head><meta charset=utf-8><title>Home</title>"
                + "<style>aside, button, .side, .tab { display: block !important; color: red !important; }</style>"
                + "</head><body><h1>Welcome, reader</h1><p>" + "Lorem ipsum dolor sit amet. ".repeat(40) + "</p>"
                + "</body></html>").getBytes(StandardCharsets.UTF_8));
        List<String> options = List.of();
        if (about) {
            java.nio.file.Path file = sites.folder("m1").getParent().resolve("about.txt");
            java.nio.file.Files.writeString(file, ABOUT);
            options = List.of("--about", file.toString());
        }
        return BuiltParty.publish(sites, files, options, "m1", "m2");
    }
}
