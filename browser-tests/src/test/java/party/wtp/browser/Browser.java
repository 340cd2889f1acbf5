package party.wtp.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One running real browser, shared by every test of the suite (see {@link BrowserTest}); tests must not quit it.
 * Thin helpers over Selenium for what browser tests do most: open a page, run a script, wait, take a screenshot.
 */
public final class Browser implements AutoCloseable {
    private final BrowserKind kind;
    private final RemoteWebDriver driver;
    private final AutoCloseable shutdown;

    Browser(BrowserKind kind, RemoteWebDriver driver, AutoCloseable shutdown) {
        this.kind = kind;
        this.driver = driver;
        this.shutdown = shutdown;
        driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(2));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /** Which browser this is. */
    public BrowserKind kind() {
        return kind;
    }

    /** The Selenium driver, for anything the helpers here do not cover. */
    public RemoteWebDriver driver() {
        return driver;
    }

    /** Navigates to {@code url} and waits for the load event. */
    public void open(String url) {
        driver.get(url);
    }

    /** Runs {@code script} as a function body in the page ({@code arguments[i]} are {@code args}); returns its result. */
    public Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** Waits until the JavaScript expression {@code condition} is truthy in the page. */
    public void await(String condition, Duration timeout) {
        new WebDriverWait(driver, timeout).until(d -> Boolean.TRUE.equals(
                driver.executeScript("return !!(" + condition + ");")));
    }

    /** Saves a PNG of the viewport as {@code <screenshots>/<browser>-<name>.png}; returns its path. */
    public Path screenshot(String name) {
        Path dir = Path.of(System.getProperty("wtp.screenshots", "target/screenshots"));
        Path file = dir.resolve(kind.label() + "-" + name + ".png");
        try {
            Files.createDirectories(dir);
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    @Override
    public void close() throws Exception {
        shutdown.close();
    }

    @Override
    public String toString() {
        return kind.label();
    }
}
