package party.wtp.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import party.wtp.scrub.MediaFormat;
import party.wtp.scrub.Scrub;

/**
 * The build's {@link Scrubber} over the scrub package: JPEG, PNG, GIF, WebP and PDF files (known by their magic
 * bytes) are copied without their metadata; other files are not touched, not even copied, so a large video costs
 * nothing here. A file of a known format that cannot be parsed is published as it is, with a warning.
 */
public final class MetadataScrubber implements Scrubber {
    @Override
    public boolean scrub(Path source, Path dest, Consumer<String> warnings) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(source)) {
            head = in.readNBytes(MediaFormat.SNIFF_LENGTH);
        }
        if (MediaFormat.sniff(head, head.length) == MediaFormat.OTHER) {
            return false;
        }
        Scrub result = party.wtp.scrub.Scrubber.scrub(source, dest);
        if (result.warning().isPresent()) {
            warnings.accept("metadata NOT removed, published as it is: " + result.warning().get());
        }
        if (!result.changed()) {
            Files.deleteIfExists(dest);
            return false;
        }
        return true;
    }
}
