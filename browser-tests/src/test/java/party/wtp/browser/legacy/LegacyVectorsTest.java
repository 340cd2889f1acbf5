package party.wtp.browser.legacy;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.openqa.selenium.json.Json;
import party.wtp.browser.Browser;
import party.wtp.browser.BrowserTest;
import party.wtp.browser.StaticSites;
import party.wtp.vectors.TestVector;

/**
 * The legacy testkit bundle (the same core, compiled like the legacy client) gives every shared test vector its
 * verdict in engines without BigInt, Symbol or Map: real Chromium and Firefox pages that delete those built-ins
 * (and Reflect, WeakMap, WeakRef, Promise, TextDecoder) before the bundle loads, so it runs on {lo, hi} longs.
 * (HtmlUnit's Internet Explorer runs the same bundle, seconds per vector in Rhino's interpreter, which is the only
 * mode Rhino has for it: {@link LegacyNavigationTest} covers IE with a whole site instead.)
 */
class LegacyVectorsTest {
    private static final Duration RUN = Duration.ofSeconds(240);
    /** Built-ins the page removes before the bundle loads; put back once the verdicts are in. */
    private static final List<String> REMOVED = List.of("BigInt", "BigInt64Array", "BigUint64Array", "Symbol", "Map",
            "WeakMap", "WeakRef", "Reflect", "Promise", "TextDecoder");

    @BrowserTest
    void everyVectorGivesItsVerdictWithoutBigIntSymbolAndMap(Browser browser, StaticSites sites) {
        List<String> texts = vectors();
        publish(sites, texts);
        browser.open(sites.url("m1", "/vectors.html"));
        browser.await("window.verdicts !== undefined", RUN);
        assertEquals("undefined undefined", browser.script("return window.engine"), "the page removed them");
        assertVerdicts(texts, (String) browser.script("return window.verdicts.join('\\n')"), browser + " without BigInt");
    }

    private static void assertVerdicts(List<String> texts, String joined, String engine) {
        String[] verdicts = joined.split("\n", -1);
        assertEquals(texts.size(), verdicts.length, engine + ": " + joined);
        List<Executable> checks = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String expected = TestVector.parse(texts.get(i)).expected();
            String actual = verdicts[i];
            int index = i;
            checks.add(() -> assertEquals(expected, actual, engine + " vector " + index));
        }
        assertAll(checks);
    }

    /** A page that removes the built-ins, loads the legacy testkit, runs every vector and puts the built-ins back. */
    private static void publish(StaticSites sites, List<String> texts) {
        String json = new Json().toJson(texts).replace("</", "<\\/");
        sites.put("m1", "testkit.js", legacyTestkit());
        sites.put("m1", "vectors.html", """
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>legacy vectors</title>
                <script>
                var removed = %s, saved = {};
                for (var i = 0; i < removed.length; i++) {
                  saved[removed[i]] = window[removed[i]];
                  try { delete window[removed[i]]; } catch (e) {}
                  if (window[removed[i]] !== undefined) window[removed[i]] = undefined;
                }
                </script>
                <script src="testkit.js"></script>
                <script>
                window.engine = typeof BigInt + ' ' + typeof Symbol;
                var texts = %s, verdicts = [];
                for (var t = 0; t < texts.length; t++) verdicts.push(wtpTestkit.envelope.checkVector(texts[t]));
                for (var r = 0; r < removed.length; r++) if (saved[removed[r]] !== undefined) window[removed[r]] = saved[removed[r]];
                window.verdicts = verdicts;
                </script></head><body>vectors</body></html>
                """.formatted(new Json().toJson(REMOVED), json));
    }

    private static List<String> vectors() {
        Path dir = Paths.get(System.getProperty("wtp.root", ".."), "testdata", "vectors");
        try (Stream<Path> files = Files.list(dir)) {
            List<String> texts = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file));
            }
            assertTrue(texts.size() >= 20, "vectors found: " + texts.size());
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] legacyTestkit() {
        try (InputStream in = LegacyVectorsTest.class.getClassLoader()
                .getResourceAsStream("party/wtp/client/wtp-testkit-legacy.js")) {
            if (in == null) {
                throw new IllegalStateException("wtp-testkit-legacy.js is missing: build client-legacy first");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
