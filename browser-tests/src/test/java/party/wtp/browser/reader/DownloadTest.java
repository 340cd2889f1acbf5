package party.wtp.browser.reader;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import party.wtp.browser.Browser;
import party.wtp.browser.BrowserTest;
import party.wtp.browser.PseudoRandomBytes;
import party.wtp.browser.StaticSites;

/**
 * Files a browser would not show as a page (a PDF, an archive), reached by a link or opened directly: verified in
 * full, then offered on a card "Download NAME (SIZE, TYPE)" whose link saves exactly the published bytes under the
 * file's own name and type (read back from the link's {@code blob:} URL), with a viewer link for PDFs. Text files
 * are shown as they are, and back returns to the page.
 */
class DownloadTest {
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
            + "%" + "x".repeat(2000) + "\n").getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] ZIP = PseudoRandomBytes.of(7, 150_000);
    private static final String NOTES = "Plain notes, shown as text.\n";

    @BrowserTest
    void aLinkToAPdfOffersItsExactBytesForDownloadAndAViewer(Browser browser, StaticSites sites) {
        BuiltParty party = publish(sites);
        ClientUi ui = openHome(browser, sites, party);

        ui.click("pdf");
        ui.awaitUi(".error", "Download report.pdf");
        assertEquals(party.route("docs/report.pdf"), browser.script("return location.hash"));
        assertEquals("report.pdf", browser.script("return document.title"));
        assertEquals("Download report.pdf (2.2 KB, application/pdf)", ui.text("a.download"));
        assertEquals("report.pdf", ui.element("a.download").getAttribute("download"));
        assertTrue(ui.visible("a.download"));
        assertEquals(ui.element("a.download").getAttribute("href"), ui.element("a.view").getAttribute("href"),
                "the viewer opens the same verified bytes");
        assertEquals("_blank", ui.element("a.view").getAttribute("target"));
        assertEquals(0L, browser.script("return document.querySelectorAll('iframe').length"), "no blank page frame");
        List<?> got = blob(browser, "a.download");
        assertEquals("application/pdf", got.get(1));
        assertArrayEquals(PDF, Base64.getDecoder().decode((String) got.get(0)), "the published bytes, exactly");
        browser.screenshot("download-card");

        browser.driver().navigate().back();
        ui.awaitPage("Files of the party");
        assertFalse(ui.visible(".error"), "back on the page, the card is gone");
    }

    @BrowserTest
    void anArchiveOpenedDirectlyIsADownloadWithoutViewer(Browser browser, StaticSites sites) {
        BuiltParty party = publish(sites);
        ClientUi ui = new ClientUi(browser);
        ui.open(sites.url("m1", "/index.html") + party.route("data.zip"));
        ui.awaitUi(".error", "Download data.zip");
        assertEquals("Download data.zip (150 KB, application/zip)", ui.text("a.download"));
        assertEquals("data.zip", ui.element("a.download").getAttribute("download"));
        assertEquals(0L, browser.script("return " + ClientUi.ROOT + ".querySelectorAll('a.view').length"));
        List<?> got = blob(browser, "a.download");
        assertEquals("application/zip", got.get(1));
        assertArrayEquals(ZIP, Base64.getDecoder().decode((String) got.get(0)));
    }

    @BrowserTest
    void aTextFileIsShownAsText(Browser browser, StaticSites sites) {
        BuiltParty party = publish(sites);
        ClientUi ui = openHome(browser, sites, party);
        ui.click("notes");
        ui.awaitPage("Plain notes, shown as text.");
        assertEquals("notes.txt", browser.script("return document.title"));
        assertFalse(ui.visible(".error"), "no card for what the browser shows itself");
    }

    private static ClientUi openHome(Browser browser, StaticSites sites, BuiltParty party) {
        ClientUi ui = new ClientUi(browser);
        ui.open(sites.url("m1", "/index.html") + party.route("index.html"));
        ui.awaitPage("Files of the party");
        return ui;
    }

    private static BuiltParty publish(StaticSites sites) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("index.html", ("<!DOCTYPE html><html><head><meta charset=utf-8><title>Files</title></head><body>"
                + "<h1>Files of the party</h1><p><a id=pdf href=\"docs/report.pdf\">Report</a>"
                + " <a id=zip href=\"data.zip\">Data</a> <a id=notes href=\"notes.txt\">Notes</a></p></body></html>")
                .getBytes(StandardCharsets.UTF_8));
        files.put("docs/report.pdf", PDF);
        files.put("data.zip", ZIP);
        files.put("notes.txt", NOTES.getBytes(StandardCharsets.UTF_8));
        // as published: the scrubber would rewrite the PDF, and this test compares bytes with the original
        return BuiltParty.publish(sites, files, List.of("--keep-metadata"), "m1");
    }

    /** The bytes (base64) and type of the {@code blob:} URL the client UI's link {@code css} points to. */
    private static List<?> blob(Browser browser, String css) {
        return (List<?>) browser.driver().executeAsyncScript(""
                + "var done = arguments[arguments.length - 1];"
                + "var link = " + ClientUi.ROOT + ".querySelector(arguments[0]);"
                + "var xhr = new XMLHttpRequest(); xhr.open('GET', link.href); xhr.responseType = 'blob';"
                + "xhr.onload = function () { var reader = new FileReader();"
                + "  reader.onload = function () { done([reader.result.substring(reader.result.indexOf(',') + 1),"
                + "    xhr.response.type]); };"
                + "  reader.readAsDataURL(xhr.response); };"
                + "xhr.onerror = function () { done(['', 'error']); };"
                + "xhr.send();", css);
    }
}
