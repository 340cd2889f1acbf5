package party.wtp.scrub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.bytesource.ByteSource;
import org.apache.commons.imaging.formats.png.PngImageMetadata;
import org.apache.commons.imaging.formats.png.PngImageParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngScrubTest {
    @TempDir
    Path dir;

    @Test
    void removesTextExifAndTimeChunksKeepingPixelsAndValidCrcs() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(MetadataFixtures.picture(50, 40), "png", png);
        byte[] plain = png.toByteArray();
        byte[] tagged = MetadataFixtures.withPngChunks(plain, MetadataFixtures.pngMetadataChunks());
        PngImageParser parser = new PngImageParser();
        PngImageMetadata before = (PngImageMetadata) parser.getMetadata(ByteSource.array(tagged));
        assertNotNull(before.getExif(), "fixture must carry eXIf");
        assertNotNull(parser.getXmpXml(ByteSource.array(tagged), null), "fixture must carry XMP");

        Scrubbed scrubbed = Scrubbed.run(dir, "chart.png", tagged);

        byte[] out = scrubbed.bytes();
        assertArrayEquals(plain, out, "exactly the ImageIO file without the added chunks");
        assertEquals(List.of("IHDR", "IDAT", "IEND"), chunkTypesCheckingCrcs(out));
        assertNull(parser.getXmpXml(ByteSource.array(out), null));
        assertNull(parser.getExifRawData(ByteSource.array(out)));
        assertEquals(List.of(), Leaks.in(out, MetadataFixtures.SECRETS));
        assertTrue(Scrubbed.samePixels(Scrubbed.decode(tagged), Scrubbed.decode(out)));
        assertEquals(List.of("tEXt", "tEXt", "zTXt", "iTXt", "eXIf", "tIME"),
                scrubbed.result().removed().stream().map(Removal::what).toList());
    }

    @Test
    void keepsColourChunksAndDropsDataAfterIend() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(MetadataFixtures.picture(20, 20), "png", png);
        byte[] gama = MetadataFixtures.pngChunk("gAMA", ByteBuffer.allocate(4).putInt(45455).array());
        byte[] kept = MetadataFixtures.withPngChunks(png.toByteArray(), gama);
        byte[] trailing = (MetadataFixtures.AUTHOR + " was here").getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.writeBytes(MetadataFixtures.withPngChunks(kept,
                MetadataFixtures.pngChunk("tEXt", ("Author\0" + MetadataFixtures.AUTHOR).getBytes(StandardCharsets.ISO_8859_1))));
        input.writeBytes(trailing);

        Scrubbed scrubbed = Scrubbed.run(dir, "t.png", input.toByteArray());

        assertArrayEquals(kept, scrubbed.bytes());
        assertTrue(scrubbed.result().summary().contains("data after IEND (" + trailing.length + " bytes)"),
                scrubbed.result().summary());
    }

    @Test
    void aPngWithAMangledChunkHeaderIsCopiedAsIs() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(MetadataFixtures.picture(10, 10), "png", png);
        byte[] broken = png.toByteArray();
        broken[33 + 4] = '#';

        Scrubbed scrubbed = Scrubbed.run(dir, "mangled.png", broken);

        assertArrayEquals(broken, scrubbed.bytes());
        assertTrue(scrubbed.result().warning().orElseThrow().contains("bad PNG chunk header at byte 33"));
    }

    /** Walks the chunks, failing on a wrong CRC, and returns their types. */
    private static List<String> chunkTypesCheckingCrcs(byte[] png) {
        ByteBuffer in = ByteBuffer.wrap(png);
        in.position(8);
        List<String> types = new ArrayList<>();
        while (in.hasRemaining()) {
            int length = in.getInt();
            byte[] typeAndData = new byte[4 + length];
            in.get(typeAndData);
            CRC32 crc = new CRC32();
            crc.update(typeAndData);
            String type = new String(typeAndData, 0, 4, StandardCharsets.ISO_8859_1);
            assertEquals((int) crc.getValue(), in.getInt(), "CRC of " + type);
            types.add(type);
        }
        return types;
    }
}
