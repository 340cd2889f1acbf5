package party.wtp.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import party.wtp.crypto.PartyKey;
import party.wtp.crypto.SeededRandomness;
import party.wtp.keys.KeyFile;
import party.wtp.testing.CommandRun;
import party.wtp.testing.Party;
import party.wtp.testing.TestSite;
import party.wtp.testing.Trees;

/**
 * The build seals files on several threads and hands one file's mirror copies to other threads chunk by chunk; the
 * output must not depend on how many threads there are, and one failure must stop it all, leaving no trace.
 */
class ParallelSealingTest {
    static final List<String> MIRRORS = List.of("http://m1.party.test/", "http://m2.party.test/",
            "http://m3.party.test/");
    /** Content lengths around the chunk size: a chunk holds the meta data and then content, so none lines up. */
    static final Map<String, Integer> LARGE = Map.of("media/big.bin", 3 * Sealing.CHUNK + 12_345,
            "media/two-chunks.bin", 2 * Sealing.CHUNK, "media/one-more.bin", Sealing.CHUNK + 1, "empty.txt", 0);

    @TempDir
    Path tmp;
    Path site;
    Path keyFile;
    PartyKey key;
    Map<String, byte[]> files;

    @BeforeEach
    void setUp() throws Exception {
        site = tmp.resolve("site");
        files = TestSite.create(site);
        for (Map.Entry<String, Integer> e : LARGE.entrySet()) {
            byte[] content = new SeededRandomness(e.getKey()).bytes(e.getValue());
            Files.createDirectories(site.resolve(e.getKey()).getParent());
            Files.write(site.resolve(e.getKey()), content);
            files.put(e.getKey(), content);
        }
        key = PartyKey.generate(new SeededRandomness("parallel sealing test"));
        keyFile = tmp.resolve("party.key");
        Files.writeString(keyFile, KeyFile.encode(key));
    }

    private BuildOptions options(Path out, int threads) {
        BuildOptions o = new BuildOptions();
        o.site = site;
        o.out = out;
        o.key = keyFile;
        o.seed = "same seed";
        o.mirrors = MIRRORS;
        o.replicas = 2;
        o.threads = threads;
        return o;
    }

    private static Build build(BuildLog log) {
        return new Build(SiteRewriter::forSite, new MetadataScrubber(), log, () -> 1_790_000_000L);
    }

    @Test
    void theSameSeedGivesTheSameBytesWhateverTheThreadCount() throws Exception {
        Path one = tmp.resolve("one-thread");
        Path four = tmp.resolve("four-threads");
        build(BuildLog.SILENT).run(options(one, 1));
        build(BuildLog.SILENT).run(options(four, 4));
        Map<String, String> expected = Trees.snapshot(one);
        assertEquals(expected, Trees.snapshot(four));

        int held = 0;
        for (Party p : Party.all(key, four)) {
            for (String path : LARGE.keySet()) {
                if (p.holds(path)) {
                    assertArrayEquals(files.get(path), p.open(path).content(), path + " on " + p.folder);
                    held++;
                }
            }
        }
        assertEquals(2 * LARGE.size(), held, "each large file on two mirrors");
        CommandRun verify = CommandRun.wtp("verify", four.toString(), "--key", keyFile.toString());
        assertEquals(0, verify.exit, verify.toString());
    }

    @Test
    void aFileCutShortWhileBeingSealedFailsTheBuildAndLeavesTheOutputAsItWas() throws Exception {
        Path out = tmp.resolve("out");
        build(BuildLog.SILENT).run(options(out, 4));
        Map<String, String> previous = Trees.snapshot(out);
        Path big = site.resolve("media/big.bin");
        BuildLog cutting = StageHook.at("sealing", () -> {
            try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
                f.setLength(Sealing.CHUNK + 7);
            }
        });
        BuildException e = assertThrows(BuildException.class, () -> build(cutting).run(options(out, 4)));
        assertEquals(big + ": file changed during the build; run the build again", e.getMessage());
        assertEquals(previous, Trees.snapshot(out));
        try (Stream<Path> s = Files.list(tmp)) {
            s.forEach(p -> assertFalse(p.getFileName().toString().contains("wtp-staging"), "left " + p));
        }
    }
}
