package party.wtp.browser.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.openqa.selenium.json.Json;
import party.wtp.anchor.ResourceKey;
import party.wtp.browser.Browser;
import party.wtp.browser.BrowserTest;
import party.wtp.browser.Bundles;
import party.wtp.browser.PseudoRandomBytes;
import party.wtp.browser.StaticSites;
import party.wtp.crypto.PartyKey;
import party.wtp.crypto.SeededRandomness;
import party.wtp.envelope.GenerationBuilder;
import party.wtp.envelope.ResourceMeta;

/**
 * The legacy bundle against the modern one in one page of a real browser: bundle sizes, and open-and-verify
 * (signature, Merkle path, both decryptions) of the same envelopes, rounds interleaved. The legacy bundle is loaded
 * and run with BigInt, Symbol, Map, WeakMap and Reflect removed, as an old engine would run it ({lo, hi} longs).
 * Runs only when asked ({@code -Dwtp.bench=true -Dtest=LegacyBenchmarkTest -Dwtp.browsers=chromium}); writes
 * {@code target/bench/legacy-BROWSER.md} (one per browser).
 */
class LegacyBenchmarkTest {
    private static final int KIB = 1 << 10;
    private static final int[] SIZES = {64 * KIB, 1024 * KIB, 8192 * KIB};
    private static final int ROUNDS = Integer.getInteger("wtp.bench.rounds", 7);
    private static final int WARMUP = 2;
    private static final String LEGACY_TESTKIT = "party/wtp/client/wtp-testkit-legacy.js";
    private static final String LEGACY_CLIENT = "party/wtp/client/wtp-client-legacy.js";
    private static final String REMOVED = "['BigInt', 'BigInt64Array', 'BigUint64Array', 'Symbol', 'Map', 'WeakMap',"
            + " 'WeakRef', 'Reflect']";

    private final SecureRandom random = new SecureRandom();

    @BrowserTest
    void legacyAgainstModern(Browser browser, StaticSites sites) throws IOException {
        PartyKey party = PartyKey.generate(new SeededRandomness("legacy bench " + random.nextLong()));
        List<Map<String, Object>> envelopes = new ArrayList<>();
        for (int size : SIZES) {
            ResourceKey key = ResourceKey.of(bytes(16));
            byte[] served = new GenerationBuilder(party, 7, new SeededRandomness("g" + size))
                    .addResource(key, new ResourceMeta("application/octet-stream", "payload-" + size + ".bin", null),
                            PseudoRandomBytes.of(random.nextInt(), size))
                    .seal().copy(key.id());
            sites.put("m1", "env/" + size, served);
            envelopes.add(Map.of("size", size, "url", "/env/" + size, "key", key.toString()));
        }
        sites.put("m1", "modern.js", Bundles.testkit()).put("m1", "legacy.js", resource(LEGACY_TESTKIT))
                .put("m1", "bench.html", page());
        browser.open(sites.url("m1", "/bench.html"));
        browser.await("window.kits !== undefined", Duration.ofSeconds(60));
        assertEquals("undefined", browser.script("return kits.legacyEngine"), "legacy loaded without BigInt");
        Object loadError = browser.driver().executeAsyncScript("loadEnvelopes(JSON.parse(arguments[0]), arguments[1],"
                + " arguments[arguments.length - 1]);", new Json().toJson(envelopes),
                Base64.getEncoder().encodeToString(party.publicKey().toBytes()));
        assertNull(loadError);

        Map<String, List<Double>> millis = new LinkedHashMap<>();
        for (int round = 0; round < WARMUP + ROUNDS; round++) {
            for (int size : SIZES) {
                for (String kit : List.of("modern", "legacy")) {
                    Object ms = browser.script("return openOnce(arguments[0], arguments[1]);", kit, size);
                    if (!(ms instanceof Number)) {
                        throw new AssertionError(kit + " " + size + ": " + ms);
                    }
                    if (round >= WARMUP) {
                        millis.computeIfAbsent(kit + " " + size, k -> new ArrayList<>()).add(((Number) ms).doubleValue());
                    }
                }
            }
        }
        String report = report(browser, millis);
        Path out = Path.of("target", "bench");
        Files.createDirectories(out);
        Files.writeString(out.resolve("legacy-" + browser.kind().name().toLowerCase(java.util.Locale.ROOT) + ".md"), report);
        System.out.println(report);
    }

