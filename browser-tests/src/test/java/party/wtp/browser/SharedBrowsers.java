package party.wtp.browser;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The suite's browsers: each kind is started the first time a test asks for it and kept for the rest of the run.
 * Lives in JUnit's root store, which closes it (quitting every browser) when the whole run ends.
 */
final class SharedBrowsers implements AutoCloseable {
    /** Selenium warns at every Chromium start that it has no CDP bindings for this version; we use none. */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    static {
        SELENIUM_LOG.setLevel(Level.SEVERE);
    }

    private final Map<BrowserKind, Browser> running = new EnumMap<>(BrowserKind.class);
    private final Map<BrowserKind, RuntimeException> failed = new EnumMap<>(BrowserKind.class);
    private final Path scratch;

    SharedBrowsers(Path scratch) {
        this.scratch = scratch;
    }

    /** The running browser of {@code kind}, started now if this is the first request. */
    synchronized Browser get(BrowserKind kind) {
        RuntimeException earlier = failed.get(kind);
        if (earlier != null) {
            throw new IllegalStateException(kind.label() + " failed to start earlier in this run", earlier);
        }
        Browser browser = running.get(kind);
        if (browser == null) {
            try {
                browser = kind.launch(scratch);
            } catch (RuntimeException e) {
                failed.put(kind, e);
                throw e;
            }
            running.put(kind, browser);
        }
        return browser;
    }

    @Override
    public synchronized void close() throws Exception {
        Exception first = null;
        for (Browser browser : running.values()) {
            try {
                browser.close();
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        running.clear();
        if (first != null) {
            throw first;
        }
    }
}
