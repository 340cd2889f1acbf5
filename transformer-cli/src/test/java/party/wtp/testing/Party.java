package party.wtp.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import party.wtp.anchor.ResourceId;
import party.wtp.anchor.ResourceKey;
import party.wtp.crypto.PartyKey;
import party.wtp.envelope.Envelope;
import party.wtp.envelope.EnvelopeException;
import party.wtp.envelope.OpenedResource;
import party.wtp.envelope.TrustedRoots;
import party.wtp.manifest.Manifest;
import party.wtp.manifest.ManifestReader;
import party.wtp.naming.MirrorSalt;

/** Reads a build's output the way a reader would, with the core alone: a test's view of one mirror folder. */
public final class Party {
    private static final Pattern SALT = Pattern.compile("<meta name=\"wtp-salt\" content=\"([A-Za-z0-9_-]{22})\">");
    public final PartyKey key;
    public final Path folder;
    public final MirrorSalt salt;
    public final Manifest manifest;
    private final TrustedRoots roots;

    public Party(PartyKey key, Path folder) throws IOException, EnvelopeException {
        this.key = key;
        this.folder = folder;
        Matcher m = SALT.matcher(Files.readString(folder.resolve("index.html"), StandardCharsets.UTF_8));
        if (!m.find()) {
            throw new IllegalStateException("no salt in " + folder);
        }
        this.salt = MirrorSalt.parse(m.group(1));
        this.roots = new TrustedRoots(key.publicKey());
        this.manifest = ManifestReader.open(Files.readAllBytes(folder.resolve(manifestName())), salt, roots, 0);
    }

    public String manifestName() {
        return salt.fileName(ResourceId.ofManifest(salt));
    }

    public String fileName(String path) {
        return salt.fileName(ResourceKey.forPath(key, path).id());
    }

    public boolean holds(String path) {
        return Files.exists(folder.resolve(fileName(path)));
    }

    public OpenedResource open(String path) throws IOException, EnvelopeException {
        ResourceKey k = ResourceKey.forPath(key, path);
        return Envelope.openResource(Files.readAllBytes(folder.resolve(salt.fileName(k.id()))), k, roots,
                Long.MAX_VALUE, 0);
    }

    public TreeSet<String> files() throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            TreeSet<String> names = new TreeSet<>();
            s.forEach(p -> names.add(p.getFileName().toString()));
            return names;
        }
    }

    /** The mirror folders under a build's output, in the order of mirrors.txt. */
    public static List<Party> all(PartyKey key, Path out) throws IOException, EnvelopeException {
        List<Party> parties = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("mirrors.txt"))) {
            parties.add(new Party(key, out.resolve(party.wtp.manifest.MirrorUrl.parse(line).folderName())));
        }
        return parties;
    }
}
