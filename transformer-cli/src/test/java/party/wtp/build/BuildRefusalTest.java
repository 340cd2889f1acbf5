package party.wtp.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import party.wtp.crypto.PartyKey;
import party.wtp.crypto.SeededRandomness;
import party.wtp.keys.KeyFile;
import party.wtp.manifest.Manifest;
import party.wtp.testing.CommandRun;
import party.wtp.testing.TestSite;
import party.wtp.testing.Trees;

/**
 * Every kind of bad input: one line on stderr naming the file or option and the problem, exit code 2, nothing on
 * stdout, no stack trace, and the previous output folder exactly as it was, with no staging folder left beside it.
 */
class BuildRefusalTest {
    @TempDir
    Path tmp;
    Path site;
    Path out;
    Path keyFile;
    PartyKey key;
    Map<String, String> previous;

    @BeforeEach
    void buildOnce() throws Exception {
        site = tmp.resolve("site");
        out = tmp.resolve("out");
        TestSite.create(site);
        key = PartyKey.generate(new SeededRandomness("refusal test"));
        keyFile = tmp.resolve("party.key");
        Files.writeString(keyFile, KeyFile.encode(key));
        CommandRun first = CommandRun.wtp("build", args());
        assertEquals(0, first.exit, first.toString());
        previous = Trees.snapshot(out);
    }

    private List<String> args(String... extra) {
        List<String> a = new ArrayList<>(List.of(site.toString(), "--out", out.toString(), "--key", keyFile.toString(),
                "--seed", "s", "--mirror", "http://a.party.test/", "--mirror", "http://b.party.test/"));
        a.addAll(List.of(extra));
        return a;
    }

    private List<String> replace(List<String> args, String option, String value) {
        List<String> a = new ArrayList<>(args);
        a.set(a.indexOf(option) + 1, value);
        return a;
    }

    /** Runs, and checks the refusal and that nothing was written. Returns the message (without "wtp: "). */
    private String refused(List<String> args) throws IOException {
        CommandRun run = CommandRun.wtp("build", args);
        assertEquals(2, run.exit, run.toString());
        assertEquals("", run.out, "nothing on stdout");
        List<String> errors = new ArrayList<>();
        for (String line : run.errLines()) {
            if (!line.startsWith("wtp: warning: --seed")) {
                errors.add(line);
            }
        }
        assertEquals(1, errors.size(), run.err);
        String line = errors.get(0);
        assertTrue(line.startsWith("wtp: "), line);
        assertFalse(line.contains("Exception") || line.contains("\tat "), line);
        assertEquals(previous, Trees.snapshot(out), "the previous output is untouched");
        try (Stream<Path> s = Files.list(tmp)) {
            s.forEach(p -> assertFalse(p.getFileName().toString().contains("wtp-staging"), "left " + p));
        }
        return line.substring("wtp: ".length());
    }

    @Test
    void siteMissing() throws Exception {
        Path gone = tmp.resolve("no-site");
        assertEquals(gone + ": site folder does not exist", refused(withSite(gone)));
    }

    private List<String> withSite(Path other) {
        List<String> a = args();
        a.set(0, other.toString());
        return a;
    }

    @Test
    void siteIsAFile() throws Exception {
        Path file = tmp.resolve("file.html");
        Files.writeString(file, "<p>");
        assertEquals(file + ": is not a folder (give the site's folder)", refused(withSite(file)));
    }

    @Test
    void noIndexHtml() throws Exception {
        Files.delete(site.resolve("index.html"));
        assertEquals(site + ": no index.html at the top of the site (it is the entry page)", refused(args()));
    }

    @Test
    void symbolicLinkOutsideTheSite() throws Exception {
        Path outside = tmp.resolve("outside.txt");
        Files.writeString(outside, "private");
        Path link = site.resolve("docs/link.txt");
        Files.createSymbolicLink(link, outside);
        assertEquals(link + ": symbolic link points outside the site (to " + outside.toRealPath() + ")",
                refused(args()));
    }

    @Test
    void symbolicLinkCycle() throws Exception {
        Path link = site.resolve("docs/loop");
        Files.createSymbolicLink(link, site.resolve("docs"));
        assertEquals(link + ": symbolic link makes a cycle (it leads back to " + site.resolve("docs").toRealPath() + ")",
                refused(args()));
    }

    @Test
    void danglingSymbolicLink() throws Exception {
        Path link = site.resolve("dangling.png");
        Files.createSymbolicLink(link, site.resolve("not-there.png"));
        assertEquals(link + ": symbolic link points to nothing", refused(args()));
    }

