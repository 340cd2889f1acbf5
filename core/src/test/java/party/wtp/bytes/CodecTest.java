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
}
