package party.wtp.browser.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.openqa.selenium.json.Json;
import party.wtp.browser.Browser;
import party.wtp.browser.BrowserTest;
import party.wtp.browser.Bundles;
import party.wtp.browser.StaticSites;
import party.wtp.crypto.ed25519.VerificationKey;

/**
 * Core's own Ed25519 verification, as TeaVM compiled it into wtp-testkit.js ({@code wtpTestkit.ed25519.verify}),
 * gives in real browsers the verdicts Bouncy Castle and the core give on the JVM: RFC 8032's first vectors, honest
 * signatures, and corruptions (flipped bits, S + L, S of L and up, R and A of y from p up, the eight small-order
 * points as key and as R, random keys and signatures). Cases are made on the JVM from a seed printed on failure.
 */
class TestkitEd25519VerdictsTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final BigInteger P = BigInteger.ONE.shiftLeft(255).subtract(BigInteger.valueOf(19));
    private static final BigInteger L =
            BigInteger.ONE.shiftLeft(252).add(new BigInteger("27742317777372353535851937790883648493"));
    /** The points of order 1, 2, 4 and 8, as they encode. */
    private static final String[] SMALL_ORDER = {
        "0100000000000000000000000000000000000000000000000000000000000000",
        "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        "0000000000000000000000000000000000000000000000000000000000000000",
        "0000000000000000000000000000000000000000000000000000000000000080",
        "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
        "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85",
        "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
        "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa",
    };
    private static final String VERIFY_ALL = """
            var cases = JSON.parse(arguments[0]);
            var b = pageTools.fromBase64;
            return cases.map(function (c) {
              return wtpTestkit.ed25519.verify(b(c.key), b(c.message), b(c.signature));
            });
            """;

    @BrowserTest
    void verdictsMatchTheJvm(Browser browser, StaticSites sites) {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        List<Map<String, Object>> cases = new ArrayList<>();
        cases.add(verdict("RFC 8032 TEST 1",
                HEX.parseHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"), new byte[0],
                HEX.parseHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                        + "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b")));
        cases.add(verdict("RFC 8032 TEST 2",
                HEX.parseHex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c"), HEX.parseHex("72"),
                HEX.parseHex("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                        + "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00")));
        for (int i = 0; i < 150; i++) {
            byte[] secret = bytes(random, 32);
            byte[] key = new byte[32];
            Ed25519.generatePublicKey(secret, 0, key, 0);
            byte[] message = bytes(random, random.nextInt(200));
            byte[] signature = new byte[64];
            Ed25519.sign(secret, 0, message, 0, message.length, signature, 0);
            cases.add(verdict("honest", key, message, signature));
            cases.add(verdict("R bit", key, message, flip(signature, random.nextInt(256))));
            cases.add(verdict("S bit", key, message, flip(signature, 256 + random.nextInt(256))));
            cases.add(verdict("A bit", flip(key, random.nextInt(256)), message, signature));
            cases.add(verdict("message", key, flip(message.length == 0 ? new byte[1] : message, 0), signature));
            cases.add(verdict("S + L", key, message, withS(signature, s(signature).add(L))));
            cases.add(verdict("S >= L", key, message, withS(signature, L.add(new BigInteger(250, random)))));
            byte[] nonCanonical = littleEndian(P.add(BigInteger.valueOf(random.nextInt(19))));
            cases.add(verdict("R with y >= p", key, message, withR(signature, nonCanonical)));
            cases.add(verdict("A with y >= p", nonCanonical, message, signature));
            byte[] small = HEX.parseHex(SMALL_ORDER[i % 8]);
            cases.add(verdict("A of small order", small, message, signature));
            cases.add(verdict("R of small order", key, message, withR(signature, small)));
            cases.add(verdict("random", random.nextBoolean() ? key : bytes(random, 32), message, bytes(random, 64)));
        }

        Bundles.putTestkit(sites, "m1");
        browser.open(sites.url("m1", "/testkit.html"));
        browser.await("typeof wtpTestkit === 'function' && typeof pageTools === 'object'", Duration.ofSeconds(20));
        @SuppressWarnings("unchecked")
        List<Boolean> verdicts = (List<Boolean>) browser.script(VERIFY_ALL, new Json().toJson(cases));
        int accepted = 0;
        for (int i = 0; i < cases.size(); i++) {
            Map<String, Object> c = cases.get(i);
            assertEquals(c.get("expected"), verdicts.get(i), browser.kind().label() + ", seed " + seed + ": " + c);
            accepted += verdicts.get(i) ? 1 : 0;
        }
        assertEquals(2 + 150, accepted, "the vectors and the honest signatures verify, nothing else");
    }

    /** A case with the verdict of Bouncy Castle, which must be the core's on the JVM too. */
    private static Map<String, Object> verdict(String what, byte[] key, byte[] message, byte[] signature) {
        boolean theirs = Ed25519.verify(signature, 0, key, 0, message, 0, message.length);
        boolean ours = VerificationKey.verify(key, message, signature);
        assertEquals(theirs, ours, "on the JVM: " + what);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("what", what);
        c.put("key", Base64.getEncoder().encodeToString(key));
        c.put("message", Base64.getEncoder().encodeToString(message));
        c.put("signature", Base64.getEncoder().encodeToString(signature));
        c.put("expected", theirs);
        return c;
    }

    private static BigInteger s(byte[] signature) {
        byte[] be = new byte[32];
        for (int i = 0; i < 32; i++) {
            be[i] = signature[63 - i];
        }
        return new BigInteger(1, be);
    }

    private static byte[] withS(byte[] signature, BigInteger s) {
        byte[] copy = signature.clone();
        System.arraycopy(littleEndian(s), 0, copy, 32, 32);
        return copy;
    }

    private static byte[] withR(byte[] signature, byte[] r) {
        byte[] copy = signature.clone();
        System.arraycopy(r, 0, copy, 0, 32);
        return copy;
    }

    private static byte[] littleEndian(BigInteger n) {
        byte[] out = new byte[32];
        for (int i = 0; i < 32; i++) {
            out[i] = n.shiftRight(8 * i).byteValue();
        }
        return out;
    }

    private static byte[] flip(byte[] bytes, int bit) {
        byte[] copy = bytes.clone();
        copy[bit >> 3] ^= (byte) (1 << (bit & 7));
        return copy;
    }

    private static byte[] bytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
