package party.wtp.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import party.wtp.build.Build;
import party.wtp.crypto.PartyKey;
import party.wtp.crypto.SeededRandomness;
import party.wtp.keys.KeyFile;
import party.wtp.testing.CommandRun;
import party.wtp.testing.Party;
import party.wtp.testing.TestSite;
import party.wtp.testing.Trees;

/** Each planted corruption is found, named in one line, and makes verify exit non-zero; with the secret or the public key. */
class VerifyCommandTest {
    static final List<String> MIRRORS = List.of("http://m1.party.test:8081/", "http://m2.party.test:8082/",
            "http://m3.party.test:8083/");

    @TempDir
    static Path shared;
    static Path full;
    static Path partial;
    static Path keyFile;
    static Path publicFile;
    static PartyKey key;

    @TempDir
    Path tmp;

    @BeforeAll
    static void buildTwice() throws Exception {
        Path site = shared.resolve("site");
        TestSite.create(site);
        key = PartyKey.generate(new SeededRandomness("verify test"));
        keyFile = shared.resolve("party.key");
        Files.writeString(keyFile, KeyFile.encode(key));
        publicFile = shared.resolve("party.pub");
        Files.writeString(publicFile, KeyFile.encodePublic(key.publicKey()));
        full = shared.resolve("full");
        partial = shared.resolve("partial");
        build(site, full);
        build(site, partial, "--replicas", "2");
    }

    private static void build(Path site, Path out, String... extra) {
        List<String> a = new ArrayList<>(List.of(site.toString(), "--out", out.toString(), "--key", keyFile.toString(),
                "--seed", "verify"));
        for (String m : MIRRORS) {
            a.addAll(List.of("--mirror", m));
        }
        a.addAll(List.of(extra));
        CommandRun run = CommandRun.wtp("build", a);
        assertEquals(0, run.exit, run.toString());
    }

    private Path copyOf(Path build) throws IOException {
        Path dir = tmp.resolve("copy");
        Trees.copy(build, dir);
        return dir;
    }

    private static List<Party> parties(Path dir) throws Exception {
        return Party.all(key, dir);
    }

    private static CommandRun verify(Path dir, String... args) {
        List<String> a = new ArrayList<>(List.of(dir.toString()));
        a.addAll(List.of(args));
        return CommandRun.wtp("verify", a);
    }

    /** Verify with the secret and with the public key: both fail, and each problem list has a line with every fragment. */
    private static List<String> problems(Path dir, boolean publicToo, String... fragments) {
        List<String> all = new ArrayList<>();
        List<Path> keys = publicToo ? List.of(keyFile, publicFile) : List.of(keyFile);
        for (Path k : keys) {
            CommandRun run = verify(dir, "--key", k.toString());
            assertEquals(1, run.exit, run.toString());
            List<String> lines = run.outLines();
            assertFalse(lines.isEmpty(), run.toString());
            boolean found = lines.stream().anyMatch(l -> java.util.Arrays.stream(fragments).allMatch(l::contains));
            assertTrue(found, "a line with " + List.of(fragments) + " in " + run);
            assertFalse(run.err.contains("Exception"), run.err);
            all.addAll(lines);
        }
        return all;
    }

    private static void flip(Path file, long offset) throws IOException {
        byte[] data = Files.readAllBytes(file);
        data[(int) (offset < 0 ? data.length + offset : offset)] ^= 0x10;
        Files.write(file, data);
    }

    @Test
    void aGoodBuildPasses() {
        for (Path dir : List.of(full, partial)) {
            for (Path k : List.of(keyFile, publicFile)) {
                CommandRun run = verify(dir, "--key", k.toString());
                assertEquals(0, run.exit, run.toString());
                assertEquals("", run.out);
            }
            CommandRun byFingerprint = verify(dir, "--fingerprint", key.publicKey().fingerprint().toString());
            assertEquals(0, byFingerprint.exit, byFingerprint.toString());
        }
    }

