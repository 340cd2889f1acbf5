package party.wtp.browser.testkit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.Blake3Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.ChaCha7539Engine;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.junit.jupiter.api.function.Executable;
import org.openqa.selenium.json.Json;
import party.wtp.browser.Browser;
import party.wtp.browser.BrowserTest;
import party.wtp.browser.Bundles;
import party.wtp.browser.PseudoRandomBytes;
import party.wtp.browser.StaticSites;

/**
 * The Bouncy Castle code TeaVM compiled into wtp-testkit.js gives, in real browsers on a plain-HTTP origin, the
 * same bytes as Bouncy Castle on the JVM: SHA-256, BLAKE3, ChaCha20 and Ed25519 on inputs from empty to 8 MiB
 * (odd sizes and block boundaries included; ChaCha20 also on inputs that do not start on a 4-byte boundary of their
 * buffer, where the core cannot take its word path). Inputs are made in the page from a seed, so only results cross
 * WebDriver. Seeds and keys are random per run and printed on failure.
 */
class TestkitCryptoTest {
    private static final int MIB = 1 << 20;
    /** Sizes around block and chunk boundaries, odd sizes, and the 8 MiB the brief asks for. */
    private static final int[] SIZES = {0, 1, 3, 31, 32, 33, 63, 64, 65, 127, 128, 129, 1000, 1023, 1024, 1025,
        4095, 4097, 65535, 65537, 300_001, MIB + 7, 8 * MIB};
    /**
     * Ed25519 hashes with SHA-512, whose 64-bit arithmetic runs on JavaScript BigInt under TeaVM (a sign and two
     * verifies cost about 2 s per MiB), so signatures are checked on messages up to 256 KiB.
     */
    private static final int ED25519_MAX = 256 * 1024 + 3;

    private static final String RUN_CASES = """
            var cases = JSON.parse(arguments[0]);
            var t = wtpTestkit;
            var tools = pageTools;
            var results = [];
            for (var i = 0; i < cases.length; i++) {
              var c = cases[i];
              var data = tools.pseudoRandom(c.seed, c.size);
              if (c.shift) {
                var moved = new Uint8Array(c.size + c.shift).subarray(c.shift);
                moved.set(data);
                data = moved;
              }
              var start = performance.now();
              var r = {};
              var out;
              if (c.op === 'sha256') {
                out = t.digest.sha256(data);
              } else if (c.op === 'blake3') {
                out = t.digest.blake3(data);
              } else if (c.op === 'chacha20') {
                out = t.chacha20.xor(tools.fromBase64(c.key), tools.fromBase64(c.nonce), c.counter, data);
              } else if (c.op === 'ed25519') {
                var seed = tools.fromBase64(c.key);
                var pub = t.ed25519.publicKey(seed);
                out = t.ed25519.sign(seed, data);
                var tampered = out.slice();
                tampered[c.size % 64] ^= 1;
                r.valid = t.ed25519.verify(pub, data, out);
                r.tamperedValid = t.ed25519.verify(pub, data, tampered);
                r.pub = tools.toBase64(pub);
              }
              r.ms = performance.now() - start;
              r.out = tools.toBase64(out);
              results.push(r);
            }
            return results;
            """;

    private final SecureRandom random = new SecureRandom();

    @BrowserTest
    void plainHttpOriginIsNotASecureContext(Browser browser, StaticSites sites) {
        openTestkit(browser, sites);
        assertEquals(sites.origin("m1"), browser.script("return location.origin"));
        assertEquals(false, browser.script("return window.isSecureContext"));
        assertEquals("undefined", browser.script("return typeof (window.crypto && window.crypto.subtle)"),
                "crypto.subtle must be absent on plain HTTP; the client cannot rely on it");
        assertTrue(sites.requests().contains("GET m1.party.test /wtp-testkit.js"), sites.requests().toString());
        browser.screenshot("testkit-loaded");
    }

