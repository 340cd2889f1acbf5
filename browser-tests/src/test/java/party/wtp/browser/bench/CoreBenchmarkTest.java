package party.wtp.browser.bench;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.function.Executable;
import org.openqa.selenium.json.Json;
import party.wtp.anchor.ResourceKey;
import party.wtp.browser.Browser;
import party.wtp.browser.BrowserTest;
import party.wtp.browser.Bundles;
import party.wtp.browser.PseudoRandomBytes;
import party.wtp.browser.StaticSites;
import party.wtp.crypto.PartyKey;
import party.wtp.crypto.SeededRandomness;
import party.wtp.crypto.Sha256;
import party.wtp.envelope.GenerationBuilder;
import party.wtp.envelope.ResourceMeta;

/**
 * Benchmarks the TeaVM-compiled core against the noble libraries in one page of a real browser on a plain-HTTP
 * origin: SHA-256, ChaCha20, Ed25519 verification and opening an envelope, same inputs, interleaved rounds,
 * medians. It first checks that both sides give the same bytes (and refuse the same forgeries), so the figures
 * compare equal work. Runs only when asked ({@code -Dwtp.bench=true}, see {@code scripts/bench-core.sh});
 * writes {@code target/bench/core.json} and {@code core.md}.
 */
class CoreBenchmarkTest {
    private static final int MIB = 1 << 20;
    private static final int[] SIZES = {MIB, 8 * MIB};
    /** The signed root statement of docs/FORMAT.md is 88 bytes: the message Ed25519 verifies in practice. */
    private static final int ED_MESSAGE_LENGTH = 88;
    /** Other resources in each envelope's generation, so its Merkle path has a few hashes as in real parties. */
    private static final int NEIGHBOURS = 5;
    private static final int ROUNDS = Integer.getInteger("wtp.bench.rounds", 9);
    private static final int WARMUP = Integer.getInteger("wtp.bench.warmup", 2);

    private final SecureRandom random = new SecureRandom();

    @BrowserTest
    void coreAgainstNoble(Browser browser, StaticSites sites) throws IOException {
        Path root = Path.of(System.getProperty("wtp.root", ".."));
        Path noble = root.resolve("bench/dist/noble-bench.js");
        assertTrue(Files.isRegularFile(noble), noble + " is missing: run scripts/bench-core.sh"
                + " (npm ci && npm run build in bench/)");
        Bundles.putTestkit(sites, "m1")
                .put("m1", "noble-bench.js", Files.readAllBytes(noble))
                .put("m1", "noble-envelope.js", Bundles.page("bench/noble-envelope.js"))
                .put("m1", "core-bench.js", Bundles.page("bench/core-bench.js"))
                .put("m1", "bench.html", Bundles.page("bench/bench.html"));

        PartyKey party = PartyKey.generate(new SeededRandomness("bench " + random.nextLong()));
        Map<String, Object> config = new LinkedHashMap<>();
        List<Map<String, Object>> envelopes = new ArrayList<>();
        Map<Integer, byte[]> contentHashes = new LinkedHashMap<>();
        for (int size : SIZES) {
            byte[] content = PseudoRandomBytes.of(random.nextInt(), size);
            ResourceKey key = ResourceKey.of(randomBytes(16));
            GenerationBuilder generation = new GenerationBuilder(party, 7, new SeededRandomness("g" + size));
            for (int i = 0; i < NEIGHBOURS; i++) {
                generation.addResource(ResourceKey.of(randomBytes(16)),
                        new ResourceMeta("text/html; charset=utf-8", "page-" + i + ".html", null), randomBytes(100));
            }
            byte[] served = generation.addResource(key,
                    new ResourceMeta("application/octet-stream", "files/payload-" + size + ".bin", null), content)
                    .seal().copy(key.id());
            sites.put("m1", "env/" + size, served);
            envelopes.add(Map.of("size", size, "url", "/env/" + size, "key", key.toString()));
            contentHashes.put(size, Sha256.of(content));
        }
        config.put("sizes", Arrays.stream(SIZES).boxed().toList());
        config.put("seed", random.nextInt(1 << 30));
        config.put("party", base64(party.publicKey().toBytes()));
        config.put("chachaKey", base64(randomBytes(32)));
        config.put("chachaNonce", base64(randomBytes(12)));
        config.put("edSeed", base64(randomBytes(32)));
        config.put("edMessageLength", ED_MESSAGE_LENGTH);
        // signed here, so that the page's first verifications come before any Ed25519 code ran there (signing too)
        byte[] coldMessage = randomBytes(ED_MESSAGE_LENGTH);
        config.put("coldMessage", base64(coldMessage));
        config.put("coldSignature", base64(party.sign(coldMessage)));
        config.put("envelopes", envelopes);

        browser.open(sites.url("m1", "/bench.html"));
        browser.await("typeof coreBench === 'object' && typeof nobleBench === 'object'"
                + " && typeof wtpTestkit === 'function'", Duration.ofSeconds(30));
        assertEquals(false, browser.script("return window.isSecureContext"));
        Object loadError = browser.driver().executeAsyncScript(
                "coreBench.load(JSON.parse(arguments[0]), arguments[arguments.length - 1]);",
                new Json().toJson(config));
        assertNull(loadError);
        // the first Ed25519 verification of each side in this fresh page: code not compiled yet, no tables built
        @SuppressWarnings("unchecked")
        Map<String, Object> cold = (Map<String, Object>) browser.script("return coreBench.cold();");
        assertEquals(true, cold.get("verified"), "a first verification in the fresh page failed");

        sameWork(browser, contentHashes);

        Measurements measurements = new Measurements();
        for (int round = 0; round < WARMUP + ROUNDS; round++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> r = (Map<String, Object>) browser.script("return coreBench.round(arguments[0]);", round);
            if (round >= WARMUP) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> samples = (List<Map<String, Object>>) r.get("results");
                samples.forEach(measurements::add);
            }
        }

