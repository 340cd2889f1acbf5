package party.wtp.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import party.wtp.anchor.ResourceKey;
import party.wtp.crypto.PartyKey;
import party.wtp.crypto.SeededRandomness;
import party.wtp.keys.KeyFile;
import party.wtp.route.Route;
import party.wtp.testing.CommandRun;
import party.wtp.testing.Party;
import party.wtp.testing.Trees;

/** The repository's sample-site/ built for three mirrors, one copy of each unshared file: the whole chain on a real site. */
class SampleSiteBuildTest {
    static final Path SAMPLE = Path.of(System.getProperty("wtp.root", "..")).resolve("sample-site");
    static final List<String> MIRRORS = List.of("http://m1.party.test:8081/", "http://m2.party.test:8082/",
            "http://m3.party.test:8083/");

    @TempDir
    static Path tmp;
    static Path keyFile;
    static PartyKey key;
    static Path out;
    static CommandRun build;
    static List<Party> parties;
    static List<String> paths = new ArrayList<>();

    @BeforeAll
    static void buildTheSampleSite() throws Exception {
        key = PartyKey.generate(new SeededRandomness("sample site"));
        keyFile = tmp.resolve("party.key");
        Files.writeString(keyFile, KeyFile.encode(key));
        out = tmp.resolve("out");
        build = CommandRun.wtp("build", args(out));
        assertEquals(0, build.exit, build.toString());
        parties = Party.all(key, out);
        try (Stream<Path> s = Files.walk(SAMPLE)) {
            s.filter(Files::isRegularFile).forEach(p -> paths.add(SAMPLE.relativize(p).toString().replace('\\', '/')));
        }
    }

    private static List<String> args(Path to, String... extra) {
        List<String> a = new ArrayList<>(List.of(SAMPLE.toString(), "--out", to.toString(), "--key", keyFile.toString(),
                "--seed", "sample", "--replicas", "1"));
        for (String m : MIRRORS) {
            a.addAll(List.of("--mirror", m));
        }
        a.addAll(List.of(extra));
        return a;
    }

    private static String route(String path, String target) {
        return "#" + new Route(key.publicKey().fingerprint(), ResourceKey.forPath(key, path), target);
    }

    private static Party holder(String path) {
        for (Party p : parties) {
            if (p.holds(path)) {
                return p;
            }
        }
        throw new AssertionError("no mirror holds " + path);
    }

    @Test
    void buildsAndVerifies() {
        assertEquals(3, build.outLines().size(), build.out);
        for (int i = 0; i < 3; i++) {
            assertEquals(MIRRORS.get(i) + route("index.html", null), build.outLines().get(i));
        }
        CommandRun verify = CommandRun.wtp("verify", out.toString(), "--key", keyFile.toString());
        assertEquals(0, verify.exit, verify.toString());
        assertEquals("", verify.out);
    }

    @Test
    void everyEntryPageCarriesItsMirrorsListAsServed() throws Exception {
        java.util.regex.Pattern carried = java.util.regex.Pattern.compile(
                "<meta name=\"wtp-list\" content=\"([A-Za-z0-9_-]+)\">");
        for (Party p : parties) {
            java.util.regex.Matcher m = carried.matcher(Files.readString(p.folder.resolve("index.html")));
            assertTrue(m.find(), p.folder + "/index.html carries no list");
            assertArrayEquals(Files.readAllBytes(p.folder.resolve(p.manifestName())),
                    party.wtp.bytes.Base64Url.decode(m.group(1)), p.folder + ": the list carried is the file served");
        }
    }

    @Test
    void everyPageLinksByRoute() throws Exception {
        String index = new String(holder("index.html").open("index.html").content(), StandardCharsets.UTF_8);
        assertTrue(index.contains("href=\"" + route("about.html", "team") + "\""), index);
        assertTrue(index.contains("href=\"" + route("party plans.html", "parade") + "\""), index);
        assertTrue(index.contains("href=\"" + route("café menu.html", null) + "\""), index);
        assertTrue(index.contains("src=\"" + route("img/photo.jpg", null) + "\""), index);
        assertTrue(index.contains("href=\"https://example.org/owls\""), index);
        assertTrue(index.contains("href=\"last-year.html\""), "a link to a missing page stays: " + index);
        assertTrue(build.err.contains("index.html: last-year.html: "), build.err);
        String guide = new String(holder("docs/guide/index.html").open("docs/guide/index.html").content(),
                StandardCharsets.UTF_8);
        assertTrue(guide.contains("href=\"" + route("café menu.html", null) + "\""), guide);
        assertTrue(guide.contains("href=\"" + route("docs/guide/install.html", "step-2") + "\""), guide);
        String about = new String(holder("about.html").open("about.html").content(), StandardCharsets.UTF_8);
        assertTrue(about.contains("href=\"" + route("docs/guide/index.html", null) + "\""), "a folder link: " + about);
        assertTrue(about.contains("href=\"" + route("index.html", null) + "\""), about);
    }

