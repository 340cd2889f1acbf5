package party.wtp.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import party.wtp.anchor.ResourceKey;
import party.wtp.crypto.PartyKey;
import party.wtp.crypto.SeededRandomness;
import party.wtp.envelope.OpenedResource;
import party.wtp.keys.KeyFile;
import party.wtp.manifest.MirrorEntry;
import party.wtp.manifest.MirrorUrl;
import party.wtp.route.Route;
import party.wtp.route.SiteMap;
import party.wtp.testing.CommandRun;
import party.wtp.testing.Party;
import party.wtp.testing.TestSite;
import party.wtp.testing.Trees;

class BuildCommandTest {
    static final List<String> MIRRORS =
            List.of("http://m1.party.test:8081/", "http://m2.party.test:8082/", "https://m3.party.test/sub/dir/");

    @TempDir
    Path tmp;
    Path site;
    Path out;
    Path keyFile;
    PartyKey key;
    Map<String, byte[]> files;

    @BeforeEach
    void setUp() throws Exception {
        site = tmp.resolve("site");
        out = tmp.resolve("out");
        files = TestSite.create(site);
        key = PartyKey.generate(new SeededRandomness("build command test"));
        keyFile = tmp.resolve("party.key");
        Files.writeString(keyFile, KeyFile.encode(key));
    }

    private List<String> args(String... extra) {
        List<String> a = new ArrayList<>(List.of(site.toString(), "--out", out.toString(), "--key", keyFile.toString(),
                "--seed", "test seed"));
        for (String m : MIRRORS) {
            a.add("--mirror");
            a.add(m);
        }
        a.addAll(List.of(extra));
        return a;
    }

    private CommandRun build(List<String> args) {
        return CommandRun.wtp("build", args);
    }

    private CommandRun buildOk(List<String> args) {
        CommandRun run = build(args);
        assertEquals(0, run.exit, run.toString());
        assertFalse(run.err.contains("Exception"), run.err);
        return run;
    }

    private List<Party> parties() throws Exception {
        return Party.all(key, out);
    }

    @Test
    void writesOneFolderPerMirrorAndPrintsOneEntryUrlEach() throws Exception {
        CommandRun run = buildOk(args());
        List<String> lines = run.outLines();
        assertEquals(3, lines.size(), run.out);
        Route expected = new Route(key.publicKey().fingerprint(), ResourceKey.forPath(key, "index.html"), null);
        for (int i = 0; i < 3; i++) {
            assertEquals(MIRRORS.get(i) + "#" + expected, lines.get(i));
            Route parsed = Route.parse(lines.get(i).substring(lines.get(i).indexOf('#')));
            assertEquals(key.publicKey().fingerprint(), parsed.party());
        }
        Set<String> top = new TreeSet<>();
        try (Stream<Path> s = Files.list(out)) {
            s.forEach(p -> top.add(p.getFileName().toString()));
        }
        assertEquals(new TreeSet<>(List.of(".wtp-build", "mirrors.txt", "m1.party.test_8081", "m2.party.test_8082",
                "m3.party.test_443_sub_dir")), top);
        assertEquals(String.join("\n", MIRRORS) + "\n", Files.readString(out.resolve("mirrors.txt")));
        BuildState state = BuildState.read(out);
        assertEquals(1, state.generation());
        assertEquals(key.publicKey().fingerprint().toString(), state.party());

        for (Party p : parties()) {
            Set<String> expectedFiles = new TreeSet<>(List.of("index.html", p.salt.bridgeFileName(),
                    p.salt.clientFileName(), p.salt.legacyClientFileName(), p.manifestName(),
                    p.fileName(Build.SITE_MAP_PATH)));
            for (String path : files.keySet()) {
                expectedFiles.add(p.fileName(path));
            }
            assertEquals(expectedFiles, p.files(), "exactly these files on " + p.folder);
            String index = Files.readString(p.folder.resolve("index.html"));
            assertTrue(index.contains("\"" + p.salt.clientFileName() + "\"")
                    && index.contains("\"" + p.salt.legacyClientFileName() + "\""), "loads one of both clients: " + index);
            assertTrue(index.contains("<meta name=\"wtp-salt\" content=\"" + p.salt + "\">"), index);
            String bridge = Files.readString(p.folder.resolve(p.salt.bridgeFileName()));
            assertTrue(bridge.contains("responseType = \"arraybuffer\"") && bridge.contains("postMessage(\"ready\""), bridge);
            assertTrue(p.manifest.self().holdings().holdsAll());
            assertEquals(2, p.manifest.mirrors().size());
            assertEquals(1, p.manifest.generation());
            assertEquals(ResourceKey.forPath(key, "index.html").id(), p.manifest.entry());
        }
        assertTrue(run.err.contains("--seed"), "warns that --seed is for tests: " + run.err);
    }