        List<BundleSize> bundles = List.of(BundleSize.of("wtp-client.js", Bundles.client()),
                BundleSize.of("wtp-testkit.js", Bundles.testkit()),
                BundleSize.of("noble-bench.js (rivals, esbuild --minify)", Files.readAllBytes(noble)));
        CoreReport report = new CoreReport(measurements, SIZES, ED_MESSAGE_LENGTH, bundles);
        write(browser, root, report, measurements, cold);
    }

    /** Both implementations give the same bytes and refuse the same forgeries; else the figures mean nothing. */
    private static void sameWork(Browser browser, Map<Integer, byte[]> contentHashes) {
        @SuppressWarnings("unchecked")
        Map<String, Object> check = (Map<String, Object>) browser.script("return coreBench.check();");
        List<Executable> checks = new ArrayList<>();
        for (int size : SIZES) {
            checks.add(() -> assertEquals(true, check.get("sha256 " + size), "SHA-256 differs at " + size));
            checks.add(() -> assertEquals(true, check.get("chacha20 " + size), "ChaCha20 differs at " + size));
            checks.add(() -> assertEquals(true, check.get("envelope " + size),
                    "core and noble opener give different plaintext or meta at " + size));
            checks.add(() -> assertEquals(base64(contentHashes.get(size)), check.get("envelope sha256 " + size),
                    "opened content is not what the JVM sealed at " + size));
            checks.add(() -> assertEquals("bad proof: body is not the one the party signed | core refused: bad proof",
                    check.get("tampered body " + size)));
            checks.add(() -> assertEquals("bad proof: body is not the one the party signed | core refused: bad proof",
                    check.get("tampered path " + size)));
        }
        checks.add(() -> assertEquals(true, check.get("ed25519"), "Ed25519 keys, signatures or verdicts differ"));
        checks.add(() -> assertEquals(false, check.get("ed25519 tampered"), "a tampered signature verified"));
        assertAll(checks);
    }

    private static void write(Browser browser, Path root, CoreReport report, Measurements measurements,
            Map<String, Object> cold)
            throws IOException {
        String browserName = browser.kind().label() + " " + browser.driver().getCapabilities().getBrowserVersion();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("date", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
        json.put("machine", Machine.describe(browserName).toMap());
        json.put("userAgent", browser.script("return navigator.userAgent"));
        json.put("origin", browser.script("return location.origin"));
        json.put("secureContext", browser.script("return window.isSecureContext"));
        json.put("rounds", ROUNDS);
        json.put("warmupRounds", WARMUP);
        json.put("noble", nobleVersions(root));
        json.putAll(report.toMap());
        json.put("coldFirstVerifyMs", Map.of("core", cold.get("core"), "noble", cold.get("noble")));
        json.put("samples", measurements.raw());
        Path dir = Path.of(System.getProperty("wtp.bench.out", "target/bench"));
        Files.createDirectories(dir);
        String name = browser.kind().label().equals("chromium") ? "core" : "core-" + browser.kind().label();
        Files.writeString(dir.resolve(name + ".json"), new Json().toJson(json), StandardCharsets.UTF_8);
        String md = "Core crypto in " + browserName + ", " + ROUNDS + " rounds (medians), "
                + json.get("date") + "\n\n" + report.markdown()
                + String.format(java.util.Locale.ROOT, "%nFirst Ed25519 verification in the fresh page (one sample):"
                        + " core %.1f ms, noble %.1f ms%n", ((Number) cold.get("core")).doubleValue(),
                        ((Number) cold.get("noble")).doubleValue());
        Files.writeString(dir.resolve(name + ".md"), md, StandardCharsets.UTF_8);
        System.out.println(md);
    }

    private static Map<String, String> nobleVersions(Path root) throws IOException {
        Map<String, String> versions = new LinkedHashMap<>();
        Pattern version = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"");
        for (String lib : List.of("hashes", "ciphers", "curves")) {
            Path pkg = root.resolve("bench/node_modules/@noble/" + lib + "/package.json");
            Matcher matcher = version.matcher(Files.exists(pkg) ? Files.readString(pkg) : "");
            versions.put("@noble/" + lib, matcher.find() ? matcher.group(1) : "unknown");
        }
        return versions;
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