    @BrowserTest
    void digestsMatchTheJvm(Browser browser, StaticSites sites) {
        openTestkit(browser, sites);
        List<Map<String, Object>> cases = new ArrayList<>();
        for (int size : SIZES) {
            cases.add(dataCase("sha256", size));
            cases.add(dataCase("blake3", size));
        }
        List<Map<String, Object>> results = run(browser, cases);
        List<Executable> checks = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Map<String, Object> c = cases.get(i);
            byte[] data = PseudoRandomBytes.of((int) c.get("seed"), (int) c.get("size"));
            Digest digest = c.get("op").equals("sha256") ? new SHA256Digest() : new Blake3Digest(256);
            byte[] expected = digest(digest, data);
            byte[] actual = bytes(results.get(i).get("out"));
            checks.add(() -> assertArrayEquals(expected, actual, describe(browser, c)));
        }
        assertAll(checks);
        report(browser, cases, results);
    }

    @BrowserTest
    void chacha20MatchesTheJvm(Browser browser, StaticSites sites) {
        openTestkit(browser, sites);
        List<Map<String, Object>> cases = new ArrayList<>();
        for (int size : SIZES) {
            for (int shift = 0; shift <= (size < 8 * MIB ? 1 : 0); shift++) {
                Map<String, Object> c = dataCase("chacha20", size);
                c.put("key", base64(randomBytes(32)));
                c.put("nonce", base64(randomBytes(12)));
                // any start block that leaves room for the data before the 32-bit block counter wraps
                c.put("counter", random.nextInt(1 << 30));
                // input 1 to 3 bytes past a 4-byte boundary of its buffer: the core cannot XOR words there
                c.put("shift", shift * (1 + size % 3));
                cases.add(c);
            }
        }
        List<Map<String, Object>> results = run(browser, cases);
        List<Executable> checks = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Map<String, Object> c = cases.get(i);
            byte[] data = PseudoRandomBytes.of((int) c.get("seed"), (int) c.get("size"));
            ChaCha7539Engine engine = new ChaCha7539Engine();
            engine.init(true, new ParametersWithIV(new KeyParameter(bytes(c.get("key"))), bytes(c.get("nonce"))));
            engine.seekTo(((int) c.get("counter") & 0xffffffffL) * 64);
            byte[] expected = new byte[data.length];
            engine.processBytes(data, 0, data.length, expected, 0);
            byte[] actual = bytes(results.get(i).get("out"));
            checks.add(() -> assertArrayEquals(expected, actual, describe(browser, c)));
        }
        assertAll(checks);
        report(browser, cases, results);
    }

    @BrowserTest
    void ed25519MatchesTheJvm(Browser browser, StaticSites sites) {
        openTestkit(browser, sites);
        List<Map<String, Object>> cases = new ArrayList<>();
        for (int size : SIZES) {
            if (size <= ED25519_MAX) {
                Map<String, Object> c = dataCase("ed25519", size);
                c.put("key", base64(randomBytes(32)));
                cases.add(c);
            }
        }
        cases.add(withKey(dataCase("ed25519", ED25519_MAX)));
        List<Map<String, Object>> results = run(browser, cases);
        List<Executable> checks = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Map<String, Object> c = cases.get(i);
            Map<String, Object> r = results.get(i);
            byte[] data = PseudoRandomBytes.of((int) c.get("seed"), (int) c.get("size"));
            Ed25519PrivateKeyParameters key = new Ed25519PrivateKeyParameters(bytes(c.get("key")), 0);
            Ed25519Signer signer = new Ed25519Signer();
            signer.init(true, key);
            signer.update(data, 0, data.length);
            byte[] expectedSignature = signer.generateSignature();
            String what = describe(browser, c);
            checks.add(() -> assertArrayEquals(key.generatePublicKey().getEncoded(), bytes(r.get("pub")), what));
            checks.add(() -> assertArrayEquals(expectedSignature, bytes(r.get("out")), what));
            checks.add(() -> assertEquals(true, r.get("valid"), what + ": own signature must verify"));
            checks.add(() -> assertEquals(false, r.get("tamperedValid"), what + ": a flipped bit must not verify"));
        }
        assertAll(checks);
        report(browser, cases, results);
    }

    private Map<String, Object> withKey(Map<String, Object> c) {
        c.put("key", base64(randomBytes(32)));
        return c;
    }

    private static void openTestkit(Browser browser, StaticSites sites) {
        Bundles.putTestkit(sites, "m1");
        browser.open(sites.url("m1", "/testkit.html"));
        browser.await("typeof wtpTestkit === 'function' && typeof pageTools === 'object'", Duration.ofSeconds(20));
    }

    private Map<String, Object> dataCase(String op, int size) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("op", op);
        c.put("seed", random.nextInt());
        c.put("size", size);
        return c;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> run(Browser browser, List<Map<String, Object>> cases) {
        Object result = browser.script(RUN_CASES, new Json().toJson(cases));
        List<Map<String, Object>> results = (List<Map<String, Object>>) result;
        assertEquals(cases.size(), results.size());
        return results;
    }

    private static void report(Browser browser, List<Map<String, Object>> cases, List<Map<String, Object>> results) {
        StringBuilder line = new StringBuilder(browser.kind().label()).append(" timings (ms):");
        for (int i = 0; i < cases.size(); i++) {
            int size = (int) cases.get(i).get("size");
            if (size >= MIB || size == ED25519_MAX) {
                double ms = ((Number) results.get(i).get("ms")).doubleValue();
                line.append(String.format(" %s[%d]=%.0f", cases.get(i).get("op"), size, ms));
            }
        }
        System.out.println(line);
    }

    private static String describe(Browser browser, Map<String, Object> c) {
        return browser.kind().label() + " " + c;
    }

    private static byte[] digest(Digest digest, byte[] data) {
        digest.update(data, 0, data.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }

    private byte[] randomBytes(int n) {
        byte[] out = new byte[n];
        random.nextBytes(out);
        return out;
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] bytes(Object base64) {
        return Base64.getDecoder().decode((String) base64);
    }
}
