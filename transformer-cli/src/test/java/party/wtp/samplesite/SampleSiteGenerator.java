package party.wtp.samplesite;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import party.wtp.scrub.MetadataFixtures;

/**
 * Writes the binary files of the bundled sample site ({@code sample-site/}): the geotagged photo, the PNGs, the
 * PDF invitation, the ZIP download, the empty file and the web-font subset. The HTML, CSS, JS and SVG are written
 * by hand and committed as they are. Output is deterministic, so regenerating changes nothing unless this changes.
 *
 * <p>Run from the repository root: {@code mvn -q -pl transformer-cli -am test-compile -DgenerateSampleSite}
 * (the font subset needs {@code python3-fonttools} and {@code fonts-dejavu-core} from Debian).
 */
public final class SampleSiteGenerator {
    /** The photo's metadata (author, camera, GPS) is {@link MetadataFixtures}' so tests know what must vanish. */
    public static final String PHOTO = "img/photo.jpg";
    public static final String CONFETTI = "img/confetti.png";
    public static final String BALLOON = "img/balloon.png";
    public static final String BALLOON_2X = "img/balloon-2x.png";
    public static final String INVITATION = "files/invitation.pdf";
    public static final String KIT = "files/party-kit.zip";
    public static final String EMPTY = "files/empty.txt";
    public static final String FONT = "fonts/festival-serif.woff";
    public static final String INVITATION_TITLE = "Invitation to the Marmalade Owl Festival";
    public static final String INVITATION_TEXT = "Bring a lantern and a jar of marmalade";

    /** Every file {@link #writeBinaries} writes, relative to the site root. */
    public static final List<String> BINARIES = List.of(PHOTO, CONFETTI, BALLOON, BALLOON_2X, INVITATION, KIT, EMPTY);

    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf");
    private static final String FONT_UNICODES = "U+0020-007E,U+00A0-00FF,U+2013-2014,U+2018-201D,U+2026";

