package party.wtp.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import party.wtp.crypto.Sha256;
import party.wtp.crypto.SeededRandomness;
import party.wtp.merkle.InclusionProof;
import party.wtp.merkle.MerkleTree;
import party.wtp.naming.MirrorSalt;

class BuildPartsTest {
    @TempDir
    Path tmp;

    @Test
    void contentTypesByExtension() {
        assertEquals("text/html", ContentTypes.of("a/b/Index.HTML"));
        assertEquals("text/css", ContentTypes.of("style.css"));
        assertEquals("image/jpeg", ContentTypes.of("img/photo.jpeg"));
        assertEquals("font/woff2", ContentTypes.of("f.woff2"));
        assertEquals("application/octet-stream", ContentTypes.of("Makefile"));
        assertEquals("application/octet-stream", ContentTypes.of(".hidden"));
        assertEquals("application/octet-stream", ContentTypes.of("dir.v2/README"));
    }

    @Test
    void fragmentsAreDecodedToTheIdsTheyName() {
        assertEquals("step-2", SiteRewriter.decode("step-2"));
        assertEquals("caf\u00e9 menu", SiteRewriter.decode("caf%C3%A9%20menu"));
        assertEquals("100%", SiteRewriter.decode("100%"));
        assertEquals("%zz", SiteRewriter.decode("%zz"));
        assertEquals("%FF", SiteRewriter.decode("%FF"), "not UTF-8: kept as written");
        assertEquals("\uD83E\uDD89 owl", SiteRewriter.decode("\uD83E\uDD89%20owl"));
    }

    @Test
    void logicalPathsAreNfcWhateverTheDiskSays() throws Exception {
        String nfd = Normalizer.normalize("café.html", Normalizer.Form.NFD);
        Path site = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(site.resolve("index.html"), "x");
        Files.createDirectories(site.resolve("m\u0065\u0301nu"));
        Files.writeString(site.resolve("m\u0065\u0301nu").resolve(nfd), "y");
        Site scanned = Site.scan(site);
        String expected = Normalizer.normalize("m\u00e9nu/café.html", Normalizer.Form.NFC);
        assertTrue(scanned.has(expected), scanned.files().toString());
        assertEquals(List.of("index.html", expected), scanned.files().stream().map(SiteFile::path).toList());
        assertEquals(1, scanned.file(expected).size());
    }

    @Test
    void buildStateRoundTrips() throws Exception {
        MirrorSalt salt = MirrorSalt.generate(new SeededRandomness("s"));
        String digest = BuildState.digestOfNames(List.of("b", "a"));
        assertEquals(digest, BuildState.digestOfNames(List.of("a", "b")));
        new BuildState(7, "FP", Map.of("http://a/", new BuildState.Mirror("http://a/", salt, 12, digest))).write(tmp);
        BuildState read = BuildState.read(tmp);
        assertEquals(7, read.generation());
        assertEquals("FP", read.party());
        assertEquals(salt, read.mirrors().get("http://a/").salt);
        assertEquals(12, read.mirrors().get("http://a/").fileCount);
        assertEquals(digest, read.mirrors().get("http://a/").namesDigest);
        assertNull(BuildState.read(tmp.resolve("nothing-here")));
        Files.writeString(tmp.resolve(BuildState.FILE_NAME), "something else\n");
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> BuildState.read(tmp))
                .getMessage().contains("not a wtp build state file"));
    }

    @Test
    void stagingReplacesTheTargetOnlyOnCommit() throws Exception {
        Path target = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(target.resolve("old"), "old");
        try (StagingArea s = StagingArea.beside(target, new SeededRandomness("a"))) {
            Files.writeString(s.output().resolve("new"), "new");
            Files.writeString(s.work().resolve("scratch"), "x");
        }
        assertEquals(List.of("old"), names(target), "closed without commit: nothing changed");
        assertEquals(List.of("out"), names(tmp), "and no staging folder left");
        try (StagingArea s = StagingArea.beside(target, new SeededRandomness("b"))) {
            Files.writeString(s.output().resolve("new"), "new");
            Files.writeString(s.work().resolve("scratch"), "x");
            s.commit();
        }
        assertEquals(List.of("new"), names(target));
        assertEquals(List.of("out"), names(tmp));
        Path fresh = tmp.resolve("fresh");
        try (StagingArea s = StagingArea.beside(fresh, new SeededRandomness("c"))) {
            s.commit();
        }
        assertTrue(Files.isDirectory(fresh));
    }

    private static List<String> names(Path dir) throws Exception {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void mirrorPagesCarryTheSaltAndDifferPerMirror() throws Exception {
        MirrorSalt a = MirrorSalt.generate(new SeededRandomness("a"));
        MirrorSalt b = MirrorSalt.generate(new SeededRandomness("b"));
        party.wtp.manifest.MirrorUrl url = party.wtp.manifest.MirrorUrl.parse("http://m1.party.test:8001/");
        String entry = new String(MirrorPages.entryPage(a, url), StandardCharsets.UTF_8);
        assertTrue(entry.contains("<meta name=\"wtp-salt\" content=\"" + a + "\">"), entry);
        assertTrue(entry.contains("modern ? \"" + a.clientFileName() + "\" : \"" + a.legacyClientFileName() + "\""), entry);
        assertFalse(java.util.Arrays.equals(MirrorPages.client(a), MirrorPages.client(b)));
        assertFalse(java.util.Arrays.equals(MirrorPages.bridgePage(a), MirrorPages.bridgePage(b)));
        assertFalse(java.util.Arrays.equals(Sha256.of(MirrorPages.entryPage(a, url)), Sha256.of(MirrorPages.entryPage(b, url))));
        String bridge = new String(MirrorPages.bridgePage(a), StandardCharsets.UTF_8);
        assertTrue(bridge.contains("postMessage({id: m.id, status: status, buffer: buffer}"), bridge);
        assertTrue(new String(MirrorPages.client(a), StandardCharsets.UTF_8).contains("wtpClient"));
        assertFalse(java.util.Arrays.equals(MirrorPages.legacyClient(a), MirrorPages.legacyClient(b)));
        assertTrue(new String(MirrorPages.legacyClient(a), StandardCharsets.UTF_8).contains("wtpClient"));
    }
}
