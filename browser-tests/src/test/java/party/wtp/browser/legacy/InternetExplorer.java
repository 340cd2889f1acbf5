package party.wtp.browser.legacy;

import com.gargoylesoftware.htmlunit.BrowserVersion;
import com.gargoylesoftware.htmlunit.HttpWebConnection;
import com.gargoylesoftware.htmlunit.ScriptException;
import com.gargoylesoftware.htmlunit.SilentCssErrorHandler;
import com.gargoylesoftware.htmlunit.WebClient;
import com.gargoylesoftware.htmlunit.html.HtmlInlineFrame;
import com.gargoylesoftware.htmlunit.html.HtmlPage;
import com.gargoylesoftware.htmlunit.javascript.SilentJavaScriptErrorListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.http.conn.DnsResolver;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.conn.SystemDefaultDnsResolver;
import party.wtp.browser.PartyHosts;

/**
 * Internet Explorer 11 as HtmlUnit 2.70 emulates it (the last HtmlUnit that does): no BigInt, Symbol, Promise,
 * {@code TextDecoder}, {@code window.crypto} or {@code URL.createObjectURL}. The test hosts {@code *.party.test}
 * resolve to 127.0.0.1 through the HTTP client's own DNS resolver (HtmlUnit has no host-resolver flag).
 * Script errors are collected, not thrown, so a test can say what went wrong inside the page. HtmlUnit runs
 * JavaScript in Rhino's interpreter: the legacy client's crypto takes tens of seconds per envelope here.
 */
final class InternetExplorer implements AutoCloseable {
    private final WebClient client = new WebClient(BrowserVersion.INTERNET_EXPLORER);
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private HtmlPage page;

    InternetExplorer() {
        client.setWebConnection(new PartyTestConnection(client));
        client.getOptions().setThrowExceptionOnScriptError(false);
        client.getOptions().setThrowExceptionOnFailingStatusCode(false);
        client.getOptions().setCssEnabled(true);
        client.getOptions().setDownloadImages(true);
        client.getOptions().setTimeout(30_000);
        client.setIncorrectnessListener((message, origin) -> { });
        client.setCssErrorHandler(new SilentCssErrorHandler());
        client.setJavaScriptErrorListener(new SilentJavaScriptErrorListener() {
            @Override
            public void scriptException(HtmlPage failing, ScriptException e) {
                errors.add(e.getMessage());
            }
        });
    }

    /** Loads {@code url} in the window (a new document). */
    void open(String url) {
        try {
            page = client.getPage(new URL(url));
        } catch (IOException e) {
            throw new UncheckedIOException("IE could not load " + url, e);
        }
    }

    /** Runs {@code js} (an expression) in the top document and returns its value as Java sees it. */
    Object eval(String js) {
        page = (HtmlPage) client.getCurrentWindow().getTopWindow().getEnclosedPage();
        return page.executeJavaScript(js).getJavaScriptResult();
    }

    /** {@link #eval} as a string. */
    String text(String js) {
        return String.valueOf(eval(js));
    }

    /** Waits until {@code condition} (a JavaScript expression) is true; fails with what the page shows if not. */
    void await(String condition, Duration limit) {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (Boolean.TRUE.equals(eval("!!(" + condition + ")"))) {
                return;
            }
            if (!errors.isEmpty()) {
                throw new AssertionError("IE: script errors while waiting for '" + condition + "': " + errors);
            }
            client.waitForBackgroundJavaScript(50);
        }
        throw new AssertionError("IE: '" + condition + "' did not become true within " + limit.toSeconds()
                + " s; page says: " + text("document.body ? document.body.innerText || document.body.textContent : ''")
                + "; script errors: " + errors);
    }

    /** The page shown in the client's frame (the decrypted site page). */
    HtmlPage shownPage() {
        eval("0");
        HtmlInlineFrame frame = page.querySelector("iframe[data-wtp-page]");
        if (frame == null) {
            throw new AssertionError("IE shows no page frame; script errors: " + errors);
        }
        return (HtmlPage) frame.getEnclosedPage();
    }

    /** A real click on the element with this id in the shown page. */
    void click(String id) {
        try {
            shownPage().getElementById(id).click();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The browser's back button. */
    void back() {
        try {
            client.getCurrentWindow().getTopWindow().getHistory().back();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Script errors the pages reported so far. */
    List<String> errors() {
        return List.copyOf(errors);
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public String toString() {
        return "HtmlUnit " + BrowserVersion.INTERNET_EXPLORER.getNickname();
    }

    /** HtmlUnit's HTTP connection with {@code *.party.test} resolved to the loopback address. */
    private static final class PartyTestConnection extends HttpWebConnection {
        PartyTestConnection(WebClient client) {
            super(client);
        }

        @Override
        protected HttpClientBuilder createHttpClientBuilder() {
            DnsResolver partyHosts = host -> {
                if (host.endsWith("." + PartyHosts.DOMAIN)) {
                    return new InetAddress[] {InetAddress.getLoopbackAddress()};
                }
                return SystemDefaultDnsResolver.INSTANCE.resolve(host);
            };
            return super.createHttpClientBuilder().setDnsResolver(partyHosts);
        }
    }
}
