package party.wtp.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test that runs once per real browser ({@link BrowserKind#enabled()}), shown as {@code [chromium]} and
 * {@code [firefox]}. Its parameters may be a {@link Browser} (started once for the whole suite and shared),
 * a fresh {@link StaticSites} server (closed after the test), and the {@link BrowserKind}.
 *
 * <pre>{@code
 * @BrowserTest
 * void pageIsPlainHttp(Browser browser, StaticSites sites) {
 *     sites.put("m1", "index.html", "<p>hi</p>");
 *     browser.open(sites.url("m1", "/"));
 *     assertEquals(false, browser.script("return window.isSecureContext"));
 * }
 * }</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {
}
