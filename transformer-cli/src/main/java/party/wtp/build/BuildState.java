package party.wtp.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import party.wtp.bytes.Hex;
import party.wtp.crypto.Sha256;
import party.wtp.naming.MirrorSalt;

/**
 * The small public record a build leaves in its output folder as {@code .wtp-build}: the generation (so the next
 * build counts on), the party's fingerprint, and per mirror its salt (kept, so file names stay put from one
 * generation to the next) and the number and digest of the files written (which {@code wtp verify} compares).
 * Nothing in it is secret. Format: a first line {@code wtp-build v1}, then {@code generation N}, {@code party FP}
 * and one {@code mirror URL SALT COUNT SHA256-HEX} line per mirror.
 */
public final class BuildState {
    public static final String FILE_NAME = ".wtp-build";
    private static final String MAGIC = "wtp-build v1";
    private final long generation;
    private final String party;
    private final Map<String, Mirror> mirrors;

    public BuildState(long generation, String party, Map<String, Mirror> mirrors) {
        this.generation = generation;
        this.party = party;
        this.mirrors = new LinkedHashMap<>(mirrors);
    }

    /** One mirror's record. */
    public static final class Mirror {
        public final String url;
        public final MirrorSalt salt;
        public final int fileCount;
        public final String namesDigest;

        public Mirror(String url, MirrorSalt salt, int fileCount, String namesDigest) {
            this.url = url;
            this.salt = salt;
            this.fileCount = fileCount;
            this.namesDigest = namesDigest;
        }
    }

    public long generation() {
        return generation;
    }

    /** The fingerprint text of the party that built it. */
    public String party() {
        return party;
    }

    /** By mirror URL (normal form). */
    public Map<String, Mirror> mirrors() {
        return Collections.unmodifiableMap(mirrors);
    }

    /** SHA-256 (hex) of the sorted file names joined by LF: what a mirror folder must contain exactly. */
    public static String digestOfNames(List<String> names) {
        List<String> sorted = new ArrayList<>(names);
        Collections.sort(sorted);
        return Hex.encode(Sha256.of(String.join("\n", sorted).getBytes(StandardCharsets.UTF_8)));
    }

    public void write(Path folder) throws IOException {
        StringBuilder sb = new StringBuilder(MAGIC).append('\n');
        sb.append("generation ").append(generation).append('\n');
        sb.append("party ").append(party).append('\n');
        for (Mirror m : mirrors.values()) {
            sb.append("mirror ").append(m.url).append(' ').append(m.salt).append(' ').append(m.fileCount).append(' ')
                    .append(m.namesDigest).append('\n');
        }
        Files.write(folder.resolve(FILE_NAME), sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The state in {@code folder}, null when there is none; throws with a plain reason when it is unreadable. */
    public static BuildState read(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(MAGIC)) {
            throw new IOException(file + ": not a wtp build state file");
        }
        long generation = -1;
        String party = null;
        Map<String, Mirror> mirrors = new LinkedHashMap<>();
        try {
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split(" ");
                if (f[0].equals("generation") && f.length == 2) {
                    generation = Long.parseLong(f[1]);
                } else if (f[0].equals("party") && f.length == 2) {
                    party = f[1];
                } else if (f[0].equals("mirror") && f.length == 5) {
                    mirrors.put(f[1], new Mirror(f[1], MirrorSalt.parse(f[2]), Integer.parseInt(f[3]), f[4]));
                } else if (!line.isBlank()) {
                    throw new IOException(file + ": unexpected line '" + line + "'");
                }
            }
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": damaged build state (" + e.getMessage() + ")");
        }
        if (generation < 0 || party == null) {
            throw new IOException(file + ": damaged build state (no generation or party)");
        }
        return new BuildState(generation, party, mirrors);
    }
}
