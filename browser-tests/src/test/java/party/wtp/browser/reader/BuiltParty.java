package party.wtp.browser.reader;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import party.wtp.anchor.ResourceKey;
import party.wtp.browser.StaticSites;
import party.wtp.cli.Wtp;
import party.wtp.crypto.PartyKey;
import party.wtp.crypto.SeededRandomness;
import party.wtp.keys.KeyFile;
import party.wtp.manifest.MirrorUrl;
import party.wtp.naming.MirrorSalt;

/**
 * A party made as creators make one: a site folder of given files, turned into mirror folders by the real
 * {@code wtp build} (with any extra options, such as {@code --about}), each copied to the {@link StaticSites}
 * host it names.
 */
final class BuiltParty {
    private static final Pattern SALT = Pattern.compile("<meta name=\"wtp-salt\" content=\"([A-Za-z0-9_-]{22})\">");
    private final StaticSites sites;
    private final PartyKey party;

    private BuiltParty(StaticSites sites, PartyKey party) {
        this.sites = sites;
        this.party = party;
    }

    /** Builds {@code files} (path to bytes) for mirrors on {@code hosts}, with {@code options} added to the build. */
    static BuiltParty publish(StaticSites sites, Map<String, byte[]> files, List<String> options, String... hosts) {
        BuiltParty built = new BuiltParty(sites, PartyKey.generate(new SeededRandomness("built reader party")));
        try {
            Path work = Files.createTempDirectory(sites.folder(hosts[0]).getParent(), "build-");
            Path site = work.resolve("site");
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path file = site.resolve(f.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, f.getValue());
            }
            Path key = work.resolve("party.key");
            Files.writeString(key, KeyFile.encode(built.party));
            List<String> args = new ArrayList<>(List.of("build", site.toString(), "--out", work.resolve("out").toString(),
                    "--key", key.toString(), "--seed", "built reader party"));
            for (String host : hosts) {
                args.add("--mirror");
                args.add(sites.origin(host) + "/");
            }
            args.addAll(options);
            StringWriter err = new StringWriter();
            int exit = Wtp.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), args.toArray(new String[0]));
            if (exit != 0) {
                throw new IllegalStateException("wtp build failed (" + exit + "): " + err);
            }
            for (String host : hosts) {
                Path folder = work.resolve("out").resolve(MirrorUrl.parse(sites.origin(host) + "/").folderName());
                try (Stream<Path> s = Files.list(folder)) {
                    for (Path p : (Iterable<Path>) s::iterator) {
                        sites.put(host, p.getFileName().toString(), Files.readAllBytes(p));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return built;
    }

    /** The fragment that opens {@code path}: {@code #FP.KEY}. */
    String route(String path) {
        return "#" + fingerprint() + "." + ResourceKey.forPath(party, path);
    }

    /** The name {@code path}'s envelope has on {@code host} (from the salt its entry page names). */
    String fileName(String host, String path) {
        return salt(host).fileName(ResourceKey.forPath(party, path).id());
    }

    /** The name of the modern client script on {@code host}. */
    String clientFileName(String host) {
        return salt(host).clientFileName();
    }

    private MirrorSalt salt(String host) {
        try {
            Matcher m = SALT.matcher(Files.readString(sites.folder(host).resolve("index.html")));
            if (!m.find()) {
                throw new IllegalStateException("no salt in the entry page of " + host);
            }
            return MirrorSalt.parse(m.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The party's key fingerprint, as readers see it. */
    String fingerprint() {
        return party.publicKey().fingerprint().toString();
    }
}
