package party.wtp.scrub;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Removes identifying metadata from one file, choosing the format by its magic bytes: JPEG, PNG, GIF and WebP
 * lose their metadata segments and chunks without any re-encoding, PDF loses its document info, XMP and ID.
 * Any other file is copied unchanged.
 *
 * <p>Policy for broken files: a file that has a known format's magic bytes but cannot be parsed is copied
 * unchanged and the result carries a {@link Scrub#warning() warning} (log it); one corrupt image on a real site
 * should not stop a build. Nothing is written to {@code out} before the file has been parsed successfully, so
 * {@code out} always receives either the whole scrubbed file or the whole original. I/O errors propagate.
 */
public final class Scrubber {

    private Scrubber() {
    }

    /** Scrubs {@code in} into {@code out}; messages name the file by {@code in}. */
    public static Scrub scrub(Path in, OutputStream out) throws IOException {
        return scrub(in, in.toString(), out);
    }

    /** Scrubs {@code in} into the file {@code out} (which must be another file), replacing it. */
    public static Scrub scrub(Path in, Path out) throws IOException {
        if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())
                || (Files.exists(out) && Files.isSameFile(in, out))) {
            throw new IllegalArgumentException("cannot scrub " + in + " onto itself");
        }
        try (OutputStream stream = Files.newOutputStream(out)) {
            return scrub(in, in.toString(), stream);
        }
    }

    /**
     * Scrubs a stream; {@code name} is used in messages. The stream is first spooled to a temporary file, since
     * the filters plan before they copy (a WebP's new size must precede its chunks) and PDF needs random access.
     */
    public static Scrub scrub(InputStream in, String name, OutputStream out) throws IOException {
        Path spool = Files.createTempFile("wtp-scrub-", ".bin");
        try {
            Files.copy(in, spool, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return scrub(spool, name, out);
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    /** Scrubs {@code in} into {@code out}; {@code name} is how messages refer to the file. */
    public static Scrub scrub(Path in, String name, OutputStream out) throws IOException {
        try (FileChannel channel = FileChannel.open(in, StandardOpenOption.READ)) {
            RandomAccessBytes bytes = RandomAccessBytes.of(channel);
            MediaFormat format = sniff(bytes);
            try {
                if (format == MediaFormat.PDF) {
                    return Scrub.cleaned(name, format, PdfScrubber.scrub(in, out));
                }
                StructureFilter filter = filterFor(format);
                if (filter == null) {
                    copy(bytes, out);
                    return Scrub.cleaned(name, format, List.of());
                }
                Rewrite plan = filter.plan(new Cursor(bytes));
                plan.writeTo(bytes, out);
                return Scrub.cleaned(name, format, plan.removed());
            } catch (MalformedMediaException e) {
                copy(bytes, out);
                return Scrub.copiedAsIs(name, format, e.getMessage());
            } catch (RuntimeException e) {
                if (format != MediaFormat.PDF) {
                    throw e;
                }
                copy(bytes, out);
                return Scrub.copiedAsIs(name, format, "PDFBox failed on it: " + e);
            }
        }
    }

    private static MediaFormat sniff(RandomAccessBytes bytes) throws IOException {
        byte[] head = new byte[MediaFormat.SNIFF_LENGTH];
        int length = 0;
        int n;
        while (length < head.length && (n = bytes.read(length, head, length, head.length - length)) > 0) {
            length += n;
        }
        return MediaFormat.sniff(head, length);
    }

    private static StructureFilter filterFor(MediaFormat format) {
        switch (format) {
            case JPEG:
                return new JpegFilter();
            case PNG:
                return new PngFilter();
            case GIF:
                return new GifFilter();
            case WEBP:
                return new WebpFilter();
            default:
                return null;
        }
    }

    private static void copy(RandomAccessBytes bytes, OutputStream out) throws IOException {
        Rewrite whole = new Rewrite();
        whole.keep(0, bytes.size());
        whole.writeTo(bytes, out);
    }
}
