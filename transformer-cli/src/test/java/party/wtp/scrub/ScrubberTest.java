package party.wtp.scrub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.imaging.Imaging;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScrubberTest {
    @TempDir
    Path dir;

    @Test
    void choosesTheFormatByContentNotByName() throws Exception {
        byte[] jpeg = MetadataFixtures.taggedJpeg(MetadataFixtures.picture(32, 24), 1);

        Scrubbed disguised = Scrubbed.run(dir, "notes.txt", jpeg);

        assertEquals(MediaFormat.JPEG, disguised.result().format());
        assertEquals(List.of(), Leaks.in(disguised.bytes(), MetadataFixtures.SECRETS));
    }

    @Test
    void aTextFileNamedLikeAnImagePassesThroughUnchanged() throws Exception {
        byte[] html = ("<p>" + MetadataFixtures.AUTHOR + " wrote this page</p>").getBytes(StandardCharsets.UTF_8);

        Scrubbed scrubbed = Scrubbed.run(dir, "fake.jpg", html);

        assertArrayEquals(html, scrubbed.bytes());
        assertEquals(MediaFormat.OTHER, scrubbed.result().format());
        assertFalse(scrubbed.result().changed());
        assertEquals("fake.jpg: OTHER: not a scrubbed format, copied as is", scrubbed.result().summary());
    }

    @Test
    void anEmptyFileStaysEmpty() throws Exception {
        Scrubbed scrubbed = Scrubbed.run(dir, "empty.png", new byte[0]);

        assertEquals(0, scrubbed.bytes().length);
        assertEquals(MediaFormat.OTHER, scrubbed.result().format());
    }

    @Test
    void sniffsEachFormatFromItsMagicBytes() {
        assertEquals(MediaFormat.JPEG, sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
        assertEquals(MediaFormat.PNG, sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}));
        assertEquals(MediaFormat.GIF, sniff("GIF87a".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(MediaFormat.GIF, sniff("GIF89a".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(MediaFormat.WEBP, sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(MediaFormat.OTHER, sniff("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(MediaFormat.PDF, sniff("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(MediaFormat.PDF, sniff("\r\n\r\n%PDF-1.7".getBytes(StandardCharsets.US_ASCII)), "junk before header");
        assertEquals(MediaFormat.OTHER, sniff("GIF8".getBytes(StandardCharsets.US_ASCII)), "too short");
        assertEquals(MediaFormat.OTHER, sniff(new byte[] {(byte) 0xFF, (byte) 0xD8}), "too short");
    }

    @Test
    void theStreamEntryPointNamesTheFileInItsResult() throws Exception {
        byte[] jpeg = MetadataFixtures.taggedJpeg(MetadataFixtures.picture(32, 24), 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        Scrub result = Scrubber.scrub(new ByteArrayInputStream(jpeg), "img/cat.jpg", out);

        assertEquals("img/cat.jpg", result.source());
        assertTrue(result.summary().startsWith("img/cat.jpg: JPEG: removed comment (36 bytes), EXIF ("), result.summary());
        assertNull(Imaging.getMetadata(out.toByteArray()));
    }

    @Test
    void thePathToPathEntryPointWritesTheFile() throws Exception {
        Path in = dir.resolve("in.jpg");
        Path out = dir.resolve("out.jpg");
        Files.write(in, MetadataFixtures.taggedJpeg(MetadataFixtures.picture(32, 24), 1));

        Scrub result = Scrubber.scrub(in, out);

        assertTrue(result.changed());
        assertEquals(List.of(), Leaks.in(Files.readAllBytes(out), MetadataFixtures.SECRETS));
    }

    @Test
    void refusesToScrubAFileOntoItself() throws Exception {
        Path photo = dir.resolve("photo.jpg");
        byte[] jpeg = MetadataFixtures.taggedJpeg(MetadataFixtures.picture(16, 16), 1);
        Files.write(photo, jpeg);

        assertThrows(IllegalArgumentException.class, () -> Scrubber.scrub(photo, dir.resolve("./photo.jpg")));
        assertArrayEquals(jpeg, Files.readAllBytes(photo));
    }

    @Test
    void aMissingFileIsAnIoErrorNotAWarning() {
        IOException e = assertThrows(IOException.class,
                () -> Scrubber.scrub(dir.resolve("nope.jpg"), new ByteArrayOutputStream()));
        assertTrue(e instanceof NoSuchFileException, e.toString());
    }

    private static MediaFormat sniff(byte[] head) {
        return MediaFormat.sniff(head, head.length);
    }
}
