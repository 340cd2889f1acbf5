package party.wtp.browser.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import party.wtp.browser.Browser;
import party.wtp.browser.BrowserTest;
import party.wtp.browser.StaticSites;

/**
 * A site whose own script loads its data with {@code XMLHttpRequest}, as search pages and small apps do: through
 * the party the script gets the verified file's bytes (as text and as an {@code ArrayBuffer}, through
 * {@code onreadystatechange} and {@code load} listeners, after setting a header), shows what it shows on the
 * original, and no mirror is ever asked for the data file's original path; a synchronous request, which cannot
 * wait for verification, fails instead of leaking the path. HTML the script sets ({@code innerHTML},
 * {@code insertAdjacentHTML}) gets its images as verified files too, and no mirror is asked for their paths.
 */
class ScriptedSiteTest {
    private static final Duration LOAD = Duration.ofSeconds(30);
    private static final String PAGE = "(document.querySelector('iframe[data-wtp-page]') || {}).contentDocument";
    private static final String FACTS = "{\"guests\": 41, \"theme\": \"lanterns by the river\"}";

    @BrowserTest
    void theSitesOwnRequestsReadTheVerifiedFiles(Browser browser, StaticSites sites) {
        PublishedSite site = PublishedSite.publish(sites, site(), "m1", "m2");
        browser.open(site.entryUrl("m1", "index.html"));
        String done = "(function () { var d = " + PAGE + "; var e = d && d.getElementById('bytes');"
                + " return e && e.textContent !== 'waiting' && d.getElementById('facts').textContent !== 'waiting'; })()";
        try {
            browser.await(done, LOAD);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the script's requests did not finish: " + browser.script("var d = " + PAGE
                    + "; return d ? d.body.innerText + ' / sync ' + d.body.getAttribute('data-sync') : 'no page'"), e);
        }
        String party = (String) browser.script("return " + PAGE + ".body.innerText");
        String sync = (String) browser.script("return " + PAGE + ".body.getAttribute('data-sync')");

        browser.open(site.plainUrl("index.html"));
        browser.await(done.replace(PAGE, "document"), LOAD);
        assertEquals(browser.script("return document.body.innerText"), party,
                "the page reads as the original once its script has loaded its data");
        assertTrue(party.contains("41 guests, lanterns by the river"), party);
        assertTrue(party.contains(FACTS.length() + " bytes"), party);
        assertEquals("ok", browser.script("return document.body.getAttribute('data-sync')"), "plainly it works");
        assertEquals("failed", sync, "through the party a synchronous request fails");

        List<String> leaked = sites.requests().stream()
                .filter(r -> !r.split(" ")[1].startsWith(PublishedSite.PLAIN + ".") && r.contains("/data/")).toList();
        assertTrue(leaked.isEmpty(), "a mirror was asked for an original path: " + leaked);
    }

    @BrowserTest
    void htmlTheSitesScriptSetsGetsVerifiedImages(Browser browser, StaticSites sites) {
        PublishedSite site = PublishedSite.publish(sites, gallery(), "m1", "m2");
        String loaded = "(function () { var d = %s; var a = d && d.getElementById('late'), b = d && d.getElementById('later');"
                + " return !!(a && b && a.complete && b.complete && a.naturalWidth > 0 && b.naturalWidth > 0); })()";
        browser.open(site.entryUrl("m1", "index.html"));
        browser.await(loaded.formatted(PAGE), LOAD);
        String widths = "var d = %s; return d.getElementById('late').naturalWidth + 'x' + d.getElementById('later').naturalWidth"
                + " + ' ' + d.getElementById('late').src.split(':')[0] + ' ' + d.getElementById('later').src.split(':')[0]"
                + " + ' ' + d.getElementById('out').getAttribute('href')";
        String party = (String) browser.script(widths.formatted(PAGE));
        String partyText = (String) browser.script("return " + PAGE + ".body.innerText");

        browser.open(site.plainUrl("index.html"));
        browser.await(loaded.formatted("document"), LOAD);
        assertEquals(browser.script("return document.body.innerText"), partyText, "the page reads as the original");
        assertEquals("30x40 http http https://example.org/elsewhere", browser.script(widths.formatted("document")));
        assertEquals("30x40 blob blob https://example.org/elsewhere", party,
                "through the party the images the script wrote are the verified files, the outside link as written");
        List<String> leaked = sites.requests().stream()
                .filter(r -> !r.split(" ")[1].startsWith(PublishedSite.PLAIN + ".") && r.contains("/img/")).toList();
        assertTrue(leaked.isEmpty(), "a mirror was asked for an original path: " + leaked);
    }

    private static Path gallery() {
        try {
            Path dir = Files.createTempDirectory("gallery-site-");
            Files.createDirectories(dir.resolve("img"));
            Files.write(dir.resolve("img/late.png"), png(30));
            Files.write(dir.resolve("img/later.png"), png(40));
            Files.writeString(dir.resolve("index.html"), """
                    <!DOCTYPE html>
                    <html><head><meta charset="utf-8"><title>Lantern gallery</title></head>
                    <body><h1>Lantern gallery</h1><div id="gallery"></div><ul><li id="first">first lantern</li></ul>
                    <script>
                    var gallery = document.getElementById('gallery');
                    gallery.innerHTML = '<figure><img id="late" src="img/late.png" alt="late">'
                        + '<figcaption>Late lantern</figcaption></figure>';
                    document.getElementById('first').insertAdjacentHTML('afterend',
                        '<li><img id="later" src="./img/later.png" alt="later"> later lantern</li>');
                    gallery.insertAdjacentHTML('beforeend', '<p><a id="out" href="https://example.org/elsewhere">away</a></p>');
                    </script></body></html>
                    """);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] png(int width) throws IOException {
        BufferedImage image = new BufferedImage(width, 20, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static Path site() {
        try {
            Path dir = Files.createTempDirectory("scripted-site-");
            Files.createDirectories(dir.resolve("data"));
            Files.writeString(dir.resolve("data/facts.json"), FACTS);
            Files.writeString(dir.resolve("index.html"), """
                    <!DOCTYPE html>
                    <html><head><meta charset="utf-8"><title>River party</title></head>
                    <body><h1>River party</h1>
                    <p id="facts">waiting</p><p id="bytes">waiting</p>
                    <script>
                    var text = new XMLHttpRequest();
                    text.open('GET', 'data/facts.json');
                    text.setRequestHeader('Accept', 'application/json');
                    text.onreadystatechange = function () {
                      if (text.readyState !== 4) return;
                      var f = JSON.parse(text.responseText);
                      document.getElementById('facts').textContent = text.status + ': ' + f.guests + ' guests, ' + f.theme;
                    };
                    text.send();
                    var raw = new XMLHttpRequest();
                    raw.open('GET', './data/facts.json', true);
                    raw.responseType = 'arraybuffer';
                    raw.addEventListener('load', function () {
                      document.getElementById('bytes').textContent = raw.response.byteLength + ' bytes';
                    });
                    raw.send(null);
                    try {
                      var sync = new XMLHttpRequest();
                      sync.open('GET', 'data/facts.json', false);
                      sync.send();
                      document.body.setAttribute('data-sync', sync.status === 200 ? 'ok' : 'failed');
                    } catch (e) {
                      document.body.setAttribute('data-sync', 'failed');
                    }
                    </script></body></html>
                    """);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
