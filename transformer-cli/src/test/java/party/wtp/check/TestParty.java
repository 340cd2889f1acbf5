package party.wtp.check;

import party.wtp.build.MirrorPages;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import party.wtp.anchor.ResourceId;
import party.wtp.anchor.ResourceKey;
import party.wtp.crypto.PartyKey;
import party.wtp.crypto.SeededRandomness;
import party.wtp.envelope.GenerationBuilder;
import party.wtp.envelope.ResourceMeta;
import party.wtp.manifest.Holdings;
import party.wtp.manifest.Manifest;
import party.wtp.manifest.MirrorEntry;
import party.wtp.manifest.MirrorUrl;
import party.wtp.naming.MirrorSalt;
import party.wtp.route.Route;
import party.wtp.route.SiteMap;

/**
 * A party of four mirrors on loopback ports, written as mirror folders with core's GenerationBuilder, in two
 * generations (1 in {@code old/}, 2 in {@code party/}). Lists: m1 names m2 and m3, m2 names m4, m3 and m4 name m1, so
 * m4 is reached only through a second hop. m4 holds only the entry page and the site map. m1's signed list may name
 * more mirrors ({@link #TestParty(Path, List)}), and {@link #forgedManifest} makes a manifest no party member signed.
 */
final class TestParty {
    static final String SITE_MAP_PATH = "/wtp/site-map";
    static final List<String> PAGES = List.of("index.html", "about.html", "style.css");

    final PartyKey key = PartyKey.fromSeed(new byte[32]);
    final List<MirrorUrl> urls = new ArrayList<>();
    final List<MirrorSalt> salts = new ArrayList<>();
    final Map<String, ResourceKey> keys = new LinkedHashMap<>();
    final Path party;
    final Path old;
    /** Mirrors m1's list names besides m2 and m3. */
    private final List<MirrorEntry> alsoListedByFirst;

    TestParty(Path root) throws IOException {
        this(root, List.of());
    }

    TestParty(Path root, List<MirrorEntry> alsoListedByFirst) throws IOException {
        this.alsoListedByFirst = alsoListedByFirst;
        party = root.resolve("party");
        old = root.resolve("old");
        SeededRandomness random = new SeededRandomness("check-test");
        for (int i = 0; i < 4; i++) {
            urls.add(MirrorUrl.parse("http://127.0.0.1:" + freePort() + "/"));
            salts.add(MirrorSalt.generate(random));
        }
        for (String path : PAGES) {
            keys.put(path, ResourceKey.forPath(key, path));
        }
        keys.put(SITE_MAP_PATH, ResourceKey.forPath(key, SITE_MAP_PATH));
        write(old, 1, random);
        write(party, 2, random);
        StringBuilder list = new StringBuilder();
        for (MirrorUrl url : urls) {
            list.append(url).append('\n');
        }
        Files.writeString(party.resolve("mirrors.txt"), list.toString());
    }

    String entryUrl() {
        return urls.get(0) + "#" + route();
    }

    String route() {
        return new Route(key.publicKey().fingerprint(), keys.get("index.html"), null).toString();
    }

    String url(int mirror) {
        return urls.get(mirror).toString();
    }

    /** The file name of a resource on a mirror. */
    String fileName(int mirror, String path) {
        return salts.get(mirror).fileName(keys.get(path).id());
    }

    private void write(Path dir, long generation, SeededRandomness random) throws IOException {
        ResourceKey mapKey = keys.get(SITE_MAP_PATH);
        GenerationBuilder builder = new GenerationBuilder(key, generation, random);
        Map<String, ResourceKey> pageKeys = new LinkedHashMap<>(keys);
        pageKeys.remove(SITE_MAP_PATH);
        builder.addResource(mapKey, new ResourceMeta(SiteMap.CONTENT_TYPE, SITE_MAP_PATH, null),
                new SiteMap(pageKeys).encode());
        for (String path : PAGES) {
            String type = path.endsWith(".css") ? "text/css" : "text/html";
            builder.addResource(keys.get(path), new ResourceMeta(type, path, type.equals("text/html") ? mapKey : null),
                    ("generation " + generation + " of " + path).getBytes(StandardCharsets.UTF_8));
        }
        List<MirrorEntry> entries = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            entries.add(entry(i));
        }
        int[][] lists = {{1, 2}, {3}, {0}, {0}};
        for (int i = 0; i < 4; i++) {
            List<MirrorEntry> listed = new ArrayList<>();
            for (int j : lists[i]) {
                listed.add(entries.get(j));
            }
            if (i == 0) {
                listed.addAll(alsoListedByFirst);
            }
            builder.addManifest(salts.get(i), manifest(key, generation, entries.get(i), listed));
        }
        GenerationBuilder.Sealed sealed = builder.seal();
        for (int i = 0; i < 4; i++) {
            MirrorSalt salt = salts.get(i);
            Path folder = dir.resolve(urls.get(i).folderName());
            Files.createDirectories(folder);
            Files.write(folder.resolve("index.html"), MirrorPages.entryPage(salt, urls.get(i)));
            Files.write(folder.resolve(salt.bridgeFileName()), MirrorPages.bridgePage(salt));
            ResourceId manifestId = ResourceId.ofManifest(salt);
            Files.write(folder.resolve(salt.fileName(manifestId)), sealed.copy(manifestId));
            for (Map.Entry<String, ResourceKey> e : keys.entrySet()) {
                if (entries.get(i).mayHold(e.getValue().id())) {
                    Files.write(folder.resolve(salt.fileName(e.getValue().id())), sealed.copy(e.getValue().id()));
                }
            }
        }
    }

    /** This mirror's entry: its URL, salt and holdings as the signed lists give them. */
    MirrorEntry entry(int mirror) {
        return new MirrorEntry(urls.get(mirror), salts.get(mirror),
                mirror == 3 ? Holdings.of(List.of(keys.get("index.html").id(), keys.get(SITE_MAP_PATH).id()), 2)
                        : Holdings.all());
    }

    /**
     * The bytes of a manifest for {@code mirror} (generation 2), naming {@code listed}, signed by {@code signer}: what a
     * mirror serves when it adds mirrors to its list on its own, with a key of its own.
     */
    byte[] forgedManifest(PartyKey signer, int mirror, List<MirrorEntry> listed) {
        GenerationBuilder builder = new GenerationBuilder(signer, 2, new SeededRandomness("forged"));
        builder.addManifest(salts.get(mirror), manifest(signer, 2, entry(mirror), listed));
        return builder.seal().copy(ResourceId.ofManifest(salts.get(mirror)));
    }

    private Manifest manifest(PartyKey signer, long generation, MirrorEntry self, List<MirrorEntry> listed) {
        return new Manifest(signer.publicKey(), generation, 1_700_000_000L + generation, keys.get("index.html").id(),
                1 << 20, self, listed, "", "a test party");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
