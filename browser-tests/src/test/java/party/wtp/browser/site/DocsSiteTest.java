package party.wtp.browser.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import party.wtp.browser.Browser;
import party.wtp.browser.BrowserTest;
import party.wtp.browser.StaticSites;

/**
 * A real generated documentation site (Sphinx, with its own jQuery-free JavaScript and search page) read through
 * a party of three mirrors in real browsers: every page shows the same visible text as the original served
 * plainly, with its style sheets and images verified; the site's links, the links its search script builds at
 * run time, in-page anchors, back and forward and bookmarks all work, and no request ever reaches a mirror under
 * one of the site's original paths.
 */
class DocsSiteTest {
    private static final Duration LOAD = Duration.ofSeconds(30);
    private static final String FRAME = "document.querySelector('iframe[data-wtp-page]')";
    private static final String PAGE = FRAME + ".contentDocument";
    private static final List<String> MIRRORS = List.of("m1", "m2", "m3");

    @BrowserTest
    void everyPageReadsAsTheOriginal(Browser browser, StaticSites sites) {
        PublishedSite docs = DocsSite.publish(sites, "m1", "m2", "m3");
        browser.open(docs.entryUrl("m1", "index.html"));
        awaitHeading(browser, "Lantern Guide");
        browser.screenshot("docs-first-page");

        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        texts.put("index.html", visibleText(browser));
        titles.put("index.html", (String) browser.script("return document.title"));
        String font = (String) browser.script("return " + PAGE + ".defaultView.getComputedStyle(" + PAGE
                + ".body).fontFamily");
        for (String[] page : new String[][] {{"Wicks", "wicks.html"}, {"Oil", "oil.html"}, {"Pictures", "pictures.html"}}) {
            clickLink(browser, page[0]);
            awaitHeading(browser, page[0]);
            assertEquals("#" + docs.route(page[1]), browser.script("return location.hash"), "the address names the page");
            texts.put(page[1], visibleText(browser));
            titles.put(page[1], (String) browser.script("return document.title"));
        }
        browser.await("Array.prototype.every.call(" + PAGE + ".images, function (i) {"
                + " return i.complete && i.naturalWidth > 0; })", LOAD);
        assertEquals(2L, browser.script("return Array.prototype.filter.call(" + PAGE + ".images, function (i) {"
                + " return i.src.indexOf('blob:') === 0 && i.naturalWidth >= 120; }).length"), "both pictures decoded");
        browser.screenshot("docs-pictures");
        for (String[] page : new String[][] {{"Index", "genindex.html"}, {"Search", "search.html"}}) {
            browser.open(docs.entryUrl("m2", page[1]));
            awaitHeading(browser, page[0]);
            texts.put(page[1], visibleText(browser));
            titles.put(page[1], (String) browser.script("return document.title"));
        }

        for (Map.Entry<String, String> page : texts.entrySet()) {
            browser.open(docs.plainUrl(page.getKey()));
            browser.await("document.readyState === 'complete'", LOAD);
            assertEquals(browser.script("return document.body.innerText"), page.getValue(),
                    "visible text of " + page.getKey() + " through the party");
            assertEquals(browser.script("return document.title"), titles.get(page.getKey()));
            if (page.getKey().equals("index.html")) {
                assertEquals(browser.script("return getComputedStyle(document.body).fontFamily"), font,
                        "the site's style sheets apply as on the original");
            }
        }
        assertNoOriginalPathAsked(sites);
    }

    @BrowserTest
    void searchFindsAPageAndOpensIt(Browser browser, StaticSites sites) {
        PublishedSite docs = DocsSite.publish(sites, "m1", "m2", "m3");
        browser.open(docs.entryUrl("m1", "index.html"));
        awaitHeading(browser, "Lantern Guide");

        inFrame(browser, () -> {
            WebElement box = browser.driver().findElement(By.cssSelector("#searchbox input[name=q]"));
            box.sendKeys("walnut");
            box.submit();
        });
        awaitHeading(browser, "Search");
        browser.await(PAGE + ".querySelectorAll('ul.search li a').length > 0", LOAD);
        assertEquals("?q=walnut", browser.script("return location.search"), "the query is in the address");
        assertEquals("Oil", browser.script("return " + PAGE + ".querySelector('ul.search li a').textContent"));
        // the search script fetches the page to show a summary: served verified, through the client
        browser.await("(" + PAGE + ".querySelector('ul.search li p.context') || {}).textContent", LOAD);
        String summary = (String) browser.script("return " + PAGE + ".querySelector('ul.search li p.context').textContent");
        assertTrue(summary.contains("walnut"), summary);
        browser.screenshot("docs-search-results");

        inFrame(browser, () -> browser.driver().findElement(By.cssSelector("ul.search li a")).click());
        awaitHeading(browser, "Oil");
        assertTrue(((String) browser.script("return location.hash")).startsWith("#" + docs.route("oil.html")));
        assertEquals("", browser.script("return location.search"));
        assertTrue(((String) browser.script("return document.title")).startsWith("Oil"));

        browser.driver().navigate().back();
        awaitHeading(browser, "Search");
        browser.await(PAGE + ".querySelectorAll('ul.search li a').length > 0", LOAD);
        assertEquals("?q=walnut", browser.script("return location.search"));
        assertNoOriginalPathAsked(sites);
    }

