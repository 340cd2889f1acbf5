package party.wtp.browser.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import party.wtp.browser.Browser;
import party.wtp.browser.BrowserTest;

/**
 * The README's first command, as a newcomer runs it: {@code wtp demo} (the shaded jar, in its own process) builds the
 * bundled sample site into a 3-mirror party and serves it; the printed entry URL, opened in a real browser, shows
 * the sample site's first page, verified and decrypted by the reader's client, with the site's own script run;
 * stopping the demo removes everything it made.
 */
class DemoInBrowserTest {
    private static final Pattern WORKING_IN = Pattern.compile("working in (.+?) \\(removed on exit\\)");

    @BrowserTest
    void theDemoShowsTheSampleSiteAndCleansUp(Browser browser) throws Exception {
        Path root = Paths.get(System.getProperty("wtp.root", ".."));
        Path jar = root.resolve("transformer-cli/target/wtp.jar");
        assertTrue(Files.isRegularFile(jar), "the shaded jar is built before browser-tests: " + jar);
        Process demo = new ProcessBuilder("java", "-jar", jar.toString(), "demo").directory(root.toFile()).start();
        // filled by the drain thread while the test reads it: a synchronized list, copied before it is printed
        List<String> stderr = Collections.synchronizedList(new ArrayList<>());
        Thread errors = new Thread(() -> drain(demo, stderr));
        errors.start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8));
            String entryUrl = out.readLine();
            assertTrue(entryUrl != null && entryUrl.matches("http://127\\.0\\.0\\.1:\\d+/#[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{22}"),
                    () -> "first line of stdout is the entry URL: " + entryUrl + " / " + copy(stderr));
            browser.open(entryUrl);
            browser.await("(function () { var f = document.querySelector('iframe[data-wtp-page]');"
                    + " return !!(f && f.contentDocument && f.contentDocument.body"
                    + " && f.contentDocument.body.textContent.indexOf('seventh owl') >= 0); })()", Duration.ofSeconds(30));
            String text = (String) browser.script("return document.querySelector('iframe[data-wtp-page]').contentDocument.body.innerText");
            assertTrue(text.contains("The bonfire starts when the seventh owl lands on the marmalade jar."), text);
            browser.await("(function () { var d = document.querySelector('iframe[data-wtp-page]').contentDocument;"
                    + " return d.body.textContent.indexOf('Script says: 42 lanterns are lit') >= 0; })()",
                    Duration.ofSeconds(10));
            assertEquals("Marmalade Owl Festival", browser.script(
                    "return document.querySelector('iframe[data-wtp-page]').contentDocument.querySelector('h1').textContent"));
            browser.screenshot("demo-first-page");
        } finally {
            demo.destroy();
        }
        assertTrue(demo.waitFor(20, TimeUnit.SECONDS), "wtp demo stops on SIGTERM");
        errors.join(5000);
        String log = String.join("\n", copy(stderr));
        Matcher m = WORKING_IN.matcher(log);
        assertTrue(m.find(), "demo says where it works: " + log);
        assertFalse(Files.exists(Paths.get(m.group(1))), "demo removed its folder " + m.group(1) + "\n" + log);
    }

    private static List<String> copy(List<String> lines) {
        synchronized (lines) {
            return new ArrayList<>(lines);
        }
    }

    private static void drain(Process p, List<String> lines) {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                synchronized (lines) {
                    lines.add(line);
                }
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }
}
