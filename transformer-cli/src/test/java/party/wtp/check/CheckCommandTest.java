package party.wtp.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import party.wtp.anchor.ResourceId;
import party.wtp.cli.Wtp;
import party.wtp.envelope.InnerLayer;
import party.wtp.crypto.PartyKey;
import party.wtp.crypto.SeededRandomness;
import party.wtp.manifest.Holdings;
import party.wtp.manifest.MirrorEntry;
import party.wtp.manifest.MirrorUrl;
import party.wtp.naming.MirrorSalt;
import party.wtp.route.Route;
import party.wtp.serve.PartyServer;
import party.wtp.serve.ServedMirror;

/** {@code wtp check} against a real party served on loopback, healthy and with each kind of fault. */
class CheckCommandTest {
    @TempDir static Path root;
    static TestParty party;
    static PartyServer server;

    @TempDir Path work;

    @BeforeAll
    static void serve() throws IOException {
        party = new TestParty(root);
        server = PartyServer.builder().party(party.party).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @AfterEach
    void heal() {
        for (ServedMirror m : server.mirrors()) {
            m.faults().clear();
            m.cors(false);
        }
    }

    private ServedMirror mirror(int i) {
        return server.mirror(party.url(i));
    }

    @Test
    void healthyPartyIsAllWell() throws IOException {
        mirror(1).cors(true);
        Run run = check(party.entryUrl());
        assertEquals(0, run.exit, run.all());
        assertTrue(run.out.contains("all well"), run.out);
        for (int i = 0; i < 4; i++) {
            assertEquals("ok", run.status(i), run.json); // m4 reached only through m2's list
            assertTrue(run.mirrorJson(i).contains("\"generation\": 2"), run.json);
            assertTrue(run.mirrorJson(i).contains("\"bridge\": true"), run.json);
        }
        assertTrue(run.mirrorJson(1).contains("\"cors\": true"), run.json);
        assertTrue(run.mirrorJson(0).contains("\"cors\": false"), run.json);
        assertTrue(run.mirrorJson(0).contains("\"ok\": 4, \"missing\": 0, \"bad\": 0"), run.json);
        assertTrue(run.mirrorJson(3).contains("\"ok\": 2, \"missing\": 0, \"bad\": 0"), run.json);
        assertEquals(4, run.replication("index.html"));
        assertEquals(4, run.replication(TestParty.SITE_MAP_PATH));
        assertEquals(3, run.replication("about.html"));
        assertEquals(3, run.replication("style.css"));
        assertTrue(run.json.contains("\"healthy\": true"), run.json);
        assertSelfContained(run.html);
        assertTrue(run.html.contains("<svg") && run.html.contains("about.html"), run.html);
    }

    @Test
    void downMirrorIsNamedAlone() throws IOException {
        mirror(2).faults().down(true);
        Run run = check(party.entryUrl());
        assertEquals(1, run.exit, run.all());
        assertEquals(List.of(2), run.notOk());
        assertEquals("down", run.status(2));
        assertTrue(run.mirrorJson(2).contains("connection refused"), run.json);
        assertTrue(run.json.contains("\"healthy\": false"), run.json);
        assertSelfContained(run.html);
        assertTrue(run.html.contains("<td class=\"down\">down</td>"), run.html);
    }

    @Test
    void aMirrorOnlyADownMirrorListsIsNeverHeardOf() throws IOException {
        mirror(1).faults().down(true); // m2, whose list alone names m4
        Run run = check(party.entryUrl());
        assertEquals(1, run.exit, run.all());
        assertEquals(3, run.mirrorCount(), run.json);
        assertEquals("down", run.status(1));
        assertFalse(run.json.contains(party.url(3)), run.json);
        assertTrue(run.json.contains("\"problems\": []"), run.json);
    }

    @Test
    void stalledMirrorIsDownWithoutHangingTheCheck() throws IOException {
        mirror(2).faults().stall(true);
        long start = System.nanoTime();
        Run run = check(party.entryUrl(), "--timeout", "1");
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertEquals(1, run.exit, run.all());
        assertEquals(List.of(2), run.notOk());
        assertEquals("down", run.status(2));
        assertTrue(run.mirrorJson(2).contains("timed out"), run.json);
        assertTrue(seconds < 15, "took " + seconds + " s");
    }

    @Test
    void corruptMirrorIsBad() throws IOException {
        mirror(2).faults().corrupt(true);
        Run run = check(party.entryUrl());
        assertEquals(1, run.exit, run.all());
        assertEquals(List.of(2), run.notOk());
        assertEquals("bad", run.status(2));
        assertTrue(run.mirrorJson(2).contains("\"problem\": \"manifest: "), run.json);
        assertEquals(2, run.replication("about.html"));
    }

    @Test
    void oneAlteredCopyIsNamedWithItsMirror() throws IOException {
        flipAboutOnM2("m2", bytes -> bytes.length - 1);

        Run run = check(party.entryUrl());
        assertEquals(1, run.exit, run.all());
        assertEquals(List.of(1), run.notOk());
        assertEquals("bad", run.status(1));
        assertTrue(run.mirrorJson(1).contains("\"ok\": 3, \"missing\": 0, \"bad\": 1"), run.json);
        assertTrue(run.mirrorJson(1).contains("\"about.html\": {\"state\": \"bad\", \"reason\": \"bad proof\"}"),
                run.json);
        assertTrue(run.out.contains("bad: about.html on " + party.url(1)), run.out);
        assertEquals(2, run.replication("about.html"));
        assertEquals(3, run.replication("style.css"));
    }

    @Test
    void aDamagedSignatureIsBadThoughItsRootWasVerifiedOnOtherCopies() throws IOException {
        // served = inner key (32) + header under the inner key stream: 60 fixed bytes (proof length last), the proof,
        // the root (32), the signature (64); flipping a served bit flips the same plain bit
        flipAboutOnM2("m2-signature", bytes -> {
            byte[] plain = bytes.clone();
            InnerLayer.stream(Arrays.copyOf(plain, 32)).apply(plain, 32, 60, plain, 32);
            return 32 + 60 + 32 * (plain[32 + 59] & 0xff) + 32 + 10;
        });

        Run run = check(party.entryUrl(), "--parallel", "1"); // one thread: the root is verified before about.html
        assertEquals(1, run.exit, run.all());
        assertEquals(List.of(1), run.notOk());
        assertTrue(run.mirrorJson(1).contains("\"about.html\": {\"state\": \"bad\", \"reason\": \"bad signature\"}"),
                run.json);
        assertTrue(run.mirrorJson(1).contains("\"ok\": 3, \"missing\": 0, \"bad\": 1"), run.json);
    }

    @Test
    void olderGenerationIsStale() throws IOException {
        mirror(2).faults().stale(party.old.resolve(party.urls.get(2).folderName()));
        Run run = check(party.entryUrl());
        assertEquals(1, run.exit, run.all());
        assertEquals(List.of(2), run.notOk());
        assertEquals("stale", run.status(2));
        assertTrue(run.mirrorJson(2).contains("\"generation\": 1"), run.json);
        assertTrue(run.mirrorJson(0).contains("\"generation\": 2"), run.json);
        assertTrue(run.json.contains("\"generation\": 2,\n"), run.json);
        assertEquals(2, run.replication("index.html") - 1); // m3's old copies do not count
    }

    @Test
    void oneMissingFileIsNamed() throws IOException {
        mirror(1).faults().notFound(party.fileName(1, "style.css"));
        Run run = check(party.entryUrl());
        assertEquals(1, run.exit, run.all());
        assertEquals(List.of(1), run.notOk());
        assertEquals("incomplete", run.status(1));
        assertTrue(run.mirrorJson(1).contains("\"style.css\": {\"state\": \"missing\", \"reason\": \"HTTP 404\"}"),
                run.json);
        assertTrue(run.mirrorJson(1).contains("\"ok\": 3, \"missing\": 1, \"bad\": 0"), run.json);
        assertEquals(2, run.replication("style.css"));
    }

    @Test
    void underReplicatedResourcesAreListed() throws IOException {
        Run run = check(party.entryUrl(), "--min-replicas", "4");
        assertEquals(1, run.exit, run.all());
        assertEquals(List.of(), run.notOk());
        assertTrue(run.json.contains("\"underReplicated\": [\"about.html\", \"style.css\"]"), run.json);
        assertTrue(run.out.contains("about.html  UNDER-REPLICATED"), run.out);
        assertFalse(run.out.contains("index.html  UNDER-REPLICATED"), run.out);

        Run three = check(party.entryUrl(), "--min-replicas", "3");
        assertEquals(0, three.exit, three.all());
    }

    @Test
    void partyFolderWithRouteChecksEveryListedMirror() throws IOException {
        Run run = check(party.party.toString(), "--route", party.route());
        assertEquals(0, run.exit, run.all());
        for (int i = 0; i < 4; i++) {
            assertEquals("ok", run.status(i), run.json);
        }
    }

    @Test
    void wrongFingerprintIsRefused() throws IOException {
        String other = new Route(
                PartyKey.fromSeed(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
                    17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32}).publicKey().fingerprint(),
                party.keys.get("index.html"), null).toString();
        Run run = check(party.url(0) + "#" + other);
        assertEquals(1, run.exit, run.all());
        assertEquals("bad", run.status(0));
        assertTrue(run.mirrorJson(0).contains("not signed by party"), run.json);
    }

