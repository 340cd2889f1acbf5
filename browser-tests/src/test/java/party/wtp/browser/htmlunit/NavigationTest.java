package party.wtp.browser.htmlunit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.htmlunit.BrowserVersion;
import org.htmlunit.ProxyConfig;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlInlineFrame;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import party.wtp.browser.StaticSites;
import party.wtp.browser.site.PublishedSite;

/**
 * The reader's navigation in HtmlUnit 4 with its Chrome and Firefox emulations: a JVM-only suite on a small site
 * ({@code party/wtp/browser/htmlunit/site}: three pages, a style sheet, a script that builds a link at run time)
 * published by {@code wtp build} on three mirrors. HtmlUnit interprets the client's crypto slowly, so the site is
 * kept small; the generated documentation site runs in Chromium and Firefox ({@code DocsSiteTest}). The mirrors'
 * host names reach the local test server through HtmlUnit's proxy setting (the server answers by Host header).
 */
class NavigationTest {
    private static StaticSites sites;
    private static PublishedSite site;

    /** The two emulations, by name for the test report. */
    enum Engine {
        CHROME(BrowserVersion.CHROME), FIREFOX(BrowserVersion.FIREFOX);

        final BrowserVersion version;

        Engine(BrowserVersion version) {
            this.version = version;
        }
    }

    @BeforeAll
    static void publish() throws URISyntaxException {
        sites = StaticSites.start(Path.of(System.getProperty("wtp.scratch", "target/browser-scratch"))
                .resolve("htmlunit-sites-" + System.nanoTime()));
        site = PublishedSite.publish(sites, Path.of(NavigationTest.class.getResource("site").toURI()), "m1", "m2", "m3");
    }

    @AfterAll
    static void stop() {
        sites.close();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void linksBackForwardAnchorsAndBookmarks(Engine engine) throws IOException {
        try (WebClient web = client(engine)) {
            HtmlPage top = web.getPage(site.entryUrl("m1", "index.html"));
            awaitHeading(web, top, "Lantern notes");
            assertEquals("Lantern notes", top.getTitleText());

            link(shown(top), "Wicks").click();
            awaitHeading(web, top, "Wicks");
            assertEquals("#" + site.route("wicks.html"), hash(top));
            assertEquals("Wicks", top.getTitleText());

            link(shown(top), "Storing").click();
            web.waitForBackgroundJavaScript(500);
            assertEquals("#" + site.route("wicks.html") + ".storing", hash(top), "an in-page anchor is a route target");

            link(shown(top), "Oil").click();
            awaitHeading(web, top, "Oil");
            assertEquals("Oil", top.getTitleText());

            top.executeJavaScript("history.back()");
            awaitHeading(web, top, "Wicks");
            top.executeJavaScript("history.forward()");
            awaitHeading(web, top, "Oil");

            // a link made at run time ('wicks.html#storing'), as the page's notes.js does in real browsers
            // (HtmlUnit does not run scripts from blob: URLs): followed through the site map
            shown(top).executeJavaScript("var a = document.createElement('a'); a.href = 'wicks.html#storing';"
                    + " a.textContent = 'Storing wicks'; document.getElementById('made').appendChild(a);");
            link(shown(top), "Storing wicks").click();
            awaitHeading(web, top, "Wicks");
            assertEquals("#" + site.route("wicks.html") + ".storing", hash(top));
            String bookmark = top.getUrl().toString();
            assertTrue(bookmark.endsWith("#" + site.route("wicks.html") + ".storing"), bookmark);

            // an external link is left to the browser: the client does not prevent its default
            link(shown(top), "Lantern notes").click();
            awaitHeading(web, top, "Lantern notes");
            Object taken = shown(top).executeJavaScript("(function () { var taken = null;"
                    + " window.addEventListener('click', function (e) { taken = e.defaultPrevented; e.preventDefault(); });"
                    + " var a = Array.prototype.filter.call(document.links, function (l) {"
                    + "   return l.textContent === 'festival office'; })[0];"
                    + " a.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true}));"
                    + " return String(taken); })()").getJavaScriptResult();
            assertEquals("false", String(taken));

            // the bookmark, opened by a browser that starts afresh
            try (WebClient later = client(engine)) {
                HtmlPage again = later.getPage(bookmark);
                awaitHeading(later, again, "Wicks");
                assertEquals("Wicks", again.getTitleText());
            }
        }
        assertTrue(sites.requests().stream().noneMatch(r -> r.endsWith("/wicks.html") || r.endsWith("/oil.html")
                || r.endsWith(".css") || r.endsWith("/notes.js")), "no request under an original path: " + sites.requests());
    }

    private static String String(Object value) {
        return String.valueOf(value);
    }

    private static WebClient client(Engine engine) {
        WebClient web = new WebClient(engine.version);
        web.getOptions().setProxyConfig(new ProxyConfig("127.0.0.1", sites.port(), null));
        web.getOptions().setThrowExceptionOnScriptError(false);
        web.getOptions().setThrowExceptionOnFailingStatusCode(false);
        web.getOptions().setCssEnabled(true);
        return web;
    }

    private static String hash(HtmlPage top) {
        return (String) top.executeJavaScript("location.hash").getJavaScriptResult();
    }

    /** The page the client shows, in its frame. */
    private static HtmlPage shown(HtmlPage top) {
        HtmlInlineFrame frame = top.querySelector("iframe[data-wtp-page]");
        if (frame == null) {
            throw new AssertionError("no page shown; top document: " + top.asXml());
        }
        return (HtmlPage) frame.getEnclosedPage();
    }

    private static org.htmlunit.html.HtmlAnchor link(HtmlPage page, String text) {
        return page.getAnchorByText(text);
    }

    private static void awaitHeading(WebClient web, HtmlPage top, String text) {
        long end = System.currentTimeMillis() + 120_000;
        String seen = "";
        while (System.currentTimeMillis() < end) {
            web.waitForBackgroundJavaScript(200);
            HtmlInlineFrame frame = top.querySelector("iframe[data-wtp-page]");
            if (frame != null && frame.getEnclosedPage() instanceof HtmlPage page) {
                org.htmlunit.html.DomNode h = page.querySelector("div.body h1");
                seen = h == null ? "(no heading)" : h.getTextContent().replace("\u00b6", "").trim();
                if (seen.equals(text) && top.getTitleText().equals(text)) {
                    return; // the heading and the top window's title (this site's titles are its headings)
                }
            }
        }
        throw new AssertionError("heading and title '" + text + "' did not appear (last: " + seen + ", title "
                + top.getTitleText() + "); top: "
                + top.asNormalizedText());
    }
}
