package party.wtp.scrub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.commons.imaging.Imaging;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GifScrubTest {
    @TempDir
    Path dir;

    @Test
    void removesCommentAndXmpFromAnAnimationKeepingFramesAndLooping() throws Exception {
        byte[] animation = animatedGif();
        byte[] tagged = MetadataFixtures.withGifBlocks(animation,
                MetadataFixtures.gifComment(MetadataFixtures.COMMENT + " by " + MetadataFixtures.AUTHOR),
                MetadataFixtures.gifXmp());
        assertNotNull(Imaging.getXmpXml(tagged), "fixture must carry XMP readable by a metadata reader");
        assertEquals(frames(animation).size(), frames(tagged).size(), "fixture must still decode");

        Scrubbed scrubbed = Scrubbed.run(dir, "dance.gif", tagged);

        byte[] out = scrubbed.bytes();
        assertArrayEquals(animation, out);
        assertNull(Imaging.getXmpXml(out));
        assertEquals(List.of(), Leaks.in(out, MetadataFixtures.SECRETS));
        assertTrue(Leaks.indexOf(out, "NETSCAPE2.0".getBytes(StandardCharsets.US_ASCII)) > 0, "looping kept");
        List<BufferedImage> before = frames(tagged);
        List<BufferedImage> after = frames(out);
        assertEquals(2, after.size());
        for (int i = 0; i < before.size(); i++) {
            assertTrue(Scrubbed.samePixels(before.get(i), after.get(i)), "frame " + i);
        }
        assertEquals(List.of("comment", "XMP"), scrubbed.result().removed().stream().map(Removal::what).toList());
    }

    @Test
    void aGifWithoutTrailerIsCopiedAsIs() throws Exception {
        byte[] animation = animatedGif();
        byte[] cut = java.util.Arrays.copyOf(animation, animation.length - 1);

        Scrubbed scrubbed = Scrubbed.run(dir, "cut.gif", cut);

        assertArrayEquals(cut, scrubbed.bytes());
        assertTrue(scrubbed.result().warning().orElseThrow().contains("without a trailer"));
    }

    /** Two frames with a NETSCAPE2.0 looping extension, written by ImageIO. */
    private static byte[] animatedGif() throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < 2; i++) {
                BufferedImage frame = new BufferedImage(24, 16, BufferedImage.TYPE_BYTE_INDEXED);
                frame.createGraphics().drawImage(MetadataFixtures.picture(24 + 8 * i, 16), 0, 0, null);
                IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), null);
                String format = metadata.getNativeMetadataFormatName();
                IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
                IIOMetadataNode applications = new IIOMetadataNode("ApplicationExtensions");
                IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
                loop.setAttribute("applicationID", "NETSCAPE");
                loop.setAttribute("authenticationCode", "2.0");
                loop.setUserObject(new byte[] {1, 0, 0});
                applications.appendChild(loop);
                root.appendChild(applications);
                metadata.setFromTree(format, root);
                writer.writeToSequence(new IIOImage(frame, null, metadata), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static List<BufferedImage> frames(byte[] gif) throws Exception {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif))) {
            reader.setInput(in);
            List<BufferedImage> frames = new ArrayList<>();
            int count = reader.getNumImages(true);
            for (int i = 0; i < count; i++) {
                frames.add(reader.read(i));
            }
            return frames;
        } finally {
            reader.dispose();
        }
    }
}
