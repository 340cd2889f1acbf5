package party.wtp.scrub;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Removes a PDF's document info (author, creator, producer, title, dates), every XMP metadata stream (document,
 * page, image, font), Illustrator-style PieceInfo private data and the trailer ID, and strips metadata from
 * embedded JPEG images, which PDF writers usually embed byte for byte, EXIF and GPS included. Saves in full (not
 * incrementally, which would leave the old objects in the file) and without object streams, so what remains is
 * plainly readable. Encrypted PDFs are refused: their metadata cannot be rewritten without the password.
 */
final class PdfScrubber {
    private static final COSName PIECE_INFO = COSName.getPDFName("PieceInfo");
    /** PDFBox always writes a trailer ID, hashed from this number; a constant makes it identical for every file. */
    private static final long NEUTRAL_DOCUMENT_ID = 0L;

    private PdfScrubber() {
    }

    /**
     * Writes the scrubbed PDF to {@code out} and returns what was removed; a PDF without any of it is copied
     * unchanged. Nothing is written if parsing fails.
     */
    static List<Removal> scrub(Path in, OutputStream out) throws IOException {
        Rewrite log = new Rewrite();
        Path saved = Files.createTempFile("wtp-scrub-", ".pdf");
        try {
            try (PDDocument document = load(in.toFile())) {
                if (document.isEncrypted()) {
                    throw new MalformedMediaException("encrypted PDF; its metadata cannot be removed");
                }
                COSDictionary trailer = document.getDocument().getTrailer();
                removeKey(trailer, COSName.INFO, "document info", log);
                removeKey(trailer, COSName.ID, "trailer ID", log);
                walk(trailer, log);
                if (log.removed().isEmpty()) {
                    Files.copy(in, out);
                    return log.removed();
                }
                document.setDocumentId(NEUTRAL_DOCUMENT_ID);
                document.save(saved.toFile(), CompressParameters.NO_COMPRESSION);
            }
            Files.copy(saved, out);
        } finally {
            Files.deleteIfExists(saved);
        }
        return log.removed();
    }

    private static PDDocument load(File file) throws IOException {
        try {
            return Loader.loadPDF(file, IOUtils.createTempFileOnlyStreamCache());
        } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
            throw new MalformedMediaException("password-protected PDF; its metadata cannot be removed");
        } catch (IOException e) {
            throw new MalformedMediaException("PDFBox cannot parse it: " + e.getMessage());
        }
    }

    /** Visits every object reachable from the trailer, the same set a full save writes. */
    private static void walk(COSDictionary trailer, Rewrite log) throws IOException {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(trailer);
        while (!todo.isEmpty()) {
            COSBase next = todo.pop();
            if (next instanceof COSObject reference) {
                next = reference.getObject();
            }
            if (next == null || !seen.add(next)) {
                continue;
            }
            if (next instanceof COSDictionary dictionary) {
                boolean isMetadata = COSName.METADATA.equals(dictionary.getCOSName(COSName.TYPE));
                removeKey(dictionary, COSName.METADATA, "XMP metadata", log);
                removeKey(dictionary, PIECE_INFO, "PieceInfo", log);
                if (next instanceof COSStream stream && !isMetadata) {
                    scrubEmbeddedJpeg(stream, log);
                }
                for (COSBase value : dictionary.getValues()) {
                    todo.push(value);
                }
            } else if (next instanceof COSArray array) {
                for (COSBase value : array) {
                    todo.push(value);
                }
            }
        }
    }

    private static void removeKey(COSDictionary dictionary, COSName key, String what, Rewrite log) {
        if (dictionary.containsKey(key)) {
            dictionary.removeItem(key);
            log.drop(what, 0);
        }
    }

    /** Rewrites an image stream whose only filter is DCTDecode (a plain JPEG file) through {@link JpegFilter}. */
    private static void scrubEmbeddedJpeg(COSStream stream, Rewrite log) throws IOException {
        if (!COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
            return;
        }
        COSBase filter = stream.getDictionaryObject(COSName.FILTER);
        if (filter instanceof COSArray array && array.size() == 1) {
            filter = array.getObject(0);
        }
        if (!COSName.DCT_DECODE.equals(filter)) {
            return;
        }
        byte[] jpeg;
        try (InputStream raw = stream.createRawInputStream()) {
            jpeg = raw.readAllBytes();
        }
        RandomAccessBytes bytes = RandomAccessBytes.of(jpeg);
        Rewrite plan;
        try {
            plan = new JpegFilter().plan(new Cursor(bytes));
        } catch (MalformedMediaException e) {
            return;
        }
        if (plan.removed().isEmpty()) {
            return;
        }
        ByteArrayOutputStream cleaned = new ByteArrayOutputStream(jpeg.length);
        plan.writeTo(bytes, cleaned);
        try (OutputStream raw = stream.createRawOutputStream()) {
            cleaned.writeTo(raw);
        }
        for (Removal removal : plan.removed()) {
            log.drop("embedded JPEG " + removal.what(), removal.bytes());
        }
    }
}