    @Test
    void mirrorsAMirrorAddsToItsListWithoutThePartysSignatureAreNeverAsked() throws IOException {
        AtomicInteger asked = new AtomicInteger();
        HttpServer stranger = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        stranger.createContext("/", exchange -> {
            asked.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        stranger.start();
        try {
            MirrorUrl strangerUrl = MirrorUrl.parse("http://127.0.0.1:" + stranger.getAddress().getPort() + "/");
            MirrorEntry listed = new MirrorEntry(strangerUrl, MirrorSalt.generate(new SeededRandomness("stranger")),
                    Holdings.all());
            Path forged = work.resolve("m3");
            copyFolder(mirror(2).folder(), forged);
            MirrorSalt salt = party.salts.get(2);
            byte[] seed = new byte[32];
            Arrays.fill(seed, (byte) 7);
            Files.write(forged.resolve(salt.fileName(ResourceId.ofManifest(salt))),
                    party.forgedManifest(PartyKey.fromSeed(seed), 2, List.of(party.entry(0), listed)));
            mirror(2).faults().stale(forged); // m3 serves its own list with a mirror added, signed by its own key

            Run run = check(party.entryUrl());
            assertEquals(1, run.exit, run.all());
            assertEquals(List.of(2), run.notOk());
            assertEquals("bad", run.status(2));
            assertTrue(run.mirrorJson(2).contains("not signed by party"), run.json);
            assertFalse(run.json.contains(strangerUrl.toString()), run.json);
            assertEquals(0, asked.get(), "the mirror only a forged list names was asked");
        } finally {
            stranger.stop(0);
        }
    }

    @Test
    void aSignedListNamingAThousandMirrorsIsFollowedOnlyUpToTheCap(@TempDir Path crowdedRoot) throws IOException {
        int closed = TestParty.freePort();
        SeededRandomness random = new SeededRandomness("a thousand");
        List<MirrorEntry> thousand = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            MirrorUrl url = MirrorUrl.parse("http://127.1." + (i / 250) + "." + (i % 250 + 1) + ":" + closed + "/");
            thousand.add(new MirrorEntry(url, MirrorSalt.generate(random), Holdings.all()));
        }
        TestParty crowded = new TestParty(crowdedRoot, thousand);
        PartyServer crowdedServer = PartyServer.builder().party(crowded.party).start();
        try {
            long start = System.nanoTime();
            Run capped = check(crowded.entryUrl(), "--max-mirrors", "20");
            assertEquals(1, capped.exit, capped.all());
            assertEquals(20, capped.mirrorCount(), capped.json);
            assertTrue(capped.json.contains(
                    "\"the mirror survey stopped after trying the maximum number of mirrors (20 of the "), capped.json);
            assertTrue(capped.out.contains("problem: the mirror survey stopped"), capped.out);

            Run all = check(crowded.entryUrl(), "--max-mirrors", "2000");
            assertEquals(1004, all.mirrorCount(), "every mirror the signed lists name is checked");
            assertEquals(1000, all.json.lines().filter(l -> l.contains("\"status\": \"down\"")
                    && l.contains("connection refused")).count(), all.json);
            assertTrue(all.json.contains("\"problems\": []"), all.json);
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertTrue(seconds < 60, "took " + seconds + " s");
        } finally {
            crowdedServer.stop();
        }
    }

    @Test
    void usageMistakesExitTwoWithOneLine() {
        StringWriter err = new StringWriter();
        int exit = Wtp.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "check", party.url(0));
        assertEquals(2, exit);
        assertTrue(err.toString().startsWith("wtp: ") && err.toString().contains("no #FINGERPRINT.KEY fragment"),
                err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());

        StringWriter err2 = new StringWriter();
        assertEquals(2, Wtp.execute(new PrintWriter(new StringWriter()), new PrintWriter(err2), "check",
                party.entryUrl(), "--min-replicas", "0"));
        assertTrue(err2.toString().contains("--min-replicas 0"), err2.toString());

        StringWriter err3 = new StringWriter();
        assertEquals(2, Wtp.execute(new PrintWriter(new StringWriter()), new PrintWriter(err3), "check",
                party.party.toString()));
        assertTrue(err3.toString().contains("needs --key FILE or --route"), err3.toString());
    }