    @Test
    void fileThatCannotBeRead() throws Exception {
        Path fifo = site.resolve("docs/pipe");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, p.waitFor());
        assertEquals(fifo + ": not a regular file or folder (a device, socket or pipe)", refused(args()));
    }

    @Test
    void fileWithoutReadPermission() throws Exception {
        Path secret = site.resolve("docs/locked.txt");
        Files.writeString(secret, "x");
        secret.toFile().setReadable(false, false);
        boolean stillReadable;
        try (var in = Files.newInputStream(secret)) {
            stillReadable = true;
        } catch (java.nio.file.AccessDeniedException e) {
            stillReadable = false;
        }
        if (stillReadable) {
            // running as root, permissions do not stop reading: then the file is simply published
            assertEquals(0, CommandRun.wtp("build", args()).exit);
        } else {
            assertEquals(secret + ": cannot read file (permission denied)", refused(args()));
        }
    }

    @Test
    void namesDifferingOnlyByCase() throws Exception {
        Files.writeString(site.resolve("Secret-About-Page.html"), "<p>");
        String message = refused(args());
        assertTrue(message.matches(".*(Secret-About-Page|secret-about-page)\\.html: its name differs from .*"
                + "(Secret-About-Page|secret-about-page)\\.html only by case; rename one of them"), message);
    }

    @Test
    void foldersDifferingOnlyByCase() throws Exception {
        Files.createDirectories(site.resolve("IMG"));
        Files.writeString(site.resolve("IMG/other.png"), "x");
        String message = refused(args());
        assertTrue(message.contains("only by case"), message);
    }

    @Test
    void namesDifferingOnlyByUnicodeNormalization() throws Exception {
        String nfc = Normalizer.normalize("café.html", Normalizer.Form.NFC);
        String nfd = Normalizer.normalize("café.html", Normalizer.Form.NFD);
        Files.writeString(site.resolve(nfc), "<p>1");
        Files.writeString(site.resolve(nfd), "<p>2");
        String message = refused(args());
        assertTrue(message.endsWith("only by Unicode normalization; rename one of them"), message);
        assertTrue(message.contains(nfc) || message.contains(nfd), message);
    }

    @Test
    void mirrorThatIsNotHttp() throws Exception {
        assertEquals("--mirror ftp://a.party.test/: mirror URL must start with http:// or https://",
                refused(replace(args(), "--mirror", "ftp://a.party.test/")));
    }

    @Test
    void mirrorWithQuery() throws Exception {
        String message = refused(replace(args(), "--mirror", "http://a.party.test/?x=1"));
        assertEquals("--mirror http://a.party.test/?x=1: mirror URL must not have a query, fragment or user name",
                message);
    }

    @Test
    void sameMirrorTwice() throws Exception {
        assertEquals("--mirror HTTP://A.party.test:80: the same mirror is given twice",
                refused(args("--mirror", "HTTP://A.party.test:80")));
    }

    @Test
    void noMirror() throws Exception {
        List<String> a = new ArrayList<>(List.of(site.toString(), "--out", out.toString(), "--key", keyFile.toString()));
        CommandRun run = CommandRun.wtp("build", a);
        assertEquals(2, run.exit);
        assertTrue(run.err.contains("--mirror"), run.err);
        assertEquals(previous, Trees.snapshot(out));
    }

    @Test
    void moreReplicasThanMirrors() throws Exception {
        assertEquals("--replicas 3: more than the 2 mirror(s) given", refused(args("--replicas", "3")));
        assertEquals("--replicas 0: must be at least 1", refused(args("--replicas", "0")));
        assertEquals("--list-size 0: must be at least 1", refused(args("--list-size", "0")));
    }

    @Test
    void keyFileMissing() throws Exception {
        Path gone = tmp.resolve("gone.key");
        assertEquals(gone + ": key file does not exist", refused(replace(args(), "--key", gone.toString())));
    }

    @Test
    void keyFileHoldsOnlyThePublicKey() throws Exception {
        Path pub = tmp.resolve("party.pub");
        Files.writeString(pub, KeyFile.encodePublic(key.publicKey()));
        assertEquals(pub + ": holds only a public key; building needs the party's secret key file",
                refused(replace(args(), "--key", pub.toString())));
    }

    @Test
    void keyFileOfTheWrongKind() throws Exception {
        Path ssh = tmp.resolve("id_ed25519");
        Files.writeString(ssh, "-----BEGIN OPENSSH PRIVATE KEY-----\n");
        String message = refused(replace(args(), "--key", ssh.toString()));
        assertTrue(message.startsWith(ssh + ": not a WTP party key file"), message);
    }

    @Test
    void wrongPassphrase() throws Exception {
        Path sealed = tmp.resolve("sealed.key");
        Files.writeString(sealed, KeyFile.encodeSealed(key, "right".getBytes(StandardCharsets.UTF_8),
                new SeededRandomness("x")));
        Path pass = tmp.resolve("pass");
        Files.writeString(pass, "wrong\n");
        List<String> a = replace(args(), "--key", sealed.toString());
        assertEquals(sealed + ": wrong passphrase (or the key file is damaged)",
                refused(withOption(a, "--passphrase-file", pass.toString())));
        assertEquals(sealed + ": the key is sealed with a passphrase; give --passphrase-file", refused(a));
    }

    private static List<String> withOption(List<String> args, String option, String value) {
        List<String> a = new ArrayList<>(args);
        a.add(option);
        a.add(value);
        return a;
    }

    @Test
    void outputFolderNotMadeByWtp() throws Exception {
        Path other = tmp.resolve("photos");
        Files.createDirectories(other);
        Files.writeString(other.resolve("holiday.jpg"), "precious");
        String message = refused(replace(args(), "--out", other.toString()));
        assertEquals(other + ": exists, is not empty and was not made by wtp build; use --force to replace it", message);
        assertEquals("precious", Files.readString(other.resolve("holiday.jpg")));
    }

    @Test
    void outputInsideTheSite() throws Exception {
        Path inside = site.resolve("out");
        assertEquals(inside + ": the output folder must not be inside the site folder",
                refused(replace(args(), "--out", inside.toString())));
        assertFalse(Files.exists(inside));
    }

    @Test
    void badAboutAndReportUrl() throws Exception {
        Path missing = tmp.resolve("about.txt");
        assertEquals(missing + ": --about file does not exist or is not a file",
                refused(args("--about", missing.toString())));
        assertEquals("--report-url mailto:x@example.org: must be an http:// or https:// URL",
                refused(args("--report-url", "mailto:x@example.org")));
        Path latin1 = tmp.resolve("latin1.txt");
        Files.write(latin1, new byte[] {'c', 'a', 'f', (byte) 0xe9});
        assertEquals(latin1 + ": --about text is not UTF-8", refused(args("--about", latin1.toString())));
        Path large = tmp.resolve("large.txt");
        Files.write(large, new byte[Manifest.MAX_ABOUT + 1]);
        assertEquals(large + ": --about text is longer than " + Manifest.MAX_ABOUT + " bytes",
                refused(args("--about", large.toString())));
        assertEquals(tmp + ": --about file does not exist or is not a file", refused(args("--about", tmp.toString())));
    }

    @Test
    void aFailureHalfwayLeavesThePreviousOutputAsItWas() throws Exception {
        Rewriter failing = new Rewriter() {
            @Override
            public byte[] html(String path, byte[] content, Links links, Consumer<String> warnings) throws IOException {
                if (path.equals(TestSite.SOLO)) {
                    throw new IOException("disk on fire");
                }
                return content;
            }

            @Override
            public byte[] css(String path, byte[] content, Links links, Consumer<String> warnings) {
                return content;
            }
        };
        BuildOptions o = new BuildOptions();
        o.site = site;
        o.out = out;
        o.key = keyFile;
        o.seed = "s";
        o.mirrors = List.of("http://a.party.test/", "http://b.party.test/");
        IOException e = assertThrows(IOException.class,
                () -> new Build(url -> failing, Scrubber.NONE, BuildLog.SILENT).run(o));
        assertEquals("disk on fire", e.getMessage());
        assertEquals(previous, Trees.snapshot(out));
        try (Stream<Path> s = Files.list(tmp)) {
            s.forEach(p -> assertFalse(p.getFileName().toString().contains("wtp-staging"), "left " + p));
        }
    }

    @Test
    void aFileThatChangesSizeAfterItWasPreparedFailsTheBuild() throws Exception {
        Scrubber growing = (source, dest, warnings) -> false;
        BuildLog log = StageHook.at("sealing",
                () -> Files.writeString(site.resolve(TestSite.UNICODE), "changed and grown behind the build's back\n"));
        BuildOptions o = new BuildOptions();
        o.site = site;
        o.out = out;
        o.key = keyFile;
        o.seed = "s";
        o.mirrors = List.of("http://a.party.test/");
        BuildException e = assertThrows(BuildException.class, () -> new Build(url -> Rewriter.NONE, growing, log).run(o));
        assertEquals(site.resolve(TestSite.UNICODE) + ": file changed during the build; run the build again",
                e.getMessage());
        assertEquals(previous, Trees.snapshot(out));
    }
}