    @Test
    void everyResourceOpensWithTheKeyOfItsPathOnEveryMirror() throws Exception {
        buildOk(args());
        ResourceKey mapKey = ResourceKey.forPath(key, Build.SITE_MAP_PATH);
        for (Party p : parties()) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                OpenedResource r = p.open(f.getKey());
                assertEquals(f.getKey(), r.meta().path());
                assertEquals(ContentTypes.of(f.getKey()), r.meta().contentType());
                boolean page = f.getKey().endsWith(".html");
                assertEquals(page ? mapKey : null, r.meta().siteMap(), f.getKey());
                if (!page && !f.getKey().endsWith(".css")) {
                    assertArrayEquals(f.getValue(), r.content(), f.getKey());
                }
            }
            OpenedResource map = p.open(Build.SITE_MAP_PATH);
            assertEquals(SiteMap.CONTENT_TYPE, map.meta().contentType());
            SiteMap decoded = SiteMap.decode(map.buffer(), map.contentOffset(), map.contentLength());
            assertEquals(files.keySet(), decoded.entries().keySet());
            for (String path : files.keySet()) {
                assertEquals(ResourceKey.forPath(key, path), decoded.keyOf(path));
            }
        }
        assertEquals("text/html", parties().get(0).open("index.html").meta().contentType());
        assertEquals("image/png", parties().get(0).open(TestSite.PHOTO).meta().contentType());
    }

    private String route(String path, String target) {
        return "#" + new Route(key.publicKey().fingerprint(), ResourceKey.forPath(key, path), target);
    }

    @Test
    void pagesAndStyleSheetsLinkByRouteAndSharedAssetsGoOnEveryMirror() throws Exception {
        CommandRun run = buildOk(args("--replicas", "1"));
        List<Party> parties = parties();
        String index = new String(parties.get(0).open("index.html").content(), StandardCharsets.UTF_8);
        assertTrue(index.contains("<a href=\"" + route(TestSite.ABOUT, "crew") + "\">About us</a>"), index);
        assertTrue(index.contains("<link rel=\"stylesheet\" href=\"" + route(TestSite.CSS, null) + "\">"), index);
        assertTrue(index.contains("<img src=\"" + route(TestSite.PHOTO, null) + "\" alt=\"lake\">"), index);
        assertTrue(index.contains("<a href=\"https://example.org/elsewhere\">"), "external links stay: " + index);
        assertTrue(index.contains("<title>" + TestSite.TITLE + "</title>"), "the rest of the page is as written");
        Set<String> shared = Set.of("index.html", TestSite.ABOUT, TestSite.CSS, TestSite.PHOTO, TestSite.BACKDROP,
                Build.SITE_MAP_PATH);
        for (String path : shared) {
            for (Party p : parties) {
                assertTrue(p.holds(path), path + " on every mirror, here " + p.folder);
            }
        }
        String css = new String(parties.get(1).open(TestSite.CSS).content(), StandardCharsets.UTF_8);
        assertTrue(css.contains(route(TestSite.BACKDROP, null)), css);
        for (String path : List.of(TestSite.SOLO, TestSite.ONLY_SOLO, TestSite.REPORT, TestSite.LARGE, TestSite.UNICODE)) {
            int holders = 0;
            Party holder = null;
            for (Party p : parties) {
                if (p.holds(path)) {
                    holders++;
                    holder = p;
                }
            }
            assertEquals(1, holders, path);
            if (path.equals(TestSite.SOLO)) {
                String solo = new String(holder.open(path).content(), StandardCharsets.UTF_8);
                assertTrue(solo.contains("<img src=\"" + route(TestSite.ONLY_SOLO, null) + "\">"), solo);
            }
        }
        assertTrue(run.err.isEmpty() || !run.err.contains("warning: " + TestSite.ABOUT), run.err);
        CommandRun verify = CommandRun.wtp("verify", out.toString(), "--key", keyFile.toString());
        assertEquals(0, verify.exit, verify.toString());
    }

    @Test
    void linksToMissingFilesAreReportedAndLeftAlone() throws Exception {
        Files.writeString(site.resolve("index.html"), "<a href=\"gone.html\">x</a>");
        CommandRun run = buildOk(args());
        assertTrue(run.err.contains("wtp: warning: index.html: gone.html: "), run.err);
        String index = new String(parties().get(0).open("index.html").content(), StandardCharsets.UTF_8);
        assertEquals("<a href=\"gone.html\">x</a>", index);
    }

    @Test
    void aHugePageIsPublishedWithoutRewriting() throws Exception {
        Path huge = site.resolve("huge.html");
        try (var w = Files.newBufferedWriter(huge, StandardCharsets.UTF_8)) {
            w.write("<a href=\"index.html\">home</a>");
            char[] filler = new char[1 << 16];
            java.util.Arrays.fill(filler, 'x');
            for (int i = 0; i <= Preparation.MAX_DOCUMENT / filler.length; i++) {
                w.write(filler);
            }
        }
        CommandRun run = buildOk(args());
        assertTrue(run.err.contains("wtp: warning: huge.html: larger than 64.0 MiB, published without rewriting its links"),
                run.err);
        OpenedResource page = parties().get(0).open("huge.html");
        assertEquals(Files.size(huge), page.contentLength());
        assertEquals("<a href=\"index.html\">", new String(page.buffer(), page.contentOffset(), 21,
                StandardCharsets.UTF_8));
    }

    @Test
    void absoluteLinksToTheSiteUrlBecomeRoutes() throws Exception {
        Files.writeString(site.resolve("index.html"),
                "<a href=\"https://old.example/blog/" + TestSite.ABOUT + "\">x</a>");
        buildOk(args("--site-url", "https://old.example/blog/"));
        String index = new String(parties().get(0).open("index.html").content(), StandardCharsets.UTF_8);
        assertEquals("<a href=\"" + route(TestSite.ABOUT, null) + "\">x</a>", index);
    }

    @Test
    void verifyAcceptsTheBuildWithSecretKeyPublicKeyOrFingerprint() throws Exception {
        buildOk(args());
        CommandRun withSecret = CommandRun.wtp("verify", out.toString(), "--key", keyFile.toString());
        assertEquals(0, withSecret.exit, withSecret.toString());
        assertEquals("", withSecret.out);
        Path pub = tmp.resolve("party.pub");
        Files.writeString(pub, KeyFile.encodePublic(key.publicKey()));
        CommandRun withPublic = CommandRun.wtp("verify", out.toString(), "--key", pub.toString());
        assertEquals(0, withPublic.exit, withPublic.toString());
        CommandRun withFingerprint = CommandRun.wtp("verify", out.toString(), "--fingerprint",
                key.publicKey().fingerprint().toString());
        assertEquals(0, withFingerprint.exit, withFingerprint.toString());
    }

    @Test
    void noNamePathTitleOrTextAppearsInAnyOutputFileOrName() throws Exception {
        buildOk(args("--about", writeAbout().toString(), "--report-url", "https://reports.example/wtp"));
        List<String> secrets = TestSite.secrets(files);
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String name = out.relativize(p).toString();
                byte[] data = Files.isRegularFile(p) ? Files.readAllBytes(p) : new byte[0];
                String latin = new String(data, StandardCharsets.ISO_8859_1);
                for (String secret : secrets) {
                    assertFalse(name.toLowerCase().contains(secret.toLowerCase()), secret + " in the name " + name);
                    String enc = new String(secret.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
                    assertFalse(latin.contains(enc), secret + " inside " + name);
                }
            }
        }
    }

    private Path writeAbout() throws Exception {
        Path about = tmp.resolve("about.txt");
        Files.writeString(about, "Mirror this party: copy a folder to any static host.");
        return about;
    }

    @Test
    void noTwoOutputFilesAreByteIdentical() throws Exception {
        buildOk(args());
        Map<String, String> seen = new HashMap<>();
        int count = 0;
        for (Party p : parties()) {
            for (String name : p.files()) {
                String digest = Trees.sha256(Files.readAllBytes(p.folder.resolve(name)));
                String earlier = seen.put(digest, p.folder.getFileName() + "/" + name);
                assertNull(earlier, name + " equals " + earlier);
                count++;
            }
        }
        assertEquals(3 * (5 + files.size() + 1), count); // entry, bridge, two clients, manifest; files; site map
    }

    @Test
    void replicasPutEachUnsharedResourceOnExactlyNMirrorsAndTheEntryEverywhere() throws Exception {
        Map<String, byte[]> more = new HashMap<>();
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < 24; i++) {
            byte[] b = new byte[1000 + random.nextInt(40_000)];
            random.nextBytes(b);
            more.put("archive/part-" + i + ".bin", b);
        }
        TestSite.write(site, more);
        List<String> a = args("--replicas", "2");
        a.addAll(List.of("--mirror", "http://m4.party.test:8084/"));
        buildOk(a);
        List<Party> parties = parties();
        assertEquals(4, parties.size());
        long[] load = new long[4];
        long largest = 0;
        Map<String, byte[]> all = new HashMap<>(files);
        all.putAll(more);
        for (Map.Entry<String, byte[]> e : all.entrySet()) {
            int holders = 0;
            for (int m = 0; m < 4; m++) {
                if (parties.get(m).holds(e.getKey())) {
                    holders++;
                    load[m] += e.getValue().length;
                }
            }
            assertTrue(holders == 2 || holders == 4, e.getKey() + " on " + holders);
            if (more.containsKey(e.getKey())) {
                assertEquals(2, holders, e.getKey());
            }
            if (holders == 2) {
                largest = Math.max(largest, e.getValue().length);
            }
        }
        long max = java.util.Arrays.stream(load).max().getAsLong();
        long min = java.util.Arrays.stream(load).min().getAsLong();
        assertTrue(max - min <= largest + 1000, "balanced by bytes: " + java.util.Arrays.toString(load));
        for (Party p : parties) {
            assertTrue(p.holds("index.html"));
            assertTrue(p.holds(Build.SITE_MAP_PATH));
            assertTrue(p.holds(TestSite.LARGE) || !p.manifest.self().holdings().holdsAll());
            assertFalse(p.manifest.self().holdings().holdsAll(), "a partial mirror's holdings are a filter");
            for (String path : files.keySet()) {
                if (p.holds(path)) {
                    assertTrue(p.manifest.self().mayHold(ResourceKey.forPath(key, path).id()), path);
                }
            }
            for (String path : more.keySet()) {
                if (p.holds(path)) {
                    assertTrue(p.manifest.self().mayHold(ResourceKey.forPath(key, path).id()), path);
                }
            }
        }
        int largeHolders = 0;
        for (Party p : parties) {
            largeHolders += p.holds(TestSite.LARGE) ? 1 : 0;
        }
        assertEquals(2, largeHolders, "no page links the large file: it is not shared");
        CommandRun verify = CommandRun.wtp("verify", out.toString(), "--key", keyFile.toString());
        assertEquals(0, verify.exit, verify.toString());
    }

    @Test
    void listSizeNamesThatManyOthersInAConnectedRingWithChords() throws Exception {
        List<String> a = args("--list-size", "2");
        List<String> urls = new ArrayList<>(MIRRORS);
        for (int i = 4; i <= 7; i++) {
            String u = "http://m" + i + ".party.test:80" + i + "/";
            urls.add(u);
            a.addAll(List.of("--mirror", u));
        }
        buildOk(a);
        List<Party> parties = parties();
        int n = parties.size();
        assertEquals(7, n);
        boolean[][] edge = new boolean[n][n];
        Set<Set<String>> distinctLists = new HashSet<>();
        for (int i = 0; i < n; i++) {
            List<MirrorEntry> named = parties.get(i).manifest.mirrors();
            assertEquals(2, named.size());
            assertEquals(MirrorUrl.parse(urls.get((i + 1) % n)), named.get(0).url(), "ring neighbour first");
            Set<String> set = new HashSet<>();
            for (MirrorEntry e : named) {
                int j = urls.indexOf(e.url().toString());
                assertNotEquals(i, j, "a mirror does not name itself");
                edge[i][j] = true;
                assertEquals(parties.get(j).salt, e.salt());
                set.add(e.url().toString());
            }
            distinctLists.add(set);
        }
        for (int start = 0; start < n; start++) {
            boolean[] seen = new boolean[n];
            java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(List.of(start));
            seen[start] = true;
            while (!todo.isEmpty()) {
                int i = todo.poll();
                for (int j = 0; j < n; j++) {
                    if (edge[i][j] && !seen[j]) {
                        seen[j] = true;
                        todo.add(j);
                    }
                }
            }
            for (int j = 0; j < n; j++) {
                assertTrue(seen[j], "mirror " + j + " reachable from " + start);
            }
        }
        assertEquals(n, distinctLists.size());
        CommandRun verify = CommandRun.wtp("verify", out.toString(), "--key", keyFile.toString());
        assertEquals(0, verify.exit, verify.toString());
    }

    @Test
    void theNextBuildCountsTheGenerationOnAndKeepsFileNames() throws Exception {
        buildOk(args());
        Map<String, Set<String>> before = new HashMap<>();
        Map<String, String> firstBytes = Trees.snapshot(out);
        for (Party p : parties()) {
            before.put(p.folder.getFileName().toString(), p.files());
        }
        Files.writeString(site.resolve(TestSite.UNICODE), "changed notes\n");
        buildOk(args());
        assertEquals(2, BuildState.read(out).generation());
        for (Party p : parties()) {
            assertEquals(2, p.manifest.generation());
            assertEquals(before.get(p.folder.getFileName().toString()), p.files(), "salts and so names are kept");
            assertArrayEquals("changed notes\n".getBytes(StandardCharsets.UTF_8), p.open(TestSite.UNICODE).content());
        }
        Map<String, String> secondBytes = Trees.snapshot(out);
        for (Map.Entry<String, String> e : secondBytes.entrySet()) {
            if (e.getKey().contains("/") && !e.getKey().endsWith("index.html") && !e.getKey().endsWith(".js")
                    && !e.getKey().endsWith(".html")) {
                assertNotEquals(firstBytes.get(e.getKey()), e.getValue(), "new envelope for " + e.getKey());
            }
        }
        CommandRun older = build(args("--generation", "1"));
        assertEquals(2, older.exit, older.toString());
        assertTrue(older.err.contains("already holds generation 2"), older.err);
        buildOk(args("--generation", "1", "--force"));
        assertEquals(1, BuildState.read(out).generation());
        buildOk(args("--generation", "9"));
        assertEquals(9, parties().get(0).manifest.generation());
    }

    @Test
    void symbolicLinksInsideTheSiteAreFollowed() throws Exception {
        Files.createSymbolicLink(site.resolve("alias.html"), site.resolve(TestSite.ABOUT));
        Files.createSymbolicLink(site.resolve("pictures"), site.resolve("img"));
        buildOk(args());
        Party p = parties().get(0);
        assertArrayEquals(files.get(TestSite.PHOTO), p.open("pictures/photo-of-lake.png").content());
        assertEquals("alias.html", p.open("alias.html").meta().path());
        CommandRun verify = CommandRun.wtp("verify", out.toString(), "--key", keyFile.toString());
        assertEquals(0, verify.exit, verify.toString());
    }

    @Test
    void progressOfEachStageAddsUpToItsTotal() throws Exception {
        List<long[]> stages = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        BuildLog log = new BuildLog() {
            @Override
            public synchronized void stage(String name, long totalBytes) {
                stages.add(new long[] {totalBytes, 0});
            }

            @Override
            public synchronized void advance(long bytes) {
                stages.get(stages.size() - 1)[1] += bytes;
            }

            @Override
            public synchronized void warn(String message) {
                warnings.add(message);
            }
        };
        BuildOptions o = new BuildOptions();
        o.site = site;
        o.out = out;
        o.key = keyFile;
        o.seed = "progress";
        o.mirrors = MIRRORS;
        List<String> entries = Parts.build(log).run(o);
        assertEquals(3, entries.size());
        assertEquals(2, stages.size());
        long siteBytes = files.values().stream().mapToLong(b -> b.length).sum();
        assertEquals(siteBytes, stages.get(0)[0]);
        for (long[] stage : stages) {
            assertEquals(stage[0], stage[1], "advanced exactly to the total");
        }
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith(TestSite.PHOTO + ": metadata NOT removed")), warnings
                .toString());
    }

    @Test
    void aboutTextIsAnEncryptedResourceInTheSiteMapAndTheReportUrlGoesIntoEveryManifest() throws Exception {
        buildOk(args("--about", writeAbout().toString(), "--report-url", "https://reports.example/wtp"));
        ResourceKey aboutKey = ResourceKey.forPath(key, SiteMap.ABOUT_PATH);
        for (Party p : parties()) {
            assertEquals("", p.manifest.about(), "the public manifest does not carry the text");
            assertEquals("https://reports.example/wtp", p.manifest.reportUrl());
            OpenedResource about = p.open(SiteMap.ABOUT_PATH);
            assertEquals("Mirror this party: copy a folder to any static host.",
                    new String(about.content(), StandardCharsets.UTF_8));
            assertEquals("text/plain", about.meta().contentType());
            assertNull(about.meta().siteMap());
            OpenedResource map = p.open(Build.SITE_MAP_PATH);
            assertEquals(aboutKey, SiteMap.decode(map.buffer(), map.contentOffset(), map.contentLength())
                    .keyOf(SiteMap.ABOUT_PATH), "readers find the text's key in the site map");
        }
        CommandRun verify = CommandRun.wtp("verify", out.toString(), "--key", keyFile.toString());
        assertEquals(0, verify.exit, verify.toString());
    }

    @Test
    void withoutAboutThereIsNoAboutResource() throws Exception {
        buildOk(args());
        Party first = parties().get(0);
        assertFalse(first.holds(SiteMap.ABOUT_PATH));
        OpenedResource map = first.open(Build.SITE_MAP_PATH);
        assertNull(SiteMap.decode(map.buffer(), map.contentOffset(), map.contentLength()).keyOf(SiteMap.ABOUT_PATH));
    }

    @Test
    void aSealedKeyOpensWithItsPassphraseFile() throws Exception {
        Path pass = tmp.resolve("pass");
        Files.writeString(pass, "open sesame\n");
        Files.writeString(keyFile, KeyFile.encodeSealed(key, "open sesame".getBytes(StandardCharsets.UTF_8),
                new SeededRandomness("seal")));
        buildOk(args("--passphrase-file", pass.toString()));
        assertEquals(3, parties().size());
    }
}
