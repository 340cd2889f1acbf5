package party.wtp.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import party.wtp.build.BuildLog;
import party.wtp.build.BuildOptions;
import party.wtp.build.Parts;
import party.wtp.cli.Wtp;
import party.wtp.keys.Keygen;
import party.wtp.keys.KeygenOptions;
import party.wtp.keys.SystemRandomness;
import party.wtp.samplesite.SampleSite;
import party.wtp.serve.PartyServer;
import party.wtp.serve.ServedMirror;

/**
 * {@code wtp check DIR --key FILE}, the creator's view, on a party made by the real build from the sample site: three
 * mirrors on loopback, each resource on two of them (shared ones on all), each mirror listing one other.
 */
class CheckBuiltPartyTest {
    @TempDir static Path root;
    static Path key;
    static Path publicKey;
    static Path otherKey;
    static Path party;
    static List<String> entries;
    static PartyServer server;

    @BeforeAll
    static void buildAndServe() throws Exception {
        key = root.resolve("party.key");
        publicKey = root.resolve("party.pub");
        otherKey = root.resolve("other.key");
        KeygenOptions keygen = new KeygenOptions();
        keygen.out = key;
        keygen.publicOut = publicKey;
        new Keygen(SystemRandomness.create()).run(keygen);
        KeygenOptions other = new KeygenOptions();
        other.out = otherKey;
        new Keygen(SystemRandomness.create()).run(other);

        BuildOptions build = new BuildOptions();
        build.site = SampleSite.root();
        build.out = root.resolve("party");
        build.key = key;
        build.replicas = 2;
        build.listSize = 1;
        for (int i = 0; i < 3; i++) {
            build.mirrors.add("http://127.0.0.1:" + freePort() + "/");
        }
        entries = Parts.build(BuildLog.SILENT).run(build);
        party = build.out;
        server = PartyServer.builder().party(party).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @AfterEach
    void heal() {
        for (ServedMirror m : server.mirrors()) {
            m.faults().clear();
        }
    }

    @Test
    void creatorCheckWithTheKeyFindsEverySitePageOnTwoOrMoreMirrors() {
        Result run = check(party.toString(), "--key", key.toString());
        assertEquals(0, run.exit, run.out + run.err);
        assertTrue(run.out.contains("all well"), run.out);
        for (String page : SampleSite.PAGE_TEXT.keySet()) {
            assertTrue(run.out.lines().anyMatch(l -> l.matches("\\s+[23]  " + java.util.regex.Pattern.quote(page))),
                    page + " not on two or three mirrors:\n" + run.out);
        }
        assertTrue(run.out.contains("/wtp/site-map"), run.out);
    }

    @Test
    void theKeyFindsWhatTheEntryUrlFinds() {
        Result byKey = check(party.toString(), "--key", key.toString());
        Result byUrl = check(entries.get(0));
        assertEquals(0, byUrl.exit, byUrl.out + byUrl.err);
        assertEquals(replicationLines(byUrl.out), replicationLines(byKey.out));
    }

    @Test
    void aCorruptMirrorFailsTheCreatorCheck() {
        server.mirrors().get(1).faults().corrupt(true);
        Result run = check(party.toString(), "--key", key.toString());
        assertEquals(1, run.exit, run.out + run.err);
        assertTrue(run.out.contains(server.mirrors().get(1).url()), run.out);
        assertFalse(run.out.contains("all well"), run.out);
    }

    @Test
    void anotherPartysKeyFindsNoMirrorOfIts() {
        Result run = check(party.toString(), "--key", otherKey.toString());
        assertEquals(1, run.exit, run.out + run.err);
        assertTrue(run.out.contains("not signed by party"), run.out);
    }

    @Test
    void keyMistakesExitTwoWithOneLine() {
        assertOneLine(check(party.toString(), "--key", publicKey.toString()), "holds only a public key");
        assertOneLine(check(party.toString(), "--key", root.resolve("missing.key").toString()),
                "missing.key: key file does not exist");
        assertOneLine(check(entries.get(0), "--key", key.toString()), "only with a party folder");
        assertOneLine(check(party.toString(), "--key", key.toString(), "--route", entries.get(0).split("#")[1]),
                "give one of them, not both");
    }

    private static void assertOneLine(Result run, String expected) {
        assertEquals(2, run.exit, run.err);
        assertTrue(run.err.startsWith("wtp: ") && run.err.contains(expected), run.err);
        assertEquals(1, run.err.strip().lines().count(), run.err);
    }

    private static List<String> replicationLines(String table) {
        List<String> lines = new ArrayList<>();
        table.lines().filter(l -> l.matches("\\s+\\d+  \\S.*")).forEach(lines::add);
        assertFalse(lines.isEmpty(), table);
        return lines;
    }

    private static Result check(String... args) {
        List<String> all = new ArrayList<>(List.of("check"));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Wtp.execute(new PrintWriter(out), new PrintWriter(err), all.toArray(new String[0]));
        return new Result(exit, out.toString(), err.toString());
    }

    private record Result(int exit, String out, String err) {}

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
