package party.wtp.browser.legacy;

import com.gargoylesoftware.htmlunit.BrowserVersion;
import com.gargoylesoftware.htmlunit.HttpWebConnection;
import com.gargoylesoftware.htmlunit.ScriptException;
import com.gargoylesoftware.htmlunit.SilentCssErrorHandler;
import com.gargoylesoftware.htmlunit.WebClient;
import com.gargoylesoftware.htmlunit.html.HtmlInlineFrame;
import com.gargoylesoftware.htmlunit.html.HtmlPage;
import com.gargoylesoftware.htmlunit.javascript.JavaScriptEngine;
import com.gargoylesoftware.htmlunit.javascript.SilentJavaScriptErrorListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import net.sourceforge.htmlunit.corejs.javascript.Context;
import net.sourceforge.htmlunit.corejs.javascript.ContextFactory;
import net.sourceforge.htmlunit.corejs.javascript.Function;
import net.sourceforge.htmlunit.corejs.javascript.ScriptableObject;
import org.apache.http.conn.DnsResolver;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.conn.SystemDefaultDnsResolver;
import party.wtp.browser.PartyHosts;

/**
 * Internet Explorer 11 as HtmlUnit 2.70 emulates it (the last HtmlUnit that does): no BigInt, Symbol, Promise,
 * {@code TextDecoder}, {@code window.crypto} or {@code URL.createObjectURL}. The test hosts {@code *.party.test}
 * resolve to 127.0.0.1 through the HTTP client's own DNS resolver (HtmlUnit has no host-resolver flag).
 * Script errors are collected, not thrown, so a test can say what went wrong inside the page.
 *
 * <p>Scripts run in Rhino's <em>compiled</em> mode (JVM bytecode), not the interpreter HtmlUnit picks so that it
 * can count instructions: an engine setting of this test harness, not of the product (real IE 11 runs scripts with
 * a JIT, Chakra). With one browser per suite the compiled client is kept across pages and the suite runs 1.6x
 * faster (docs/BENCHMARKS.md). Rhino compiles a whole script into one class and falls back to the interpreter for
 * all of it when one function's bytecode breaks a class-file limit (a jump over 32 KB): {@link #interpreted} tells.
 */
public final class InternetExplorer implements AutoCloseable {
    private final WebClient client = new WebClient(BrowserVersion.INTERNET_EXPLORER);
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private HtmlPage page;

    /** IE with scripts compiled, as the tests use it. */
    public InternetExplorer() {
        this(true);
    }

    /** IE with scripts compiled, or left to Rhino's interpreter as HtmlUnit has it (for the benchmark). */
    public InternetExplorer(boolean compiled) {
        client.setWebConnection(new PartyTestConnection(client));
        client.getOptions().setThrowExceptionOnScriptError(false);
        client.getOptions().setThrowExceptionOnFailingStatusCode(false);
        client.getOptions().setCssEnabled(true);
        client.getOptions().setDownloadImages(true);
        client.getOptions().setTimeout(30_000);
        if (compiled) {
            compileScripts(client);
        }
        client.setIncorrectnessListener((message, origin) -> { });
        client.setCssErrorHandler(new SilentCssErrorHandler());
        client.setJavaScriptErrorListener(new SilentJavaScriptErrorListener() {
            @Override
            public void scriptException(HtmlPage failing, ScriptException e) {
                errors.add(e.getMessage());
            }
        });
    }

    /**
     * Every Rhino context of this browser compiles scripts to bytecode (optimization level 9). HtmlUnit's factory
     * sets level -1 in {@code makeContext()}; listeners run right after it, before any script is compiled.
     * Instruction counting (HtmlUnit's script time limit) still works: compiled code counts instructions too.
     */
    private static void compileScripts(WebClient client) {
        ((JavaScriptEngine) client.getJavaScriptEngine()).getContextFactory().addListener(new ContextFactory.Listener() {
            @Override
            public void contextCreated(Context context) {
                context.setOptimizationLevel(9);
            }

            @Override
            public void contextReleased(Context context) {
            }
        });
    }

    /**
     * Whether the top window's global {@code name} is a function Rhino interprets: compiled functions are instances
     * of the classes Rhino generates (package {@code ...javascript.gen}).
     */
    boolean interpreted(String name) {
        eval("0");
        Object value = ScriptableObject.getProperty(page.getEnclosingWindow().getScriptableObject(), name);
        if (!(value instanceof Function)) {
            throw new AssertionError("IE: " + name + " is not a function but " + value);
        }
        return !value.getClass().getName().startsWith(Context.class.getPackageName() + ".gen.");
    }

    /** Loads {@code url} in the window (a new document); script errors of earlier documents are forgotten. */
    public void open(String url) {
        errors.clear();
        try {
            // a fresh document each time, as when a reader opens a link: only the fragment may differ from the last
            // URL, and that alone would be a same-document hash change, leaving the last page's state in view
            client.getPage("about:blank");
            page = client.getPage(new URL(url));
        } catch (IOException e) {
            throw new UncheckedIOException("IE could not load " + url, e);
        }
    }

    /** Runs {@code js} (an expression) in the top document and returns its value as Java sees it. */
    public Object eval(String js) {
        page = (HtmlPage) client.getCurrentWindow().getTopWindow().getEnclosedPage();
        return page.executeJavaScript(js).getJavaScriptResult();
    }

    /** {@link #eval} as a string. */
    public String text(String js) {
        return String.valueOf(eval(js));
    }

    /** Waits until {@code condition} (a JavaScript expression) is true; fails with what the page shows if not. */
    public void await(String condition, Duration limit) {
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