    @BrowserTest
    void anchorsBackForwardBookmarksAndExternalLinks(Browser browser, StaticSites sites) {
        PublishedSite docs = DocsSite.publish(sites, "m1", "m2", "m3");
        browser.open(docs.entryUrl("m1", "wicks.html"));
        awaitHeading(browser, "Wicks");
        assertEquals(0L, ((Number) browser.script("return " + PAGE + ".defaultView.scrollY")).longValue());

        clickLink(browser, "Storing");
        browser.await(PAGE + ".defaultView.scrollY > 300", LOAD);
        assertTrue(((String) browser.script("return location.hash")).endsWith(".storing"));

        inFrame(browser, () -> browser.driver().findElement(
                By.xpath("//div[@class='body']//a[normalize-space()='Oil']")).click());
        awaitHeading(browser, "Oil");
        assertTrue(((String) browser.script("return document.title")).startsWith("Oil"));

        browser.driver().navigate().back();
        awaitHeading(browser, "Wicks");
        assertTrue(((String) browser.script("return document.title")).startsWith("Wicks"));
        browser.driver().navigate().forward();
        awaitHeading(browser, "Oil");

        // a bookmark: the browser closes the page, the reader opens the saved address later
        String bookmark = browser.driver().getCurrentUrl();
        browser.open("about:blank");
        browser.open(bookmark);
        awaitHeading(browser, "Oil");
        assertEquals("#" + docs.route("oil.html"), browser.script("return location.hash"));

        // an external link is the browser's to follow: the client does not take it over
        browser.open(docs.entryUrl("m3", "index.html"));
        awaitHeading(browser, "Lantern Guide");
        assertEquals(false, browser.script("var d = " + PAGE + ", w = d.defaultView, taken = null;"
                + "w.addEventListener('click', function (e) { taken = e.defaultPrevented; e.preventDefault(); });"
                + "var a = Array.prototype.filter.call(d.links, function (l) { return l.textContent === 'festival office'; })[0];"
                + "a.dispatchEvent(new w.MouseEvent('click', {bubbles: true, cancelable: true, button: 0}));"
                + "return a.getAttribute('href') === 'http://example.invalid/office' ? taken : 'href changed';"));
        assertNoOriginalPathAsked(sites);
    }

    /** No mirror was asked for a path of the original site (the entry page is {@code index.html} on every mirror). */
    private static void assertNoOriginalPathAsked(StaticSites sites) {
        Set<String> original = DocsSite.files().stream().filter(f -> !f.equals("index.html")).map(f -> "/" + f)
                .collect(Collectors.toSet());
        List<String> wrong = sites.requests().stream().filter(r -> {
            String[] parts = r.split(" ");
            return !parts[1].startsWith(PublishedSite.PLAIN + ".") && original.contains(parts[2]);
        }).toList();
        assertTrue(wrong.isEmpty(), "requests for original paths: " + wrong);
        assertFalse(sites.requests().stream().noneMatch(r -> MIRRORS.stream().anyMatch(m -> r.contains(" " + m + "."))),
                "the mirrors were asked at all");
    }

    private static String visibleText(Browser browser) {
        return (String) browser.script("return " + PAGE + ".body.innerText");
    }

    /** Waits until the shown page's main heading (Sphinx's {@code div.body h1}) reads {@code text}. */
    private static void awaitHeading(Browser browser, String text) {
        try {
            browser.await("(function () { var f = " + FRAME + "; var h = f && f.contentDocument"
                    + " && f.contentDocument.querySelector('div.body h1');"
                    + " return h && h.textContent.replace(/\\u00b6/g, '').trim() === '" + text + "'"
                    + " && f.contentDocument.readyState === 'complete'; })()", LOAD);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("heading '" + text + "' did not appear; client says: " + browser.script(
                    "var s = document.querySelector('[data-wtp-status]'); return s ? s.shadowRoot.textContent : '-'")
                    + "; address " + browser.script("return location.href"), e);
        }
    }

    private static void clickLink(Browser browser, String text) {
        inFrame(browser, () -> browser.driver().findElement(By.linkText(text)).click());
    }

    private static void inFrame(Browser browser, Runnable action) {
        browser.driver().switchTo().frame(browser.driver().findElement(By.cssSelector("iframe[data-wtp-page]")));
        try {
            action.run();
        } finally {
            browser.driver().switchTo().defaultContent();
        }
    }
}
