package party.wtp.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A small site made for tests: two pages that share a style sheet and images, a page only one page links to, a
 * style sheet with its own background image, a PDF-ish file, a 3 MiB file (several read chunks) no page links to,
 * and a non-ASCII name. Names, title and text are distinctive so their absence from the output can be checked.
 */
public final class TestSite {
    public static final String TITLE = "Zanzibar Midnight Gathering";
    public static final String TEXT = "bring the violet lanterns to the quarry";
    public static final String ABOUT = "secret-about-page.html";
    public static final String SOLO = "notes/solo-orchid-page.html";
    public static final String CSS = "css/quaint-style.css";
    public static final String PHOTO = "img/photo-of-lake.png";
    public static final String BACKDROP = "img/backdrop-texture.png";
    public static final String ONLY_SOLO = "img/orchid-closeup.png";
    public static final String REPORT = "docs/hidden-report.pdf";
    public static final String LARGE = "reels/large-video.bin";
    public static final String UNICODE = "naïve-ünïcode-notes.txt";

    private TestSite() {
    }

    /** Writes the site into {@code dir} (created) and returns each logical path with its exact bytes. */
    public static Map<String, byte[]> create(Path dir) throws IOException {
        Random random = new Random(42);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("index.html", utf8("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + TITLE
                + "</title>\n<link rel=\"stylesheet\" href=\"" + CSS + "\"></head>\n<body><h1>" + TITLE + "</h1><p>" + TEXT
                + "</p>\n<a href=\"" + ABOUT + "#crew\">About us</a>\n<img src=\"" + PHOTO + "\" alt=\"lake\">\n"
                + "<a href=\"https://example.org/elsewhere\">away</a></body></html>\n"));
        files.put(ABOUT, utf8("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Who organises the gathering"
                + "</title>\n<link rel=\"stylesheet\" href=\"" + CSS + "\"></head>\n<body><h2 id=\"crew\">Crew</h2>"
                + "<p>Quiet orchid keepers</p>\n<a href=\"index.html\">home</a> <a href=\"" + SOLO + "\">notes</a>\n"
                + "<a href=\"" + REPORT + "\">report</a> <img src=\"" + PHOTO + "\"></body></html>\n"));
        files.put(SOLO, utf8("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Orchid notes</title></head>\n"
                + "<body><p>Only one page links here.</p><img src=\"../" + ONLY_SOLO + "\"></body></html>\n"));
        files.put(CSS, utf8("body { background: url(\"../" + BACKDROP + "\") repeat; color: #222; }\n"));
        files.put(PHOTO, png(random, 5_000));
        files.put(BACKDROP, png(random, 2_000));
        files.put(ONLY_SOLO, png(random, 7_000));
        files.put(REPORT, pdf(random, 100_000));
        byte[] large = new byte[3 * (1 << 20) + 12_345];
        random.nextBytes(large);
        files.put(LARGE, large);
        files.put(UNICODE, utf8("Ünïcode notes, nothing else.\n"));
        write(dir, files);
        return files;
    }

    public static void write(Path dir, Map<String, byte[]> files) throws IOException {
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, e.getValue());
        }
    }

    /** Strings that must not appear anywhere in a build's output: names, paths, title, text. */
    public static List<String> secrets(Map<String, byte[]> files) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>(List.of(TITLE, TEXT, "Quiet orchid keepers",
                "Who organises the gathering", "Orchid notes"));
        for (String path : files.keySet()) {
            if (path.equals("index.html")) {
                continue;
            }
            out.add(path);
            String base = path.substring(path.lastIndexOf('/') + 1);
            out.add(base);
            if (base.contains(".")) {
                out.add(base.substring(0, base.lastIndexOf('.')));
            }
        }
        out.addAll(List.of("notes", "reels", "quaint", "orchid"));
        return out;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] png(Random random, int size) {
        byte[] b = new byte[size];
        random.nextBytes(b);
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        System.arraycopy(magic, 0, b, 0, magic.length);
        return b;
    }

    private static byte[] pdf(Random random, int size) {
        byte[] b = new byte[size];
        random.nextBytes(b);
        byte[] magic = utf8("%PDF-1.4\n");
        System.arraycopy(magic, 0, b, 0, magic.length);
        return b;
    }
}
