package party.wtp.scrub;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Runs the real {@link Scrubber} on bytes written to a real file and keeps both the output and the result. */
record Scrubbed(byte[] bytes, Scrub result) {

    static Scrubbed run(Path dir, String name, byte[] input) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Scrub result = Scrubber.scrub(file, name, out);
        return new Scrubbed(out.toByteArray(), result);
    }

    static BufferedImage decode(byte[] image) throws IOException {
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
        if (decoded == null) {
            throw new IOException("ImageIO cannot decode it");
        }
        return decoded;
    }

    /** True when both images have the same size and every pixel has the same ARGB value. */
    static boolean samePixels(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