    private SampleSiteGenerator() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: SampleSiteGenerator <sample-site folder>");
            System.exit(2);
        }
        Path site = Path.of(args[0]);
        writeBinaries(site);
        System.out.println(subsetFont(site));
    }

    /** Writes every file in {@link #BINARIES} below {@code site}. */
    public static void writeBinaries(Path site) throws IOException {
        write(site, PHOTO, MetadataFixtures.taggedJpeg(harbour(320, 200), 1));
        write(site, CONFETTI, png(confetti()));
        write(site, BALLOON, png(balloon(1)));
        write(site, BALLOON_2X, png(balloon(2)));
        write(site, INVITATION, invitation());
        write(site, KIT, partyKit());
        write(site, EMPTY, new byte[0]);
    }

    /** Subsets DejaVu Serif Bold to Latin-1 plus typographic punctuation, as WOFF; returns a line saying what it did. */
    public static String subsetFont(Path site) throws IOException, InterruptedException {
        Path out = site.resolve(FONT);
        if (!Files.isReadable(DEJAVU)) {
            return FONT + ": not regenerated, " + DEJAVU + " missing (apt-get install fonts-dejavu-core)";
        }
        Files.createDirectories(out.getParent());
        // Debian's python3-fonttools lives beside /usr/bin/python3, which a python3 earlier on PATH may not see
        String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
        Process subset = new ProcessBuilder(python, "-m", "fontTools.subset", DEJAVU.toString(),
                "--unicodes=" + FONT_UNICODES, "--no-hinting", "--layout-features=kern,liga", "--flavor=woff",
                "--output-file=" + out).redirectErrorStream(true).start();
        String log = new String(subset.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (subset.waitFor() != 0) {
            return FONT + ": not regenerated, fontTools failed (apt-get install python3-fonttools): " + log.strip();
        }
        return FONT + ": " + Files.size(out) + " bytes";
    }

    private static void write(Path site, String name, byte[] bytes) throws IOException {
        Path file = site.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    /** Lanterns over a harbour at dusk. */
    static BufferedImage harbour(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = smooth(image);
        g.setPaint(new GradientPaint(0, 0, new Color(0x24135F), 0, height * 0.6f, new Color(0xF08A4B)));
        g.fillRect(0, 0, width, height);
        g.setPaint(new GradientPaint(0, height * 0.6f, new Color(0x123A5A), 0, height, new Color(0x061726)));
        g.fillRect(0, (int) (height * 0.6), width, height);
        Color[] lantern = {new Color(0xFFD35C), new Color(0xFF8C42), new Color(0xFF5E5B), new Color(0xFFF1A8)};
        for (int i = 0; i < 9; i++) {
            double x = 18 + i * (width - 36) / 8.0;
            double y = 28 + 22 * Math.sin(i * 1.3);
            g.setColor(lantern[i % lantern.length]);
            g.fill(new Ellipse2D.Double(x - 9, y - 12, 18, 24));
            g.setColor(new Color(255, 220, 120, 70));
            g.fill(new Ellipse2D.Double(x - 4, height * 0.62 + (y % 17), 8, 18));
        }
        g.setColor(new Color(0x0B0B12));
        Path2D boat = new Path2D.Double();
        boat.moveTo(width * 0.30, height * 0.70);
        boat.lineTo(width * 0.62, height * 0.70);
        boat.lineTo(width * 0.56, height * 0.78);
        boat.lineTo(width * 0.35, height * 0.78);
        boat.closePath();
        g.fill(boat);
        g.setStroke(new BasicStroke(2f));
        g.drawLine((int) (width * 0.46), (int) (height * 0.70), (int) (width * 0.46), (int) (height * 0.42));
        g.dispose();
        return image;
    }

    /** A 32x32 repeating confetti tile for the page background. */
    static BufferedImage confetti() {
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        int[][] dots = {{3, 4, 0xFFE4572E}, {19, 9, 0xFF29335C}, {11, 22, 0xFFF3A712}, {26, 26, 0xFF669BBC}};
        for (int[] dot : dots) {
            g.setColor(new Color(dot[2], true));
            g.fillRect(dot[0], dot[1], 3, 3);
        }
        g.dispose();
        return image;
    }

    /** A striped balloon, drawn at 120x160 times {@code scale}, for the srcset. */
    static BufferedImage balloon(int scale) {
        int width = 120 * scale, height = 160 * scale;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = smooth(image);
        Ellipse2D body = new Ellipse2D.Double(10 * scale, 6 * scale, 100 * scale, 116 * scale);
        g.setClip(body);
        Color[] stripes = {new Color(0xE4572E), new Color(0xFFC914), new Color(0x17BEBB), new Color(0x2E282A)};
        for (int i = 0; i < 8; i++) {
            g.setColor(stripes[i % stripes.length]);
            g.fillRect((10 + i * 13) * scale, 0, 13 * scale, height);
        }
        g.setClip(null);
        g.setColor(new Color(0x2E282A));
        g.setStroke(new BasicStroke(2f * scale));
        g.drawLine(60 * scale, 122 * scale, 60 * scale, 156 * scale);
        g.dispose();
        return image;
    }

    private static Graphics2D smooth(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        return g;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A one-page invitation with author, creator, producer, title, XMP and the geotagged photo embedded as is. */
    static byte[] invitation() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A6);
            document.addPage(page);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            byte[] photo = MetadataFixtures.taggedJpeg(harbour(120, 75), 1);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(bold, 13);
                content.newLineAtOffset(24, 370);
                content.showText("Marmalade Owl Festival");
                content.setFont(regular, 10);
                content.newLineAtOffset(0, -20);
                content.showText(INVITATION_TEXT + ".");
                content.newLineAtOffset(0, -14);
                content.showText("The bonfire starts when the seventh owl lands.");
                content.endText();
                content.drawImage(JPEGFactory.createFromByteArray(document, photo), 24, 190, 240, 150);
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(INVITATION_TITLE);
            info.setAuthor(MetadataFixtures.AUTHOR);
            info.setCreator(MetadataFixtures.SOFTWARE);
            info.setProducer(MetadataFixtures.CAMERA_MAKE + " PDF engine");
            info.setKeywords(MetadataFixtures.CITY);
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.setTimeInMillis(1_563_138_235_000L);
            info.setCreationDate(created);
            info.setModificationDate(created);
            document.getDocumentCatalog().setMetadata(new PDMetadata(document,
                    new ByteArrayInputStream(MetadataFixtures.XMP.getBytes(StandardCharsets.UTF_8))));
            COSArray id = new COSArray();
            id.add(new COSString("QUARRINGTON-LAPTOP-0001"));
            id.add(new COSString("QUARRINGTON-LAPTOP-0001"));
            document.getDocument().getTrailer().setItem(COSName.ID, id);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    /** The ZIP download: a packing list and a mask template, with fixed timestamps. */
    static byte[] partyKit() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            entry(zip, "party-kit/packing-list.txt", "Packing list for the Marmalade Owl Festival\n"
                    + "- one paper lantern (see the lantern guide)\n- a jar of marmalade\n- warm socks for the owl choir\n");
            entry(zip, "party-kit/owl-mask.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 60\">"
                    + "<ellipse cx=\"30\" cy=\"30\" rx=\"22\" ry=\"20\" fill=\"none\" stroke=\"#5a3\" stroke-width=\"6\"/>"
                    + "<ellipse cx=\"70\" cy=\"30\" rx=\"22\" ry=\"20\" fill=\"none\" stroke=\"#5a3\" stroke-width=\"6\"/></svg>\n");
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(LocalDateTime.of(2024, 6, 21, 18, 0));
        zip.putNextEntry(entry);
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
