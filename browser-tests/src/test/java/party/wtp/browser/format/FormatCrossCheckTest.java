package party.wtp.browser.format;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.openqa.selenium.json.Json;
import party.wtp.anchor.ResourceKey;
import party.wtp.browser.Browser;
import party.wtp.browser.BrowserTest;
import party.wtp.browser.Bundles;
import party.wtp.browser.PseudoRandomBytes;
import party.wtp.browser.StaticSites;
import party.wtp.bytes.Hex;
import party.wtp.crypto.PartyKey;
import party.wtp.crypto.SeededRandomness;
import party.wtp.crypto.Sha256;
import party.wtp.envelope.Envelope;
import party.wtp.envelope.EnvelopeException;
import party.wtp.envelope.GenerationBuilder;
import party.wtp.envelope.OpenedResource;
import party.wtp.envelope.ResourceMeta;
import party.wtp.envelope.TrustedRoots;
import party.wtp.vectors.TestVector;

/**
 * The JVM and the TeaVM-compiled core read and write exactly the same format, in real browsers on a plain-HTTP
 * origin: every shared test vector (good and must-fail) gives the same verdict in the page as on the JVM; what
 * the JVM seals, the page opens (fetched over HTTP, as a reader would); what the page seals, the JVM opens —
 * for random inputs from 0 bytes to 8 MiB, odd sizes included.
 */
class FormatCrossCheckTest {
    private static final int MIB = 1 << 20;
    private static final int[] SIZES = {0, 1, 63, 64, 65, 1000, 4097, 65_537, 300_001, MIB + 7, 8 * MIB};
    private final SecureRandom random = new SecureRandom();

    static List<Path> vectorFiles() throws IOException {
        Path dir = Paths.get(System.getProperty("wtp.root", ".."), "testdata", "vectors");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @BrowserTest
    void everySharedVectorGivesItsVerdictInTheBrowser(Browser browser, StaticSites sites) throws IOException {
        open(browser, sites);
        List<Path> files = vectorFiles();
        assertTrue(files.size() >= 20, "vectors found: " + files.size());
        List<String> texts = new ArrayList<>();
        for (Path p : files) {
            texts.add(Files.readString(p));
        }
        @SuppressWarnings("unchecked")
        List<String> verdicts = (List<String>) browser.script("""
                var texts = JSON.parse(arguments[0]);
                return texts.map(function (t) { return wtpTestkit.envelope.checkVector(t); });
                """, new Json().toJson(texts));
        List<Executable> checks = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String name = files.get(i).getFileName().toString();
            String expected = TestVector.parse(texts.get(i)).expected();
            String actual = verdicts.get(i);
            checks.add(() -> assertEquals(expected, actual, browser + " " + name));
        }
        assertAll(checks);
    }

