package party.wtp.samplesite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import party.wtp.scrub.MetadataFixtures;
import party.wtp.scrub.Scrub;
import party.wtp.scrub.Scrubber;

class SampleSiteTest {
    private static final Pattern HTML_REF = Pattern.compile("\\s(?:href|src)=\"([^\"]*)\"");
    private static final Pattern SRCSET = Pattern.compile("\\ssrcset=\"([^\"]*)\"");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");
    private static final Pattern IDS = Pattern.compile("\\sid=\"([^\"]+)\"");

    private final Path site = SampleSite.root();

    @TempDir
    Path temp;

    @Test
    void isSmallAndHasEveryKindOfFileTheTransformerMustHandle() throws IOException {
        long total;
        try (Stream<Path> files = Files.walk(site)) {
            total = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        assertTrue(total < 1_000_000, "sample site is " + total + " bytes");
        for (String page : SampleSite.PAGE_TEXT.keySet()) {
            assertTrue(Files.isRegularFile(site.resolve(page)), page);
        }
        for (String file : List.of("css/site.css", "css/theme.css", "js/countdown.js", "img/logo.svg",
                SampleSiteGenerator.FONT, "LICENSES.txt")) {
            assertTrue(Files.isRegularFile(site.resolve(file)), file);
        }
        for (String file : SampleSiteGenerator.BINARIES) {
            assertTrue(Files.isRegularFile(site.resolve(file)), file);
        }
        assertEquals(0, Files.size(site.resolve(SampleSiteGenerator.EMPTY)));
        assertEquals("wOFF", new String(Files.readAllBytes(site.resolve(SampleSiteGenerator.FONT)), 0, 4,
                StandardCharsets.US_ASCII));
        assertTrue(Files.readString(site.resolve("css/site.css")).contains("@import url(\"theme.css\")"));
        assertTrue(Files.readString(site.resolve("css/site.css")).contains("@font-face"));
    }

    @Test
    void eachPageShowsItsOwnDistinctiveSentence() throws IOException {
        for (var page : SampleSite.PAGE_TEXT.entrySet()) {
            for (String other : SampleSite.PAGE_TEXT.keySet()) {
                String html = Files.readString(site.resolve(other));
                assertEquals(other.equals(page.getKey()), html.contains(page.getValue()), page.getValue() + " in " + other);
            }
        }
    }

    @Test
    void everyLocalReferenceAndAnchorResolvesExceptTheOneBrokenLink() throws IOException {
        List<String> broken = new ArrayList<>();
        List<String> external = new ArrayList<>();
        int checked = 0;
        for (Path file : files()) {
            for (String ref : references(file)) {
                URI uri = URI.create(ref.replace(" ", "%20").replace("é", "%C3%A9"));
                if (uri.getScheme() != null) {
                    external.add(uri.getScheme() + ":" + uri.getSchemeSpecificPart());
                    continue;
                }
                Path target = resolve(file, uri);
                checked++;
                if (!Files.isRegularFile(target)) {
                    broken.add(site.relativize(file) + " -> " + ref);
                } else if (uri.getFragment() != null && target.toString().endsWith(".html")) {
                    assertTrue(ids(target).contains(uri.getFragment()), site.relativize(file) + " -> " + ref);
                }
            }
        }
        assertEquals(List.of("index.html -> " + SampleSite.BROKEN_LINK), broken);
        assertTrue(checked > 40, "checked " + checked + " references");
        assertEquals(new TreeSet<>(List.of("https://example.org/owls", "mailto:hoot@example.org?subject=Owl festival")),
                new TreeSet<>(external));
    }

    @Test
    void theScriptsSentenceExistsOnlyWhenTheScriptRuns() throws IOException {
        String index = Files.readString(site.resolve("index.html"));
        assertTrue(index.contains(">" + SampleSite.SCRIPT_PLACEHOLDER + "<"));
        assertTrue(index.contains("<script src=\"js/countdown.js\"></script>"));
        for (Path file : files()) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertTrue(!text.contains("42 lanterns"), file + " must not contain the computed sentence");
        }
        assertTrue(Files.readString(site.resolve("js/countdown.js")).contains("getElementById('script-output')"));
    }

    @Test
    void thePhotoAndThePdfCarryMetadataThatTheScrubberRemoves() throws Exception {
        Path photo = site.resolve(SampleSiteGenerator.PHOTO);
        JpegImageMetadata exif = (JpegImageMetadata) Imaging.getMetadata(photo.toFile());
        assertNotNull(exif.getExif().getGpsInfo(), "sample photo must be geotagged");
        ByteArrayOutputStream cleanPhoto = new ByteArrayOutputStream();
        Scrub photoResult = Scrubber.scrub(photo, SampleSiteGenerator.PHOTO, cleanPhoto);
        assertTrue(photoResult.changed(), photoResult.summary());
        assertNull(Imaging.getMetadata(cleanPhoto.toByteArray()));

        Path pdf = site.resolve(SampleSiteGenerator.INVITATION);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(MetadataFixtures.AUTHOR, document.getDocumentInformation().getAuthor());
            assertTrue(new PDFTextStripper().getText(document).contains(SampleSiteGenerator.INVITATION_TEXT));
        }
        ByteArrayOutputStream cleanPdf = new ByteArrayOutputStream();
        Scrubber.scrub(pdf, SampleSiteGenerator.INVITATION, cleanPdf);
        try (PDDocument document = Loader.loadPDF(cleanPdf.toByteArray())) {
            assertNull(document.getDocumentInformation().getAuthor());
            assertTrue(new PDFTextStripper().getText(document).contains(SampleSiteGenerator.INVITATION_TEXT));
        }
    }

    @Test
    void theGeneratorReproducesTheCommittedBinaries() throws IOException {
        SampleSiteGenerator.writeBinaries(temp);

        for (String file : SampleSiteGenerator.BINARIES) {
            assertArrayEquals(Files.readAllBytes(site.resolve(file)), Files.readAllBytes(temp.resolve(file)),
                    "sample-site/" + file + " differs from what SampleSiteGenerator writes now; regenerate with "
                            + "mvn -q -pl transformer-cli -am test-compile -DgenerateSampleSite");
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".css"))
                    .sorted().toList();
        }
    }

    private static List<String> references(Path file) throws IOException {
        String text = Files.readString(file);
        List<String> refs = new ArrayList<>();
        Matcher m = (file.toString().endsWith(".css") ? CSS_URL : HTML_REF).matcher(text);
        while (m.find()) {
            refs.add(m.group(1));
        }
        Matcher inline = CSS_URL.matcher(text);
        while (file.toString().endsWith(".html") && inline.find()) {
            refs.add(inline.group(1));
        }
        Matcher srcset = SRCSET.matcher(text);
        while (srcset.find()) {
            for (String candidate : srcset.group(1).split(",")) {
                refs.add(candidate.trim().split("\\s+")[0]);
            }
        }
        return refs;
    }

    /** Resolves a link like a static web server would: root-relative from the site, folders to index.html. */
    private Path resolve(Path from, URI uri) {
        String path = URLDecoder.decode(uri.getRawPath().replace("+", "%2B"), StandardCharsets.UTF_8);
        Path target;
        if (path.isEmpty()) {
            target = from;
        } else if (path.startsWith("/")) {
            target = site.resolve(path.substring(1));
        } else {
            target = from.getParent().resolve(path);
        }
        target = target.normalize();
        return Files.isDirectory(target) ? target.resolve("index.html") : target;
    }

    private static List<String> ids(Path page) throws IOException {
        List<String> ids = new ArrayList<>();
        Matcher m = IDS.matcher(Files.readString(page));
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
