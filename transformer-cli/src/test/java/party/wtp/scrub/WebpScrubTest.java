package party.wtp.scrub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.imaging.ImageInfo;
import org.apache.commons.imaging.bytesource.ByteSource;
import org.apache.commons.imaging.formats.webp.WebPImageMetadata;
import org.apache.commons.imaging.formats.webp.WebPImageParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebpScrubTest {
    /** An 8x8 red/blue checkerboard, made with {@code cwebp -lossless -exact checker.png} (libwebp 1.2.4). */
    private static final byte[] CHECKER = Base64.getDecoder().decode(
            "UklGRiQAAABXRUJQVlA4TBcAAAAvB8ABAA8wQAcBPhD4/EcLXqUa0f9QBQA=");
    private static final int EXIF_FLAG = 0x08, XMP_FLAG = 0x04, ALPHA_FLAG = 0x10;

    @TempDir
    Path dir;

    @Test
    void removesExifAndXmpChunksFixingFlagsAndRiffSize() throws Exception {
        byte[] vp8l = Arrays.copyOfRange(CHECKER, 12, CHECKER.length);
        byte[] exif = MetadataFixtures.riffChunk("EXIF", MetadataFixtures.exifTiff());
        byte[] xmp = MetadataFixtures.riffChunk("XMP ", MetadataFixtures.XMP.getBytes(StandardCharsets.UTF_8));
        byte[] tagged = MetadataFixtures.webp(
                MetadataFixtures.vp8x(EXIF_FLAG | XMP_FLAG | ALPHA_FLAG, 8, 8), vp8l, exif, xmp);
        WebPImageParser parser = new WebPImageParser();
        assertNotNull(((WebPImageMetadata) parser.getMetadata(ByteSource.array(tagged), null)).getExif().getGpsInfo(),
                "fixture must carry EXIF GPS");
        assertNotNull(parser.getXmpXml(ByteSource.array(tagged), null), "fixture must carry XMP");

        Scrubbed scrubbed = Scrubbed.run(dir, "checker.webp", tagged);

        byte[] out = scrubbed.bytes();
        Map<String, byte[]> chunks = chunks(out);
        assertEquals(List.of("VP8X", "VP8L"), List.copyOf(chunks.keySet()));
        assertEquals(ALPHA_FLAG, chunks.get("VP8X")[0], "EXIF and XMP flags cleared, others kept");
        assertArrayEquals(Arrays.copyOfRange(tagged, 21, 30), Arrays.copyOfRange(chunks.get("VP8X"), 1, 10), "canvas");
        assertArrayEquals(Arrays.copyOfRange(vp8l, 8, 8 + 23), chunks.get("VP8L"), "image data untouched (23 bytes + pad)");
        assertNull(parser.getMetadata(ByteSource.array(out), null));
        assertNull(parser.getXmpXml(ByteSource.array(out), null));
        ImageInfo info = parser.getImageInfo(ByteSource.array(out), null);
        assertEquals(8, info.getWidth());
        assertEquals(8, info.getHeight());
        assertEquals(List.of(), Leaks.in(out, MetadataFixtures.SECRETS));
        assertEquals(List.of("EXIF", "XMP"), scrubbed.result().removed().stream().map(Removal::what).toList());
    }

    @Test
    void oddSizedChunksKeepTheirPaddingAndTrailingJunkGoes() throws Exception {
        byte[] vp8l = Arrays.copyOfRange(CHECKER, 12, CHECKER.length);
        byte[] odd = MetadataFixtures.riffChunk("XMP ", "<x:xmpmeta>odd</x:xmpmeta>!".getBytes(StandardCharsets.UTF_8));
        assertEquals(0, odd.length % 2);
        byte[] tagged = MetadataFixtures.webp(MetadataFixtures.vp8x(XMP_FLAG, 8, 8), odd, vp8l);
        byte[] withJunk = Arrays.copyOf(tagged, tagged.length + 5);

        Scrubbed scrubbed = Scrubbed.run(dir, "odd.webp", withJunk);

        assertArrayEquals(MetadataFixtures.webp(MetadataFixtures.vp8x(0, 8, 8), vp8l), scrubbed.bytes());
        assertTrue(scrubbed.result().summary().contains("data after RIFF end (5 bytes)"), scrubbed.result().summary());
    }

    @Test
    void aSimpleWebpWithoutMetadataComesOutIdentical() throws Exception {
        Scrubbed scrubbed = Scrubbed.run(dir, "plain.webp", CHECKER);

        assertArrayEquals(CHECKER, scrubbed.bytes());
        assertEquals("plain.webp: WEBP: no metadata found", scrubbed.result().summary());
    }

    @Test
    void aChunkRunningPastTheRiffEndIsMalformed() throws Exception {
        byte[] broken = CHECKER.clone();
        broken[16] = 0x70;

        Scrubbed scrubbed = Scrubbed.run(dir, "broken.webp", broken);

        assertArrayEquals(broken, scrubbed.bytes());
        assertTrue(scrubbed.result().warning().orElseThrow().contains("runs past the RIFF end"));
    }

    /** Parses the RIFF structure strictly (size must match the file) and returns chunk payloads by FourCC. */
    private static Map<String, byte[]> chunks(byte[] webp) {
        ByteBuffer in = ByteBuffer.wrap(webp).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals("RIFF", new String(webp, 0, 4, StandardCharsets.US_ASCII));
        in.position(4);
        assertEquals(webp.length - 8, in.getInt(), "RIFF size");
        assertEquals("WEBP", new String(webp, 8, 4, StandardCharsets.US_ASCII));
        in.position(12);
        Map<String, byte[]> chunks = new LinkedHashMap<>();
        while (in.hasRemaining()) {
            byte[] fourCc = new byte[4];
            in.get(fourCc);
            byte[] data = new byte[in.getInt()];
            in.get(data);
            if (data.length % 2 == 1) {
                assertEquals(0, in.get(), "padding byte");
            }
            chunks.put(new String(fourCc, StandardCharsets.US_ASCII), data);
        }
        return chunks;
    }
}
