package party.wtp.scrub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.commons.imaging.Imaging;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfScrubTest {
    private static final String TITLE = "Quarrington Household Budget";
    private static final String ORIGINAL_ID = "ORIGINAL-ID-7d3f9a";
    private static final List<String> PDF_SECRETS = withAll(MetadataFixtures.SECRETS, TITLE, ORIGINAL_ID);

    @TempDir
    Path dir;

    @Test
    void removesInfoXmpPieceInfoIdAndEmbeddedPhotoExifKeepingPagesAndText() throws Exception {
        BufferedImage photo = MetadataFixtures.picture(96, 64);
        byte[] input = taggedPdf(MetadataFixtures.taggedJpeg(photo, 1), false);
        assertEquals(PDF_SECRETS.size(), Leaks.in(input, PDF_SECRETS).size(), "fixture must carry every secret");

        Scrubbed scrubbed = Scrubbed.run(dir, "budget.pdf", input);

        byte[] out = scrubbed.bytes();
        assertEquals(List.of(), Leaks.in(out, PDF_SECRETS));
        try (PDDocument before = Loader.loadPDF(input); PDDocument after = Loader.loadPDF(out)) {
            assertEquals(before.getNumberOfPages(), after.getNumberOfPages());
            assertEquals(2, after.getNumberOfPages());
            String text = new PDFTextStripper().getText(after);
            assertEquals(new PDFTextStripper().getText(before), text);
            assertTrue(text.contains("Lanterns over the harbour"), text);
            COSDictionary trailer = after.getDocument().getTrailer();
            assertNull(trailer.getDictionaryObject(COSName.INFO));
            assertNull(after.getDocumentCatalog().getMetadata());
            for (PDPage page : after.getPages()) {
                assertNull(page.getMetadata());
                assertFalse(page.getCOSObject().containsKey(COSName.getPDFName("PieceInfo")));
            }
            PDImageXObject image = firstImage(after.getPage(0));
            assertNull(image.getMetadata());
            assertEquals(COSName.DCT_DECODE, image.getCOSObject().getDictionaryObject(COSName.FILTER));
            byte[] rawJpeg;
            try (InputStream raw = image.getCOSObject().createRawInputStream()) {
                rawJpeg = raw.readAllBytes();
            }
            assertNull(Imaging.getMetadata(rawJpeg), "embedded photo keeps no EXIF/IPTC");
            assertTrue(Scrubbed.samePixels(Scrubbed.decode(rawJpeg), firstImage(before.getPage(0)).getImage()));
            assertTrue(Scrubbed.samePixels(image.getImage(), firstImage(before.getPage(0)).getImage()));
        }
        List<String> what = scrubbed.result().removed().stream().map(Removal::what).toList();
        assertTrue(what.containsAll(List.of("document info", "trailer ID", "XMP metadata", "PieceInfo",
                "embedded JPEG EXIF", "embedded JPEG XMP", "embedded JPEG IPTC/Photoshop")), what.toString());
    }

    @Test
    void scrubbingIsDeterministicSoRebuildsGiveTheSameFile() throws Exception {
        byte[] input = taggedPdf(MetadataFixtures.taggedJpeg(MetadataFixtures.picture(32, 32), 1), false);

        byte[] first = Scrubbed.run(dir, "one.pdf", input).bytes();
        Thread.sleep(5);
        byte[] second = Scrubbed.run(dir, "two.pdf", input).bytes();

        assertArrayEquals(first, second);
    }

    @Test
    void aPdfWithoutMetadataIsCopiedUnchanged() throws Exception {
        byte[] input;
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(PDRectangle.A6));
            document.getDocument().getTrailer().removeItem(COSName.INFO);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, CompressParameters.NO_COMPRESSION);
            input = out.toByteArray();
        }
        String trailer = new String(input, StandardCharsets.ISO_8859_1);
        String withoutId = trailer.replaceAll("/ID \\[<[0-9A-F]+> <[0-9A-F]+>\\]", "");
        assertTrue(withoutId.length() < trailer.length(), "PDFBox writes an ID; the fixture removes it");
        byte[] plain = withoutId.getBytes(StandardCharsets.ISO_8859_1);

        Scrubbed scrubbed = Scrubbed.run(dir, "plain.pdf", plain);

        assertArrayEquals(plain, scrubbed.bytes());
        assertEquals("plain.pdf: PDF: no metadata found", scrubbed.result().summary());
    }

    @Test
    void anEncryptedPdfIsCopiedAsIsWithAWarning() throws Exception {
        byte[] input = taggedPdf(MetadataFixtures.jpeg(MetadataFixtures.picture(16, 16), false), true);

        Scrubbed scrubbed = Scrubbed.run(dir, "locked.pdf", input);

        assertArrayEquals(input, scrubbed.bytes());
        assertTrue(scrubbed.result().summary().startsWith("locked.pdf: PDF: NOT scrubbed, copied as is: encrypted PDF"),
                scrubbed.result().summary());
    }

    @Test
    void anUnparseablePdfIsCopiedAsIsWithAWarning() throws Exception {
        byte[] input = ("%PDF-1.7\n1 0 obj << /Author (" + MetadataFixtures.AUTHOR + ") >> nonsense")
                .getBytes(StandardCharsets.US_ASCII);

        Scrubbed scrubbed = Scrubbed.run(dir, "junk.pdf", input);

        assertArrayEquals(input, scrubbed.bytes());
        assertTrue(scrubbed.result().warning().isPresent(), scrubbed.result().summary());
    }

    /** A two-page PDF with info, document and page XMP, PieceInfo, a custom trailer ID and a photo embedded as is. */
    private static byte[] taggedPdf(byte[] photo, boolean encrypted) throws Exception {
        try (PDDocument document = new PDDocument()) {
            for (int n = 1; n <= 2; n++) {
                PDPage page = new PDPage(PDRectangle.A6);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(30, 360);
                    content.showText("Lanterns over the harbour, page " + n);
                    content.endText();
                    if (n == 1) {
                        content.drawImage(JPEGFactory.createFromByteArray(document, photo), 30, 200, 96, 64);
                    }
                }
                if (n == 2) {
                    page.setMetadata(xmp(document));
                    COSDictionary illustrator = new COSDictionary();
                    illustrator.setString(COSName.getPDFName("Private"), MetadataFixtures.AUTHOR + "'s layers");
                    COSDictionary pieceInfo = new COSDictionary();
                    pieceInfo.setItem(COSName.getPDFName("Illustrator"), illustrator);
                    page.getCOSObject().setItem(COSName.getPDFName("PieceInfo"), pieceInfo);
                }
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setAuthor(MetadataFixtures.AUTHOR);
            info.setCreator(MetadataFixtures.SOFTWARE);
            info.setProducer(MetadataFixtures.CAMERA_MAKE + " PDF engine");
            info.setTitle(TITLE);
            info.setSubject(MetadataFixtures.COMMENT);
            info.setKeywords(MetadataFixtures.CITY);
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.setTimeInMillis(1_563_138_235_000L);
            info.setCreationDate(created);
            document.getDocumentCatalog().setMetadata(xmp(document));
            COSArray id = new COSArray();
            id.add(new COSString(ORIGINAL_ID));
            id.add(new COSString(ORIGINAL_ID));
            document.getDocument().getTrailer().setItem(COSName.ID, id);
            if (encrypted) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    private static PDMetadata xmp(PDDocument document) throws Exception {
        return new PDMetadata(document, new ByteArrayInputStream(MetadataFixtures.XMP.getBytes(StandardCharsets.UTF_8)));
    }

    private static PDImageXObject firstImage(PDPage page) throws Exception {
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                return image;
            }
        }
        throw new AssertionError("no image on the page");
    }

    private static List<String> withAll(List<String> base, String... more) {
        List<String> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        assertNotNull(all);
        return all;
    }
}
