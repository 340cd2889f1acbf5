package party.wtp.browser.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import party.wtp.browser.Browser;
import party.wtp.browser.BrowserTest;
import party.wtp.browser.StaticSites;

/**
 * A page's classic scripts and plain style sheets are written into it inline (no {@code blob:} URL, no fetch by the
 * page's frame), and only where the page cannot tell: scripts still run in document order with their own
 * attributes, {@code defer} ones after parsing; a script whose text would end its element, a deferred one, a titled
 * sheet and one with an {@code @import} keep a {@code blob:} reference, and every sheet still applies.
 */
class InlineFilesTest {
    @BrowserTest
    void scriptsAndSheetsAreWrittenInlineOnlyWhereThePageCannotTell(Browser browser, StaticSites sites) {
        BuiltParty party = BuiltParty.publish(sites, files(), List.of(), "m1");
        ClientUi ui = new ClientUi(browser);
        ui.open(sites.url("m1", "/index.html") + party.route("index.html"));
        ui.awaitPage("first(./) tricky order late");

        assertEquals("", frame(browser, "return d.getElementById('opts').getAttribute('src') || ''"),
                "a classic script is written inline, keeping its other attributes");
        assertTrue(frame(browser, "return d.getElementById('tricky').src").startsWith("blob:"),
                "a script whose text holds </script> keeps a verified blob: URL");
        assertTrue(frame(browser, "return d.getElementById('late').src").startsWith("blob:"),
                "a deferred script keeps a verified blob: URL");
        assertEquals("1 inline sheet, 2 linked: blob:,blob:", frame(browser, ""
                + "var links = d.querySelectorAll('link[rel~=stylesheet]'), hrefs = [];"
                + "for (var i = 0; i < links.length; i++) hrefs.push(links[i].href.substring(0, 5));"
                + "return d.querySelectorAll('style').length + ' inline sheet, ' + links.length + ' linked: ' + hrefs"));
        assertEquals("rgb(0, 128, 0)", style(browser, "h1", "color"), "the inline sheet applies");
        assertEquals("rgb(0, 0, 255)", style(browser, "p", "color"), "the titled sheet applies");
        assertEquals("italic", style(browser, "p", "fontStyle"), "the sheet the importing one imports applies");
        assertEquals("700", style(browser, "h1", "fontWeight"), "the importing sheet applies");
    }

    private static Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("index.html", utf8("<!DOCTYPE html><html><head><meta charset=utf-8><title>Inline</title>"
                + "<link rel=stylesheet href=css/plain.css>"
                + "<link rel=stylesheet href=css/titled.css title=Main>"
                + "<link rel=stylesheet href=css/importing.css>"
                + "<script id=opts data-root=\"./\" src=js/first.js></script>"
                + "<script id=tricky src=js/tricky.js></script>"
                + "<script id=late defer src=js/late.js></script>"
                + "</head><body><h1>Inline</h1><p id=out></p>"
                + "<script src=js/order.js></script></body></html>"));
        files.put("css/plain.css", utf8("h1 { color: rgb(0, 128, 0); }\n"));
        files.put("css/titled.css", utf8("p { color: rgb(0, 0, 255); }\n"));
        files.put("css/importing.css", utf8("@import url(\"italic.css\");\nh1 { font-weight: 700; }\n"));
        files.put("css/italic.css", utf8("p { font-style: italic; }\n"));
        files.put("js/first.js", utf8("window.seen = ['first(' + document.currentScript.getAttribute('data-root')"
                + " + ')'];"));
        files.put("js/tricky.js", utf8("window.markup = '<b>x</b></script>'; window.seen.push('tricky');"));
        files.put("js/order.js", utf8("window.seen.push('order');"));
        files.put("js/late.js", utf8("window.seen.push('late');"
                + " document.getElementById('out').textContent = window.seen.join(' ');"));
        return files;
    }

    /** Runs {@code body} with {@code d}, the shown page's document; returns its string result. */
    private static String frame(Browser browser, String body) {
        return String.valueOf(browser.script("var d = document.querySelector('iframe[data-wtp-page]').contentDocument;"
                + body));
    }

    private static String style(Browser browser, String selector, String property) {
        return frame(browser, "return d.defaultView.getComputedStyle(d.querySelector('" + selector + "'))['"
                + property + "']");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
