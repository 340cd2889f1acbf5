package party.wtp.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed vectors under testdata/vectors are exactly what {@link VectorSet} makes (so the format cannot drift
 * unnoticed), and each one opens, or fails, as it says. Run with -Dwtp.regenerate=true to rewrite them.
 */
class TestVectorsTest {
    static Path vectorDir() {
        String root = System.getProperty("wtp.root", "..");
        return Paths.get(root, "testdata", "vectors");
    }

    @Test
    void committedVectorsAreTheGeneratedOnes() throws IOException {
        Map<String, String> made = VectorSet.make();
        Path dir = vectorDir();
        if (Boolean.getBoolean("wtp.regenerate")) {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> e : made.entrySet()) {
                Files.write(dir.resolve(e.getKey()), e.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        Map<String, String> committed = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (p.toString().endsWith(".txt")) {
                    committed.put(p.getFileName().toString(), Files.readString(p));
                }
            }
        }
        assertEquals(new TreeMap<>(made), committed, "testdata/vectors differs from VectorSet; regenerate deliberately");
    }

    @Test
    void everyVectorOpensOrFailsAsItSays() throws IOException {
        Map<String, String> made = VectorSet.make();
        int good = 0;
        int bad = 0;
        for (Map.Entry<String, String> e : made.entrySet()) {
            TestVector v = TestVector.parse(e.getValue());
            assertEquals(v.expected(), v.check(), e.getKey());
            if (v.expected().equals("ok")) {
                good++;
            } else {
                bad++;
            }
        }
        assertTrue(good >= 5 && bad >= 14, "good " + good + ", must-fail " + bad);
    }

    @Test
    void theCheckerNoticesAMismatchedExpectation() {
        String text = VectorSet.make().get("01-resource-ok.txt").replaceAll("content-sha256: [0-9a-f]+",
                "content-sha256: 00");
        assertFalse(TestVector.parse(text).check().equals("ok"));
    }
}
