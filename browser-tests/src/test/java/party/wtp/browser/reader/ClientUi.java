package party.wtp.browser.reader;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import party.wtp.browser.Browser;

/**
 * The reader's client UI as a test sees it: the shadow root of {@code [data-wtp-status]} in the entry page (the
 * status panel, the full-window message or file card, the about sidebar), reached both by script and by Selenium
 * for real clicks and keys.
 */
final class ClientUi {
    static final Duration LOAD = Duration.ofSeconds(30);
    /** A script expression for the client UI's shadow root. */
    static final String ROOT = "document.querySelector('[data-wtp-status]').shadowRoot";

    private final Browser browser;

    ClientUi(Browser browser) {
        this.browser = browser;
    }

    /** Opens {@code url} and waits until the client's UI of that visit exists. */
    void open(String url) {
        browser.open(url);
        browser.await("location.href === " + quote(url) + " && document.querySelector('[data-wtp-status]')", LOAD);
    }

    /** Waits until the shown page's body contains {@code text}. */
    void awaitPage(String text) {
        browser.await("(function () { var f = document.querySelector('iframe[data-wtp-page]');"
                + " return f && f.contentDocument && f.contentDocument.body"
                + " && f.contentDocument.body.textContent.indexOf(" + quote(text) + ") >= 0; })()", LOAD);
    }

    /** Waits until the element {@code css} in the client UI has text containing {@code text}. */
    void awaitUi(String css, String text) {
        browser.await("(function () { var e = " + ROOT + ".querySelector(" + quote(css) + ");"
                + " return e && e.textContent.indexOf(" + quote(text) + ") >= 0; })()", LOAD);
    }

    /** The text of the element {@code css} in the client UI. */
    String text(String css) {
        return (String) browser.script("return " + ROOT + ".querySelector(arguments[0]).textContent", css);
    }

    /** Whether the element {@code css} in the client UI is rendered (not display:none, not zero-sized). */
    boolean visible(String css) {
        return (Boolean) browser.script("var e = " + ROOT + ".querySelector(arguments[0]);"
                + " var box = e.getBoundingClientRect(); return getComputedStyle(e).display !== 'none'"
                + " && box.width > 0 && box.height > 0", css);
    }

    /** The element {@code css} in the client UI, for real clicks and keys. */
    WebElement element(String css) {
        // by script: the geckodriver at hand has no shadow root command
        return (WebElement) browser.script("return " + ROOT + ".querySelector(arguments[0])", css);
    }

    /** A real click, as the reader makes it, on the element with this id in the shown page. */
    void click(String id) {
        WebElement frame = browser.driver().findElement(By.cssSelector("iframe[data-wtp-page]"));
        browser.driver().switchTo().frame(frame);
        try {
            browser.driver().findElement(By.id(id)).click();
        } finally {
            browser.driver().switchTo().defaultContent();
        }
    }

    /** The visible text of the whole client UI (what the reader reads), for failure messages. */
    String all() {
        return (String) browser.script("var s = document.querySelector('[data-wtp-status]');"
                + " return s ? s.shadowRoot.textContent : 'no client UI'");
    }

    static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