    private static String report(Browser browser, Map<String, List<Double>> millis) {
        StringBuilder md = new StringBuilder();
        md.append("Browser: ").append(browser).append(", ").append(browser.script("return navigator.userAgent"))
                .append("; ").append(ROUNDS).append(" rounds after ").append(WARMUP).append(" warm-up, medians\n\n");
        md.append("| bundle | bytes | gzip -9 |\n| --- | ---: | ---: |\n");
        size(md, "wtp-client.js (modern)", Bundles.client());
        size(md, "wtp-client-legacy.js", resource(LEGACY_CLIENT));
        size(md, "wtp-testkit.js (modern)", Bundles.testkit());
        size(md, "wtp-testkit-legacy.js", resource(LEGACY_TESTKIT));
        md.append("\n| open and verify | modern ms | modern MiB/s | legacy ms | legacy MiB/s | legacy / modern time |\n");
        md.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (int size : SIZES) {
            double modern = median(millis.get("modern " + size));
            double legacy = median(millis.get("legacy " + size));
            md.append(String.format("| %d KiB | %.1f | %.1f | %.1f | %.1f | %.2f |%n", size / KIB, modern,
                    mibPerSecond(size, modern), legacy, mibPerSecond(size, legacy), legacy / modern));
        }
        return md.toString();
    }

    private static void size(StringBuilder md, String name, byte[] bytes) {
        md.append("| ").append(name).append(" | ").append(bytes.length).append(" | ").append(gzip(bytes).length)
                .append(" |\n");
    }

    private static double mibPerSecond(int size, double millis) {
        return size / (double) (1 << 20) / (millis / 1000);
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /**
     * The bench page: the modern testkit, then the legacy one loaded with the built-ins removed (put back after);
     * {@code openOnce(kit, size)} opens a fresh copy of one envelope and returns milliseconds, or the failure.
     */
    private static byte[] page() {
        return ("""
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>legacy bench</title>
                <script src="modern.js"></script>
                <script>
                var kits = {modern: wtpTestkit}, removed = %s, saved = {};
                function remove() {
                  for (var i = 0; i < removed.length; i++) { saved[removed[i]] = window[removed[i]]; delete window[removed[i]]; }
                }
                function restore() {
                  for (var i = 0; i < removed.length; i++) window[removed[i]] = saved[removed[i]];
                }
                remove();
                </script>
                <script src="legacy.js"></script>
                <script>
                kits.legacy = wtpTestkit;
                kits.legacyEngine = typeof BigInt;
                restore();
                var envelopes = {}, party = null;
                function loadEnvelopes(list, partyBase64, done) {
                  var raw = atob(partyBase64); party = new Uint8Array(raw.length);
                  for (var i = 0; i < raw.length; i++) party[i] = raw.charCodeAt(i);
                  var left = list.length;
                  list.forEach(function (e) {
                    var xhr = new XMLHttpRequest(); xhr.open('GET', e.url); xhr.responseType = 'arraybuffer';
                    xhr.onload = function () { envelopes[e.size] = {key: e.key, bytes: xhr.response}; if (--left === 0) done(null); };
                    xhr.onerror = function () { done('cannot load ' + e.url); };
                    xhr.send();
                  });
                }
                function openOnce(kit, size) {
                  var e = envelopes[size], copy = new Uint8Array(e.bytes.slice(0)), legacy = kit === 'legacy';
                  if (legacy) remove();
                  try {
                    var start = performance.now();
                    var content = kits[kit].envelope.openResource(party, e.key, copy, 16777216, 7);
                    var took = performance.now() - start;
                    var failure = kits[kit].envelope.lastFailure();
                  } finally {
                    if (legacy) restore();
                  }
                  if (content === null || content.length !== size) return kit + ' refused: ' + failure;
                  return took;
                }
                window.kits = kits;
                </script></head><body>legacy bench</body></html>
                """).formatted(REMOVED).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out) {
            {
                def.setLevel(9);
            }
        }) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] resource(String path) {
        try (InputStream in = LegacyBenchmarkTest.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing: build client-legacy first");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
