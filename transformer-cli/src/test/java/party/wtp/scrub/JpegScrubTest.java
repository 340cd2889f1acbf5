package party.wtp.scrub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.tiff.TiffField;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JpegScrubTest {
    @TempDir
    Path dir;

    @Test
    void removesExifGpsXmpIptcAndCommentsButKeepsEveryPixel() throws Exception {
        BufferedImage picture = MetadataFixtures.picture(96, 64);
        byte[] tagged = MetadataFixtures.taggedJpeg(picture, 1);
        JpegImageMetadata before = (JpegImageMetadata) Imaging.getMetadata(tagged);
        assertNotNull(before.getExif().getGpsInfo(), "fixture must carry GPS");
        assertNotNull(before.getPhotoshop(), "fixture must carry IPTC");
        assertNotNull(Imaging.getXmpXml(tagged), "fixture must carry XMP");
        assertEquals(MetadataFixtures.SECRETS.size(), Leaks.in(tagged, MetadataFixtures.SECRETS).size());

        Scrubbed scrubbed = Scrubbed.run(dir, "holiday.jpg", tagged);

        assertEquals(MediaFormat.JPEG, scrubbed.result().format());
        assertNull(Imaging.getMetadata(scrubbed.bytes()), "no EXIF or IPTC left for a reader to find");
        assertNull(Imaging.getXmpXml(scrubbed.bytes()));
        assertEquals(List.of(), Leaks.in(scrubbed.bytes(), MetadataFixtures.SECRETS));
        assertEquals(-1, Leaks.indexOf(scrubbed.bytes(), "Exif\0".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(Scrubbed.samePixels(Scrubbed.decode(tagged), Scrubbed.decode(scrubbed.bytes())));
        List<String> what = scrubbed.result().removed().stream().map(Removal::what).toList();
        assertTrue(what.containsAll(List.of("EXIF", "XMP", "IPTC/Photoshop", "comment")), what.toString());
        assertTrue(scrubbed.result().summary().startsWith("holiday.jpg: JPEG: removed "), scrubbed.result().summary());
    }

    @Test
    void compressedDataIsCopiedByteForByteNotReencoded() throws Exception {
        byte[] plain = MetadataFixtures.jpeg(MetadataFixtures.picture(64, 64), false);
        byte[] tagged = MetadataFixtures.taggedJpeg(MetadataFixtures.picture(64, 64), 1);

        byte[] scrubbed = Scrubbed.run(dir, "a.jpg", tagged).bytes();

        // ImageIO wrote SOI + JFIF + tables + scan; stripping the added segments gives exactly that file back
        assertArrayEquals(plain, scrubbed);
    }

    @Test
    void keepsOnlyTheOrientationSoPhonePhotosStayUpright() throws Exception {
        byte[] tagged = MetadataFixtures.taggedJpeg(MetadataFixtures.picture(40, 30), 6);

        Scrubbed scrubbed = Scrubbed.run(dir, "phone.jpg", tagged);

        JpegImageMetadata after = (JpegImageMetadata) Imaging.getMetadata(scrubbed.bytes());
        List<TiffField> fields = after.getExif().getAllFields();
        assertEquals(1, fields.size(), fields.toString());
        assertEquals(TiffTagConstants.TIFF_TAG_ORIENTATION.tag, fields.get(0).getTag());
        assertEquals(6, fields.get(0).getIntValue());
        assertEquals(List.of(), Leaks.in(scrubbed.bytes(), MetadataFixtures.SECRETS));
        assertTrue(scrubbed.result().summary().contains("EXIF (orientation kept)"), scrubbed.result().summary());
    }

    @Test
    void handlesProgressiveScansCommentsBetweenScansAndImagesHiddenAfterTheEnd() throws Exception {
        BufferedImage picture = MetadataFixtures.picture(80, 56);
        byte[] progressive = MetadataFixtures.jpeg(picture, true);
        int lastSos = lastMarker(progressive, 0xDA);
        int secondSos = nextMarker(progressive, 0xDA, nextMarker(progressive, 0xDA, 0) + 2);
        assertTrue(secondSos > 0 && secondSos < lastSos, "fixture must have several scans");
        // a comment between two scans, and a tagged thumbnail appended after EOI as MPF cameras do
        byte[] comment = MetadataFixtures.withJpegComment(new byte[] {(byte) 0xFF, (byte) 0xD8}, MetadataFixtures.COMMENT);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(progressive, 0, secondSos);
        file.write(comment, 2, comment.length - 2);
        file.write(progressive, secondSos, progressive.length - secondSos);
        file.writeBytes(MetadataFixtures.taggedJpeg(MetadataFixtures.picture(16, 16), 1));
        byte[] input = file.toByteArray();

        Scrubbed scrubbed = Scrubbed.run(dir, "progressive.jpg", input);

        assertArrayEquals(progressive, scrubbed.bytes());
        assertTrue(Scrubbed.samePixels(Scrubbed.decode(progressive), Scrubbed.decode(scrubbed.bytes())));
        List<String> what = scrubbed.result().removed().stream().map(Removal::what).toList();
        assertEquals(List.of("comment", "data after end of image"), what);
    }

    @Test
    void cutsTheThumbnailOutOfTheJfifSegment() throws Exception {
        byte[] plain = MetadataFixtures.jpeg(MetadataFixtures.picture(24, 24), false);
        assertEquals("JFIF", new String(plain, 6, 4, StandardCharsets.US_ASCII));
        assertEquals(16, plain[5], "ImageIO writes JFIF without a thumbnail");
        ByteArrayOutputStream withThumbnail = new ByteArrayOutputStream();
        withThumbnail.write(plain, 0, 5);
        withThumbnail.write(16 + 12);
        withThumbnail.write(plain, 6, 12);
        withThumbnail.writeBytes(new byte[] {2, 2, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12});
        withThumbnail.write(plain, 20, plain.length - 20);

        Scrubbed scrubbed = Scrubbed.run(dir, "thumb.jpg", withThumbnail.toByteArray());

        assertArrayEquals(plain, scrubbed.bytes());
        assertEquals(List.of(new Removal("JFIF thumbnail", 2 * 2 * 3)), scrubbed.result().removed());
    }

    @Test
    void aTruncatedJpegIsCopiedAsIsWithAWarningNamingTheFile() throws Exception {
        byte[] tagged = MetadataFixtures.taggedJpeg(MetadataFixtures.picture(64, 48), 1);
        byte[] truncated = Arrays.copyOf(tagged, tagged.length - 200);

        Scrubbed scrubbed = Scrubbed.run(dir, "broken.jpg", truncated);

        assertArrayEquals(truncated, scrubbed.bytes());
        assertTrue(scrubbed.result().warning().isPresent());
        assertFalse(scrubbed.result().changed());
        String line = scrubbed.result().summary();
        assertTrue(line.startsWith("broken.jpg: JPEG: NOT scrubbed, copied as is: "), line);
        assertTrue(line.contains("end-of-image"), line);
    }

    @Test
    void aSegmentLengthPastTheEndIsMalformedNotACrash() throws Exception {
        byte[] bogus = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0x7F, 0x00, 'E', 'x', 'i', 'f', 0, 0};

        Scrubbed scrubbed = Scrubbed.run(dir, "bogus.jpg", bogus);

        assertArrayEquals(bogus, scrubbed.bytes());
        assertTrue(scrubbed.result().warning().orElseThrow().contains("file ends"), scrubbed.result().summary());
    }

    private static int nextMarker(byte[] jpeg, int marker, int from) {
        for (int i = from; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == marker) {
                return i;
            }
        }
        return -1;
    }

    private static int lastMarker(byte[] jpeg, int marker) {
        int last = -1;
        for (int at = nextMarker(jpeg, marker, 0); at >= 0; at = nextMarker(jpeg, marker, at + 2)) {
            last = at;
        }
        return last;
    }
}
