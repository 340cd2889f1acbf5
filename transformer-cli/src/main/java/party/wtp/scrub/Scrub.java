package party.wtp.scrub;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What scrubbing did to one file: its format, the metadata removed, and a warning when the file could not be
 * parsed and was copied unchanged. {@link #summary()} gives the per-file log line.
 */
public final class Scrub {
    private final String source;
    private final MediaFormat format;
    private final List<Removal> removed;
    private final String warning;

    private Scrub(String source, MediaFormat format, List<Removal> removed, String warning) {
        this.source = source;
        this.format = format;
        this.removed = List.copyOf(removed);
        this.warning = warning;
    }

    static Scrub cleaned(String source, MediaFormat format, List<Removal> removed) {
        return new Scrub(source, format, removed, null);
    }

    static Scrub copiedAsIs(String source, MediaFormat format, String warning) {
        return new Scrub(source, format, List.of(), warning);
    }

    /** The name the file was given to the scrubber under, used in messages. */
    public String source() {
        return source;
    }

    /** The format recognised from the file's content. */
    public MediaFormat format() {
        return format;
    }

    /** The metadata taken out, in file order; empty if there was none or the file was copied as is. */
    public List<Removal> removed() {
        return removed;
    }

    /** Present when the file could not be parsed and was copied unchanged, metadata and all. */
    public Optional<String> warning() {
        return Optional.ofNullable(warning);
    }

    /** True when metadata was removed; otherwise the output is a byte-for-byte copy of the input. */
    public boolean changed() {
        return !removed.isEmpty();
    }

    /**
     * One log line, e.g. {@code "img/photo.jpg: JPEG: removed EXIF (2,048 bytes), XMP (512 bytes)"} or
     * {@code "img/bad.jpg: JPEG: NOT scrubbed, copied as is: file ends inside a segment at byte 700"}.
     */
    public String summary() {
        String head = source + ": " + format + ": ";
        if (warning != null) {
            return head + "NOT scrubbed, copied as is: " + warning;
        }
        if (format == MediaFormat.OTHER) {
            return head + "not a scrubbed format, copied as is";
        }
        if (removed.isEmpty()) {
            return head + "no metadata found";
        }
        return head + "removed " + String.join(", ", grouped());
    }

    private List<String> grouped() {
        Map<String, long[]> byWhat = new LinkedHashMap<>();
        for (Removal r : removed) {
            long[] countAndBytes = byWhat.computeIfAbsent(r.what(), k -> new long[2]);
            countAndBytes[0]++;
            countAndBytes[1] += r.bytes();
        }
        List<String> parts = new ArrayList<>();
        byWhat.forEach((what, cb) -> {
            String part = cb[0] > 1 ? what + " x" + cb[0] : what;
            parts.add(cb[1] > 0 ? part + String.format(" (%,d bytes)", cb[1]) : part);
        });
        return parts;
    }

    @Override
    public String toString() {
        return summary();
    }
}
