package party.wtp.client.shim.bc.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The slim {@link Strings} TeaVM compiles in place of Bouncy Castle's behaves like the original: both run here on
 * the JVM over the same random inputs (all UTF-16 ranges, surrogate pairs, broken surrogates, broken UTF-8).
 */
class StringsShimTest {
    private final Random random = new Random(20261124L);

    @Test
    void utf8EncodingMatchesBouncyCastle() {
        for (int i = 0; i < 2000; i++) {
            String s = randomText(random.nextInt(300));
            assertArrayEquals(org.bouncycastle.util.Strings.toUTF8ByteArray(s), Strings.toUTF8ByteArray(s), s);
        }
        for (String broken : new String[] {"a\uD800", "\uDC00b", "\uD800x", "x\uDBFF"}) {
            assertThrows(IllegalStateException.class, () -> org.bouncycastle.util.Strings.toUTF8ByteArray(broken));
            assertThrows(IllegalStateException.class, () -> Strings.toUTF8ByteArray(broken));
        }
    }

    @Test
    void utf8DecodingMatchesBouncyCastle() {
        for (int i = 0; i < 2000; i++) {
            byte[] utf8 = org.bouncycastle.util.Strings.toUTF8ByteArray(randomText(random.nextInt(300)));
            assertEquals(org.bouncycastle.util.Strings.fromUTF8ByteArray(utf8), Strings.fromUTF8ByteArray(utf8));
            byte[] noise = new byte[random.nextInt(40)];
            random.nextBytes(noise);
            assertEquals(outcome(() -> org.bouncycastle.util.Strings.fromUTF8ByteArray(noise)),
                    outcome(() -> Strings.fromUTF8ByteArray(noise)));
        }
    }

    @Test
    void otherHelpersMatchBouncyCastle() {
        for (int i = 0; i < 500; i++) {
            String s = randomText(random.nextInt(60)) + "aZ,,b,";
            assertEquals(org.bouncycastle.util.Strings.toUpperCase(s), Strings.toUpperCase(s));
            assertEquals(org.bouncycastle.util.Strings.toLowerCase(s), Strings.toLowerCase(s));
            assertArrayEquals(org.bouncycastle.util.Strings.toByteArray(s), Strings.toByteArray(s));
            assertArrayEquals(org.bouncycastle.util.Strings.split(s, ','), Strings.split(s, ','));
            byte[] latin1 = Strings.toByteArray(s);
            assertEquals(org.bouncycastle.util.Strings.fromByteArray(latin1), Strings.fromByteArray(latin1));
            String other = random.nextBoolean() ? s : randomText(s.length());
            assertEquals(org.bouncycastle.util.Strings.constantTimeAreEqual(s, other),
                    Strings.constantTimeAreEqual(s, other));
        }
        var list = Strings.newList();
        list.add("x");
        list.add("y");
        assertArrayEquals(new String[] {"x", "y"}, list.toStringArray());
        assertEquals("y", list.get(1));
    }

    private String randomText(int length) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            switch (random.nextInt(4)) {
                case 0 -> sb.append((char) random.nextInt(0x80));
                case 1 -> sb.append((char) (0x80 + random.nextInt(0x780)));
                case 2 -> sb.append((char) (0xE000 + random.nextInt(0x2000)));
                default -> sb.appendCodePoint(0x10000 + random.nextInt(0x100000));
            }
        }
        return sb.toString();
    }

    private static String outcome(java.util.function.Supplier<String> decode) {
        try {
            return "ok:" + decode.get();
        } catch (IllegalArgumentException e) {
            return "rejected:" + e.getMessage();
        }
    }
}
