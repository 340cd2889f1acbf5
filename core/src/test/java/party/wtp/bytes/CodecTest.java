package party.wtp.bytes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CodecTest {
    @Test
    void base64UrlMatchesTheJdkAndIsStrict() {
        Random r = new Random(1);
        for (int n = 0; n < 100; n++) {
            byte[] b = new byte[n];
            r.nextBytes(b);
            String jdk = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b);
            assertEquals(jdk, Base64Url.encode(b));
            assertArrayEquals(b, Base64Url.decode(jdk));
        }
        assertThrows(IllegalArgumentException.class, () -> Base64Url.decode("AB=="));
        assertThrows(IllegalArgumentException.class, () -> Base64Url.decode("AB+/"));
        assertThrows(IllegalArgumentException.class, () -> Base64Url.decode("AB"), "non-zero trailing bits");
        assertThrows(IllegalArgumentException.class, () -> Base64Url.decode("A"));
    }

    @Test
    void base32MatchesRfc4648() {
        assertEquals("my", Base32.encode("f".getBytes()));
        assertEquals("mzxw6ytboi", Base32.encode("foobar".getBytes()));
    }

    @Test
    void utf8MatchesTheJdkAndRefusesOverlongForms() {
        String s = "aé€𝄞 日本";
        assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), Utf8.encode(s));
        assertEquals(s, Utf8.decode(s.getBytes(StandardCharsets.UTF_8), "t"));
        assertThrows(MalformedException.class, () -> Utf8.decode(new byte[] {(byte) 0xc0, (byte) 0x80}, "t"));
        assertThrows(MalformedException.class, () -> Utf8.decode(new byte[] {(byte) 0xe2, (byte) 0x82}, "t"));
        assertThrows(MalformedException.class, () -> Utf8.decode(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, "t"));
    }

    @Test
    void readerRefusesToRunPastTheEnd() {
        byte[] b = new ByteWriter().u16(5).bytes(new byte[] {1, 2}).toByteArray();
        ByteReader r = new ByteReader(b);
        int n = r.u16("len");
        assertThrows(MalformedException.class, () -> r.bytes(n, "data"));
        assertEquals(0x7fffffffffffffffL, new ByteReader(new ByteWriter().u64(Long.MAX_VALUE).toByteArray()).u63("x"));
    }

    @Test
    void lenientDecodingReplacesLikeBrowsersAndTheJdk() {
        // an encoded surrogate is three malformed bytes for browsers (WHATWG), one unit for the JDK: checked by hand
        assertEquals("\ufffd\ufffd\ufffdA", Utf8.decodeLenient(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80, 0x41}, 0, 4));
        assertEquals("\ud7ff", Utf8.decodeLenient(new byte[] {(byte) 0xed, (byte) 0x9f, (byte) 0xbf}, 0, 3));
        // otherwise the JDK follows the same rule: random bytes biased towards UTF-8 lead and continuation bytes
        java.util.Random random = new java.util.Random(7);
        int[] pool = {0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xee, 0xef,
            0xf0, 0xf1, 0xf4, 0xf5, 0xff};
        for (int round = 0; round < 20000; round++) {
            byte[] b = new byte[random.nextInt(12)];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) pool[random.nextInt(pool.length)];
            }
            int offset = b.length == 0 ? 0 : random.nextInt(b.length);
            int length = b.length - offset;
            assertEquals(new String(b, offset, length, StandardCharsets.UTF_8), Utf8.decodeLenient(b, offset, length),
                    java.util.Arrays.toString(b) + " from " + offset);
        }
    }
}