    @Test
    void aFlippedByteInABodyIsFound() throws Exception {
        Path dir = copyOf(full);
        Party p = parties(dir).get(1);
        String name = p.fileName(TestSite.LARGE);
        flip(p.folder.resolve(name), 2_000_000);
        problems(dir, true, "m2.party.test_8082/" + name, "bad proof");
        problems(dir, false, TestSite.LARGE, "bad proof");
    }

    @Test
    void aFlippedByteInAHeaderOrInnerKeyIsFound() throws Exception {
        Path dir = copyOf(full);
        Party p = parties(dir).get(0);
        String header = p.fileName(TestSite.REPORT);
        String innerKey = p.fileName(TestSite.PHOTO);
        String last = p.fileName(TestSite.UNICODE);
        flip(p.folder.resolve(header), 40);
        flip(p.folder.resolve(innerKey), 0);
        flip(p.folder.resolve(last), -1);
        List<String> lines = problems(dir, false, header);
        assertTrue(lines.stream().anyMatch(l -> l.contains(innerKey)), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains(last) && l.contains("bad proof")), lines.toString());
        problems(dir, true, innerKey);
    }

    @Test
    void aFlippedByteInAManifestIsFound() throws Exception {
        Path dir = copyOf(full);
        Party p = parties(dir).get(2);
        flip(p.folder.resolve(p.manifestName()), 200);
        problems(dir, true, p.manifestName() + " (manifest)");
    }

    @Test
    void aMissingFileIsFound() throws Exception {
        Path dir = copyOf(full);
        Party p = parties(dir).get(0);
        Files.delete(p.folder.resolve(p.fileName(TestSite.SOLO)));
        problems(dir, true, p.fileName(TestSite.SOLO), "missing (its manifest says it holds everything)");
        problems(dir, false, TestSite.SOLO, "missing");
    }

    @Test
    void aMissingFileOnAPartialMirrorIsFound() throws Exception {
        Path dir = copyOf(partial);
        Party holder = null;
        for (Party p : parties(dir)) {
            if (p.holds(TestSite.REPORT)) {
                holder = p;
            }
        }
        assertFalse(holder.manifest.self().holdings().holdsAll());
        Files.delete(holder.folder.resolve(holder.fileName(TestSite.REPORT)));
        String folder = holder.folder.getFileName() + "/";
        problems(dir, true, folder, "1 file(s) missing");
        problems(dir, false, folder, "perhaps", TestSite.REPORT);
    }

    @Test
    void theEntryPageAndSiteMapMustBeEverywhere() throws Exception {
        Path dir = copyOf(partial);
        Party p = parties(dir).get(2);
        Files.delete(p.folder.resolve(p.fileName("index.html")));
        Files.delete(p.folder.resolve(p.fileName(Build.SITE_MAP_PATH)));
        problems(dir, true, p.fileName("index.html"), "missing (every mirror holds the entry page)");
        problems(dir, false, p.fileName(Build.SITE_MAP_PATH), "missing (every mirror holds the site map)");
    }

    @Test
    void anExtraFileOrFolderIsFound() throws Exception {
        Path dir = copyOf(partial);
        Party p = parties(dir).get(1);
        Files.writeString(p.folder.resolve("notes.txt"), "left behind");
        Files.createDirectories(p.folder.resolve("assets"));
        Files.writeString(dir.resolve("README"), "x");
        List<String> lines = problems(dir, true, "m2.party.test_8082/notes.txt", "extra file");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("m2.party.test_8082/assets/")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("README: not part of the build")), lines.toString());
    }

    @Test
    void aFileCopiedOverFromAnotherMirrorIsFound() throws Exception {
        Path dir = copyOf(full);
        List<Party> ps = parties(dir);
        Party a = ps.get(0);
        Party b = ps.get(1);
        String nameA = a.fileName(TestSite.CSS);
        Files.copy(b.folder.resolve(b.fileName(TestSite.CSS)), a.folder.resolve(nameA),
                StandardCopyOption.REPLACE_EXISTING);
        problems(dir, true, nameA, "byte-identical to", b.fileName(TestSite.CSS));
    }

    @Test
    void anotherResourceUnderAFilesNameIsFound() throws Exception {
        Path dir = copyOf(full);
        Party a = parties(dir).get(0);
        Files.copy(a.folder.resolve(a.fileName(TestSite.PHOTO)), a.folder.resolve(a.fileName(TestSite.BACKDROP)),
                StandardCopyOption.REPLACE_EXISTING);
        problems(dir, true, a.fileName(TestSite.BACKDROP), "wrong resource");
        Files.copy(a.folder.resolve(a.fileName(TestSite.PHOTO)), a.folder.resolve(a.fileName(TestSite.BACKDROP)),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void anotherMirrorsManifestIsFound() throws Exception {
        Path dir = copyOf(full);
        List<Party> ps = parties(dir);
        Files.copy(ps.get(1).folder.resolve(ps.get(1).manifestName()), ps.get(0).folder.resolve(ps.get(0).manifestName()),
                StandardCopyOption.REPLACE_EXISTING);
        problems(dir, true, ps.get(0).manifestName() + " (manifest)", "wrong resource");
    }

    @Test
    void aTruncatedFileIsFound() throws Exception {
        Path dir = copyOf(full);
        Party p = parties(dir).get(2);
        Path f = p.folder.resolve(p.fileName(TestSite.REPORT));
        byte[] data = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(data, data.length - 100));
        problems(dir, true, p.fileName(TestSite.REPORT), "truncated");
    }

    @Test
    void anotherPartysKeyFindsNothingAuthentic() throws Exception {
        Path other = tmp.resolve("other.key");
        Files.writeString(other, KeyFile.encode(PartyKey.generate(new SeededRandomness("someone else"))));
        CommandRun run = verify(full, "--key", other.toString());
        assertEquals(1, run.exit, run.toString());
        assertTrue(run.outLines().stream().anyMatch(l -> l.contains("bad signature")), run.toString());
        CommandRun byFingerprint = verify(full, "--fingerprint", "AAAAAAAAAAAAAAAAAAAAAA");
        assertEquals(1, byFingerprint.exit, byFingerprint.toString());
        assertTrue(byFingerprint.out.contains("no mirror's manifest carries a key with fingerprint"), byFingerprint.out);
    }

    @Test
    void aDamagedEntryPageOrMissingMirrorListIsFound() throws Exception {
        Path dir = copyOf(full);
        Party p = parties(dir).get(0);
        Path index = p.folder.resolve("index.html");
        Files.writeString(index, Files.readString(index).replace("content=\"" + p.salt, "content=\"A"
                + p.salt.toString().substring(1)));
        Files.delete(dir.resolve("mirrors.txt"));
        List<String> lines = problems(dir, true, "mirrors.txt: missing");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("m1.party.test_8081/index.html: names salt")),
                lines.toString());
    }

    @Test
    void unusableArgumentsExitTwo() throws Exception {
        CommandRun noDir = verify(tmp.resolve("nothing"), "--key", keyFile.toString());
        assertEquals(2, noDir.exit);
        assertEquals("wtp: " + tmp.resolve("nothing") + ": folder does not exist\n", noDir.err);
        CommandRun noKey = verify(full);
        assertEquals(2, noKey.exit);
        assertTrue(noKey.err.contains("give --key FILE"), noKey.err);
        CommandRun badFp = verify(full, "--fingerprint", "not-a-fingerprint");
        assertEquals(2, badFp.exit);
        assertTrue(badFp.err.startsWith("wtp: --fingerprint not-a-fingerprint: "), badFp.err);
        CommandRun mismatch = verify(full, "--key", keyFile.toString(), "--fingerprint", "AAAAAAAAAAAAAAAAAAAAAA");
        assertEquals(2, mismatch.exit);
        assertTrue(mismatch.err.contains("does not match the key"), mismatch.err);
    }
}