    @BrowserTest
    void whatTheJvmSealsTheBrowserOpens(Browser browser, StaticSites sites) {
        PartyKey party = PartyKey.generate(new SeededRandomness("cross " + random.nextLong()));
        List<Map<String, Object>> cases = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        for (int i = 0; i < SIZES.length; i++) {
            int seed = random.nextInt();
            byte[] content = PseudoRandomBytes.of(seed, SIZES[i]);
            ResourceKey key = ResourceKey.of(randomBytes(16));
            String path = "dossier " + i + "/fichier-é-" + SIZES[i] + ".bin";
            byte[] served = new GenerationBuilder(party, 7, new SeededRandomness("s" + seed))
                    .addResource(key, new ResourceMeta("application/x-test", path, null), content).seal()
                    .copy(key.id());
            sites.put("m1", "/env/" + i, served);
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("url", "/env/" + i);
            c.put("key", key.toString());
            cases.add(c);
            contents.add(content);
        }
        open(browser, sites);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> results = (List<Map<String, Object>>) browser.driver().executeAsyncScript("""
                var cases = JSON.parse(arguments[0]);
                var party = pageTools.fromBase64(arguments[1]);
                var done = arguments[arguments.length - 1];
                var results = [];
                function next(i) {
                  if (i === cases.length) { done(results); return; }
                  var xhr = new XMLHttpRequest();
                  xhr.open('GET', cases[i].url);
                  xhr.responseType = 'arraybuffer';
                  xhr.timeout = 20000;
                  xhr.onload = function () {
                    var content = wtpTestkit.envelope.openResource(party, cases[i].key,
                        new Uint8Array(xhr.response), 16777216, 7);
                    results.push({
                      failure: wtpTestkit.envelope.lastFailure(),
                      meta: wtpTestkit.envelope.lastMeta(),
                      length: content ? content.length : -1,
                      sha256: content ? pageTools.toBase64(wtpTestkit.digest.sha256(content)) : ''
                    });
                    next(i + 1);
                  };
                  xhr.onerror = xhr.ontimeout = function () { results.push({failure: 'network'}); next(i + 1); };
                  xhr.send();
                }
                next(0);
                """, new Json().toJson(cases), Base64.getEncoder().encodeToString(party.publicKey().toBytes()));
        List<Executable> checks = new ArrayList<>();
        for (int i = 0; i < SIZES.length; i++) {
            Map<String, Object> r = results.get(i);
            byte[] expected = Sha256.of(contents.get(i));
            int size = SIZES[i];
            int index = i;
            checks.add(() -> assertEquals("", r.get("failure"), browser + " size " + size));
            checks.add(() -> assertEquals(size, ((Number) r.get("length")).intValue(), browser + " size " + size));
            checks.add(() -> assertArrayEquals(expected, Base64.getDecoder().decode((String) r.get("sha256")),
                    browser + " size " + size));
            checks.add(() -> assertEquals("application/x-test\ndossier " + index + "/fichier-é-" + size + ".bin",
                    r.get("meta")));
        }
        assertAll(checks);
    }

    @BrowserTest
    void whatTheBrowserSealsTheJvmOpens(Browser browser, StaticSites sites) throws EnvelopeException {
        byte[] seed = randomBytes(32);
        PartyKey party = PartyKey.fromSeed(seed);
        open(browser, sites);
        List<Executable> checks = new ArrayList<>();
        for (int size : SIZES) {
            int dataSeed = random.nextInt();
            ResourceKey key = ResourceKey.of(randomBytes(16));
            String sealed = (String) browser.script("""
                    var content = pageTools.pseudoRandom(arguments[1], arguments[2]);
                    var env = wtpTestkit.envelope.sealResource(pageTools.fromBase64(arguments[0]), 3, arguments[3],
                        'text/plain; charset=utf-8', 'a/b c.txt', content);
                    return pageTools.toBase64(env);
                    """, Base64.getEncoder().encodeToString(seed), dataSeed, size, key.toString());
            byte[] served = Base64.getDecoder().decode(sealed);
            OpenedResource r = Envelope.openResource(served, key, new TrustedRoots(party.publicKey()), 16 * MIB, 3);
            byte[] expected = PseudoRandomBytes.of(dataSeed, size);
            checks.add(() -> assertEquals(Hex.encode(Sha256.of(expected)), Hex.encode(Sha256.of(r.content())),
                    browser + " size " + size));
            checks.add(() -> assertEquals("a/b c.txt", r.meta().path()));
            checks.add(() -> assertEquals(3, r.envelope().generation()));
            byte[] tampered = Base64.getDecoder().decode(sealed);
            tampered[tampered.length / 2] ^= 4;
            checks.add(() -> assertTrue(refused(tampered, key, party), browser + " tampered copy must be refused"));
        }
        assertAll(checks);
    }

    private static boolean refused(byte[] served, ResourceKey key, PartyKey party) {
        try {
            Envelope.openResource(served, key, new TrustedRoots(party.publicKey()), 16 * MIB, 3);
            return false;
        } catch (EnvelopeException e) {
            return true;
        }
    }

    private static void open(Browser browser, StaticSites sites) {
        Bundles.putTestkit(sites, "m1");
        browser.open(sites.url("m1", "/testkit.html"));
        browser.await("typeof wtpTestkit === 'function' && typeof pageTools === 'object'", Duration.ofSeconds(20));
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