    private static void assertSelfContained(String html) {
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        for (String external : List.of("src=", "href=", "<link", "@import", "url(", "<script")) {
            assertFalse(html.contains(external), "report page contains " + external);
        }
    }

    /** Makes m2 serve its own folder with one bit flipped in its copy of about.html, at the offset {@code at} picks. */
    private void flipAboutOnM2(String folder, ToIntFunction<byte[]> at) throws IOException {
        Path altered = work.resolve(folder);
        copyFolder(mirror(1).folder(), altered);
        Path file = altered.resolve(party.fileName(1, "about.html"));
        byte[] bytes = Files.readAllBytes(file);
        bytes[at.applyAsInt(bytes)] ^= 1;
        Files.write(file, bytes);
        mirror(1).faults().stale(altered);
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.collect(Collectors.toList())) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    private Run check(String... args) throws IOException {
        Path json = work.resolve("report-" + System.nanoTime() + ".json");
        Path html = work.resolve("report-" + System.nanoTime() + ".html");
        List<String> all = new ArrayList<>(List.of("check"));
        all.addAll(Arrays.asList(args));
        all.addAll(List.of("--json", json.toString(), "--html", html.toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Wtp.execute(new PrintWriter(out), new PrintWriter(err), all.toArray(new String[0]));
        return new Run(exit, out.toString(), err.toString(), Files.readString(json), Files.readString(html));
    }

    /** One run's exit code, output and reports. */
    private static final class Run {
        final int exit;
        final String out;
        final String err;
        final String json;
        final String html;

        Run(int exit, String out, String err, String json, String html) {
            this.exit = exit;
            this.out = out;
            this.err = err;
            this.json = json;
            this.html = html;
        }

        String all() {
            return out + err + json;
        }

        String mirrorJson(int i) {
            return json.lines().filter(l -> l.contains("{\"url\": \"" + party.url(i) + "\"")).findFirst()
                    .orElseThrow(() -> new AssertionError("no mirror " + party.url(i) + " in " + json));
        }

        String status(int i) {
            Matcher m = Pattern.compile("\"status\": \"(\\w+)\"").matcher(mirrorJson(i));
            assertTrue(m.find());
            return m.group(1);
        }

        int mirrorCount() {
            return (int) json.lines().filter(l -> l.contains("{\"url\": ")).count();
        }

        /** The mirrors (by index) whose status is not ok; every mirror must be in the report. */
        List<Integer> notOk() {
            List<Integer> faulty = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                if (!status(i).equals("ok")) {
                    faulty.add(i);
                }
            }
            assertEquals(4, mirrorCount(), json);
            return faulty;
        }

        int replication(String path) {
            Matcher m = Pattern.compile("\\n    " + Pattern.quote("\"" + path + "\"") + ": (\\d+)").matcher(json);
            assertTrue(m.find(), "no replication for " + path + " in " + json);
            return Integer.parseInt(m.group(1));
        }
    }
}
