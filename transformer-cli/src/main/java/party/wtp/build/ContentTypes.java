package party.wtp.build;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The content type a resource's meta data declares, chosen by file name extension; unknown ones are octet streams. */
public final class ContentTypes {
    public static final String HTML = "text/html";
    public static final String CSS = "text/css";
    public static final String DEFAULT = "application/octet-stream";
    private static final Map<String, String> BY_EXTENSION = new HashMap<>();

    static {
        String[][] table = {
            {"html", HTML}, {"htm", HTML}, {"xhtml", "application/xhtml+xml"}, {"css", CSS},
            {"js", "text/javascript"}, {"mjs", "text/javascript"}, {"json", "application/json"},
            {"map", "application/json"}, {"webmanifest", "application/manifest+json"}, {"xml", "application/xml"},
            {"rss", "application/rss+xml"}, {"atom", "application/atom+xml"}, {"txt", "text/plain"},
            {"md", "text/markdown"}, {"csv", "text/csv"}, {"tsv", "text/tab-separated-values"}, {"ics", "text/calendar"},
            {"vtt", "text/vtt"}, {"srt", "text/plain"},
            {"png", "image/png"}, {"apng", "image/apng"}, {"jpg", "image/jpeg"}, {"jpeg", "image/jpeg"},
            {"jfif", "image/jpeg"}, {"gif", "image/gif"}, {"webp", "image/webp"}, {"avif", "image/avif"},
            {"svg", "image/svg+xml"}, {"ico", "image/x-icon"}, {"bmp", "image/bmp"}, {"tif", "image/tiff"},
            {"tiff", "image/tiff"},
            {"woff", "font/woff"}, {"woff2", "font/woff2"}, {"ttf", "font/ttf"}, {"otf", "font/otf"},
            {"eot", "application/vnd.ms-fontobject"},
            {"mp3", "audio/mpeg"}, {"ogg", "audio/ogg"}, {"oga", "audio/ogg"}, {"opus", "audio/ogg"},
            {"wav", "audio/wav"}, {"flac", "audio/flac"}, {"m4a", "audio/mp4"}, {"aac", "audio/aac"},
            {"mp4", "video/mp4"}, {"m4v", "video/mp4"}, {"webm", "video/webm"}, {"ogv", "video/ogg"},
            {"mov", "video/quicktime"},
            {"pdf", "application/pdf"}, {"epub", "application/epub+zip"}, {"zip", "application/zip"},
            {"gz", "application/gzip"}, {"tgz", "application/gzip"}, {"tar", "application/x-tar"},
            {"7z", "application/x-7z-compressed"}, {"wasm", "application/wasm"},
            {"doc", "application/msword"}, {"odt", "application/vnd.oasis.opendocument.text"},
            {"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
        };
        for (String[] row : table) {
            BY_EXTENSION.put(row[0], row[1]);
        }
    }

    private ContentTypes() {
    }

    /** The type for a logical path, by its extension (case-insensitive). */
    public static String of(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        if (dot <= slash + 1) {
            return DEFAULT;
        }
        return BY_EXTENSION.getOrDefault(path.substring(dot + 1).toLowerCase(Locale.ROOT), DEFAULT);
    }

    public static boolean isHtml(String type) {
        return HTML.equals(type);
    }

    public static boolean isCss(String type) {
        return CSS.equals(type);
    }
}
