package party.wtp.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar builds and verifies a site holding a file many times larger than the JVM's heap: sealing and
 * verification stream it in chunks. keygen, build and verify run as users run them, each in its own process.
 */
class BuildStreamingIT {
    static final Path JAR = Path.of(System.getProperty("wtp.jar", "target/wtp.jar"));
    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    static final long BIG = 384L << 20;
    static final String HEAP = "-Xmx40m";

    private static String[] run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(JAVA, HEAP, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES));
        return new String[] {Integer.toString(p.exitValue()), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8)};
    }

    @Test
    void aFileFarLargerThanTheHeapIsBuiltAndVerified(@TempDir Path tmp) throws Exception {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<a href=\"big/archive.bin\">the archive</a>");
        Files.createDirectories(site.resolve("big"));
        try (RandomAccessFile f = new RandomAccessFile(site.resolve("big/archive.bin").toFile(), "rw")) {
            f.setLength(BIG);
            f.seek(BIG - 5);
            f.write("tail!".getBytes(StandardCharsets.US_ASCII));
        }
        Path key = tmp.resolve("party.key");
        String[] keygen = run("keygen", "--out", key.toString());
        assertEquals("0", keygen[0], keygen[2]);

        Path out = tmp.resolve("out");
        String[] build = run("build", site.toString(), "--out", out.toString(), "--key", key.toString(), "--mirror",
                "http://a.party.test/", "--mirror", "http://b.party.test/");
        assertEquals("0", build[0], build[2]);
        assertEquals(2, build[1].lines().count(), build[1]);
        for (String folder : List.of("a.party.test_80", "b.party.test_80")) {
            long largest = 0;
            try (Stream<Path> s = Files.list(out.resolve(folder))) {
                for (Path p : (Iterable<Path>) s::iterator) {
                    largest = Math.max(largest, Files.size(p));
                }
            }
            assertTrue(largest > BIG && largest < BIG + 4096, folder + ": " + largest);
        }

        String[] verify = run("verify", out.toString(), "--key", key.toString());
        assertEquals("0", verify[0], verify[1] + verify[2]);
        assertEquals("", verify[1]);
    }
}
