package party.wtp.browser.hostile;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import party.wtp.browser.Browser;

/** What the reader sees in the browser: the shown page's heading, the client's notice and error texts; timed clicks. */
public final class ReaderScreen {
    static final Duration LOAD = Duration.ofSeconds(20);
    private static final String PAGE = "(function () { var f = document.querySelector('iframe[data-wtp-page]');"
            + " return f && f.contentDocument; })()";
    private static final String CLIENT_UI = "(function () { var s = document.querySelector('[data-wtp-status]');"
            + " return s ? (s.shadowRoot || s) : null; })()";

    private final Browser browser;

    public ReaderScreen(Browser browser) {
        this.browser = browser;
    }

    /** A fresh load of {@code url} (not just a new fragment on the page already open). */
    public void open(String url) {
        browser.open("about:blank");
        browser.open(url);
    }

    /** Waits until the shown page's heading is {@code heading}; fails with what the reader saw instead. */
    public void awaitHeading(String heading) {
        try {
            browser.await("(function () { var d = " + PAGE + "; var h = d && d.getElementById('t');"
                    + " return h && h.textContent === '" + heading + "'; })()", LOAD);
        } catch (TimeoutException e) {
            throw new AssertionError("the page '" + heading + "' did not appear; the reader sees heading '" + heading()
                    + "' and client text '" + clientText() + "'", e);
        }
    }

    /** Waits for the client's full-window error and returns its text. */
    String awaitError() {
        try {
            browser.await("(function () { var r = " + CLIENT_UI + "; var e = r && r.querySelector('[role=alert]');"
                    + " return e && e.style.display === 'block' && e.textContent.length > 0; })()", LOAD);
        } catch (TimeoutException e) {
            throw new AssertionError("no error message appeared; the reader sees heading '" + heading() + "'", e);
        }
        return errorText();
    }

    String errorText() {
        return (String) browser.script("var r = " + CLIENT_UI + "; var e = r && r.querySelector('[role=alert]');"
                + " return e && e.style.display === 'block' ? e.textContent : '';");
    }

    /** The heading of the shown page, or "" when none is shown. */
    String heading() {
        return (String) browser.script("var d = " + PAGE + "; var h = d && d.getElementById('t');"
                + " return h ? h.textContent : '';");
    }

    /** The notice bar's text ("" when hidden). */
    String notice() {
        return (String) browser.script("var r = " + CLIENT_UI + "; var n = r && r.querySelector('.notice');"
                + " return n && n.style.display === 'block' ? n.textContent : '';");
    }

    /** Everything the client's own UI says. */
    String clientText() {
        return String.valueOf(browser.script("var r = " + CLIENT_UI + "; return r ? r.textContent : '';"));
    }

    /** The width the shown page's logo decoded at (0: not loaded). */
    long logoWidth() {
        Object w = browser.script("var d = " + PAGE + "; var i = d && d.getElementById('logo');"
                + " return i ? i.naturalWidth : 0;");
        return ((Number) w).longValue();
    }

    void awaitLogo() {
        browser.await("(function () { var d = " + PAGE + "; var i = d && d.getElementById('logo');"
                + " return i && i.complete && i.naturalWidth > 0; })()", LOAD);
    }

    /**
     * Clicks the link with this id in the shown page as a reader would, then waits for the page whose heading is
     * {@code heading}; returns the milliseconds from the click to that page in the browser's own clock.
     */
    public long clickAndTime(String linkId, String heading) {
        browser.script("var want = arguments[0]; window.wtpShownAt = 0; window.wtpClickedAt = Date.now();"
                + "var timer = setInterval(function () { var d = " + PAGE + "; var h = d && d.getElementById('t');"
                + "  if (h && h.textContent === want) { window.wtpShownAt = Date.now(); clearInterval(timer); }"
                + "}, 5);", heading);
        click(linkId);
        awaitHeading(heading);
        browser.await("window.wtpShownAt > 0", LOAD);
        return ((Number) browser.script("return window.wtpShownAt - window.wtpClickedAt")).longValue();
    }

    void click(String linkId) {
        WebElement frame = browser.driver().findElement(By.cssSelector("iframe[data-wtp-page]"));
        browser.driver().switchTo().frame(frame);
        try {
            browser.driver().findElement(By.id(linkId)).click();
        } finally {
            browser.driver().switchTo().defaultContent();
        }
    }

    /** Follows the notice bar's link (the move to another mirror). */
    void followNoticeLink() {
        browser.script("var r = " + CLIENT_UI + "; r.querySelector('.notice a').click();");
    }

    String url() {
        return browser.driver().getCurrentUrl();
    }
}