    @Test
    void eachPageCarriesItsClosureThroughImportedSheets() throws Exception {
        // index.html loads site.css, which @imports theme.css (its url() names the logo) and names a font and the
        // confetti background: all of it, sheets first, in the order first named; no link target, not the page
        assertEquals(keys("css/site.css", "css/theme.css", "img/logo.svg", "img/photo.jpg", "img/balloon.png",
                "img/balloon-2x.png", "js/countdown.js", "fonts/festival-serif.woff", "img/confetti.png"),
                holder("index.html").open("index.html").meta().closure());
        // about.html names confetti.png itself (a style attribute) before the sheet's url() does
        assertEquals(keys("css/site.css", "css/theme.css", "img/confetti.png", "fonts/festival-serif.woff",
                "img/logo.svg"), holder("about.html").open("about.html").meta().closure());
        assertTrue(holder("css/site.css").open("css/site.css").meta().closure().isEmpty(), "only pages carry one");
        assertTrue(holder("img/photo.jpg").open("img/photo.jpg").meta().closure().isEmpty());
    }

    private static List<ResourceKey> keys(String... paths) {
        List<ResourceKey> keys = new ArrayList<>();
        for (String p : paths) {
            keys.add(ResourceKey.forPath(key, p));
        }
        return keys;
    }

    @Test
    void sharedAssetsAreOnEveryMirrorAndTheRestOnOne() {
        for (String path : List.of("index.html", "about.html", "css/site.css", "css/theme.css", "img/logo.svg",
                "img/photo.jpg", "fonts/festival-serif.woff", "img/confetti.png", Build.SITE_MAP_PATH)) {
            for (Party p : parties) {
                assertTrue(p.holds(path), path + " on " + p.folder.getFileName());
            }
        }
        int holders = 0;
        for (Party p : parties) {
            holders += p.holds("LICENSES.txt") ? 1 : 0;
        }
        assertEquals(1, holders, "no page links LICENSES.txt");
    }

    @Test
    void metadataIsGoneFromPhotosAndDocuments() throws Exception {
        byte[] photo = holder("img/photo.jpg").open("img/photo.jpg").content();
        byte[] pdf = holder("files/invitation.pdf").open("files/invitation.pdf").content();
        assertEquals((byte) 0xff, photo[0]);
        assertEquals((byte) 0xd8, photo[1]);
        String photoText = new String(photo, StandardCharsets.ISO_8859_1);
        String pdfText = new String(pdf, StandardCharsets.ISO_8859_1);
        for (String secret : List.of("Wilhelmina Quarrington", "Fictocam", "Quedlinburg", "DarkroomWizard")) {
            assertTrue(new String(Files.readAllBytes(SAMPLE.resolve("img/photo.jpg")), StandardCharsets.ISO_8859_1)
                    .contains(secret), "the sample photo has " + secret);
            assertFalse(photoText.contains(secret), secret + " left in the photo");
            assertFalse(pdfText.contains(secret), secret + " left in the PDF");
        }
        assertTrue(pdfText.startsWith("%PDF-"));
    }

    @Test
    void keepMetadataPublishesFilesAsTheyAre() throws Exception {
        Path kept = tmp.resolve("kept");
        CommandRun run = CommandRun.wtp("build", args(kept, "--keep-metadata"));
        assertEquals(0, run.exit, run.toString());
        for (String path : List.of("img/photo.jpg", "files/invitation.pdf", "img/balloon.png")) {
            Party p = null;
            for (Party candidate : Party.all(key, kept)) {
                if (candidate.holds(path)) {
                    p = candidate;
                }
            }
            assertArrayEquals(Files.readAllBytes(SAMPLE.resolve(path)), p.open(path).content(), path);
        }
    }

    @Test
    void noNameTitleOrTextAppearsInTheOutput() throws Exception {
        List<String> secrets = new ArrayList<>(List.of("Marmalade Owl Festival", "seventh owl lands",
                "Wilhelmina Quarrington", "Pelican Harbour"));
        for (String path : paths) {
            if (path.equals("index.html")) {
                continue;
            }
            secrets.add(path);
            String base = path.substring(path.lastIndexOf('/') + 1);
            String stem = base.contains(".") ? base.substring(0, base.lastIndexOf('.')) : base;
            for (String s : List.of(base, stem)) {
                if (s.length() >= 6 && !s.equals("index.html")) {
                    secrets.add(s);
                }
            }
        }
        TreeSet<String> checked = new TreeSet<>();
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String name = out.relativize(p).toString();
                String latin = Files.isRegularFile(p)
                        ? new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1) : "";
                for (String secret : secrets) {
                    String encoded = new String(secret.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
                    assertFalse(name.contains(secret), secret + " in the name " + name);
                    assertFalse(latin.contains(encoded), secret + " inside " + name);
                }
                checked.add(name);
            }
        }
        assertTrue(checked.size() > 3 * paths.size() / 2, "looked at " + checked.size() + " files");
    }

    @Test
    void noTwoFilesAreByteIdentical() throws Exception {
        Map<String, String> seen = new HashMap<>();
        for (Party p : parties) {
            for (String name : p.files()) {
                String earlier = seen.put(Trees.sha256(Files.readAllBytes(p.folder.resolve(name))),
                        p.folder.getFileName() + "/" + name);
                assertNull(earlier, name + " equals " + earlier);
            }
        }
    }
}
