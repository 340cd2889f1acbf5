package party.wtp.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import party.wtp.anchor.ResourceId;
import party.wtp.crypto.Randomness;
import party.wtp.envelope.EnvelopeWriter;
import party.wtp.manifest.MirrorUrl;
import party.wtp.naming.MirrorSalt;

/**
 * The mirror folders of one build in its staging output: where each mirror's copy of a resource goes (named by the
 * mirror's salt) and the inner key of each copy, drawn under a label of its own so that a seeded build does not
 * depend on the order in which threads ask.
 */
final class MirrorFolders {
    private final Path[] folders;
    private final MirrorSalt[] salts;
    private final List<MirrorUrl> urls;
    private final long generation;
    private final RandomSource random;

    private MirrorFolders(Path[] folders, MirrorSalt[] salts, List<MirrorUrl> urls, long generation,
            RandomSource random) {
        this.folders = folders;
        this.salts = salts;
        this.urls = urls;
        this.generation = generation;
        this.random = random;
    }

    /** Creates one folder per mirror in {@code output}. */
    static MirrorFolders create(Path output, List<MirrorUrl> urls, MirrorSalt[] salts, long generation,
            RandomSource random) throws IOException {
        Path[] folders = new Path[urls.size()];
        for (int m = 0; m < folders.length; m++) {
            folders[m] = Files.createDirectory(output.resolve(urls.get(m).folderName()));
        }
        return new MirrorFolders(folders, salts, urls, generation, random);
    }

    Path folder(int mirror) {
        return folders[mirror];
    }

    /** The file of one envelope's copy on one mirror. */
    Path file(int mirror, ResourceId id) {
        return folders[mirror].resolve(salts[mirror].fileName(id));
    }

    /** The inner key of {@code path}'s copy on one mirror ({@code kind} "r" for a resource, "m" for a manifest). */
    byte[] innerKey(int mirror, String kind, String path) {
        Randomness r = random.forLabel("inner/" + generation + "/" + urls.get(mirror).folderName() + "/" + kind + ":"
                + path);
        return r.bytes(EnvelopeWriter.INNER_KEY_LENGTH);
    }
}
