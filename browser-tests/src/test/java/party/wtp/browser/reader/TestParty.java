package party.wtp.browser.reader;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import party.wtp.anchor.ResourceId;
import party.wtp.anchor.ResourceKey;
import party.wtp.browser.StaticSites;
import party.wtp.client.MirrorPages;
import party.wtp.crypto.PartyKey;
import party.wtp.crypto.SeededRandomness;
import party.wtp.envelope.GenerationBuilder;
import party.wtp.envelope.ResourceMeta;
import party.wtp.manifest.Holdings;
import party.wtp.manifest.Manifest;
import party.wtp.manifest.MirrorEntry;
import party.wtp.manifest.MirrorUrl;
import party.wtp.naming.MirrorSalt;

/**
 * A small party built in the test with core's {@link GenerationBuilder} and written as real mirror folders (entry
 * page, bridge and both clients from client-teavm's {@link MirrorPages}, one envelope per file under its salted name):
 * two pages linking to each other by route, a style sheet with a {@code url()} background, a PNG and a script.
 */
public final class TestParty {
    public static final String HOME = "index.html";
    public static final String NEXT = "next.html";
    public static final String CSS = "style.css";
    public static final String LOGO = "logo.png";
    public static final String BACKGROUND = "bg.png";
    public static final String SCRIPT = "script.js";

    private final PartyKey party;
    private final Map<String, ResourceKey> keys = new LinkedHashMap<>();
    private final Map<String, MirrorSalt> salts = new LinkedHashMap<>();
    private final StaticSites sites;

    private TestParty(StaticSites sites, PartyKey party) {
        this.sites = sites;
        this.party = party;
    }

    /** Builds the party and writes one complete mirror per host. */
    public static TestParty publish(StaticSites sites, String... hosts) {
        return publish(sites, List.of(), hosts);
    }

    /** As above, the home page's meta listing {@code homeClosure} (paths, which need not be files of the party). */
    public static TestParty publish(StaticSites sites, List<String> homeClosure, String... hosts) {
        SeededRandomness random = new SeededRandomness("reader test party");
        TestParty p = new TestParty(sites, PartyKey.generate(random));
        for (String path : List.of(HOME, NEXT, CSS, LOGO, BACKGROUND, SCRIPT)) {
            p.keys.put(path, ResourceKey.forPath(p.party, path));
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(HOME, utf8("""
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"><title>Party home</title>
                <link rel="stylesheet" href="%s"></head>
                <body><h1 id="top">Welcome to the party</h1>
                <img id="logo" src="%s" alt="logo">
                <p id="out">script did not run</p>
                <p><a id="next" href="%s">Next page</a> <a id="down" href="#far">Down</a></p>
                <div style="height: 3000px">spacer</div>
                <p id="far">Far down</p>
                <script src="%s"></script>
                <script>document.getElementById('out').textContent += ', then inline';</script>
                </body></html>
                """.formatted(p.route(CSS), p.route(LOGO), p.route(NEXT), p.route(SCRIPT))));
        files.put(NEXT, utf8("""
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"><title>Second page</title>
                <link rel="stylesheet" href="%s"></head>
                <body><h1>Second page</h1><p id="msg">You reached the second page.</p>
                <p><a id="home" href="%s">Home</a> <a id="outside" href="http://example.invalid/">outside</a></p>
                </body></html>
                """.formatted(p.route(CSS), p.route(HOME))));
        files.put(CSS, utf8("""
                body { background: rgb(250, 250, 240) url(%s) repeat-x; }
                h1 { color: rgb(200, 0, 0); font-family: serif; }
                """.formatted(p.route(BACKGROUND))));
        files.put(SCRIPT, utf8("document.getElementById('out').textContent = 'script ran: ' + (6 * 7);"));
        files.put(LOGO, png(40, 20, Color.BLUE));
        files.put(BACKGROUND, png(8, 8, Color.ORANGE));

        GenerationBuilder generation = new GenerationBuilder(p.party, 1, random);
        List<ResourceKey> closure = new ArrayList<>();
        for (String path : homeClosure) {
            closure.add(ResourceKey.forPath(p.party, path));
        }
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            String path = f.getKey();
            generation.addResource(p.keys.get(path), new ResourceMeta(type(path), path, null,
                    path.equals(HOME) ? closure : List.of()), f.getValue());
        }
        Map<String, MirrorEntry> entries = new LinkedHashMap<>();
        for (String host : hosts) {
            MirrorSalt salt = MirrorSalt.generate(random);
            p.salts.put(host, salt);
            entries.put(host, new MirrorEntry(MirrorUrl.parse(sites.origin(host) + "/"), salt, Holdings.all()));
        }
        for (String host : hosts) {
            List<MirrorEntry> others = new ArrayList<>(entries.values());
            others.remove(entries.get(host));
            generation.addManifest(p.salts.get(host), new Manifest(p.party.publicKey(), 1, 1_700_000_000L,
                    p.keys.get(HOME).id(), 1 << 20, entries.get(host), others, "", ""));
        }
        GenerationBuilder.Sealed sealed = generation.seal();
        for (String host : hosts) {
            MirrorSalt salt = p.salts.get(host);
            sites.put(host, "index.html", MirrorPages.entryPage(salt, entries.get(host).url()))
                    .put(host, salt.bridgeFileName(), MirrorPages.bridgePage(salt))
                    .put(host, salt.clientFileName(), MirrorPages.clientScript(salt))
                    .put(host, salt.legacyClientFileName(), MirrorPages.legacyClientScript(salt));
            for (ResourceKey key : p.keys.values()) {
                sites.put(host, salt.fileName(key.id()), sealed.copy(key.id()));
            }
            ResourceId manifest = ResourceId.ofManifest(salt);
            sites.put(host, salt.fileName(manifest), sealed.copy(manifest));
        }
        return p;
    }

    /** The fragment that opens {@code path}: {@code #FP.KEY}. */
    public String route(String path) {
        return "#" + party.publicKey().fingerprint() + "." + keys.get(path);
    }

    /** The name {@code path}'s envelope has (or would have) on {@code host}. */
    String fileName(String host, String path) {
        return salts.get(host).fileName(ResourceKey.forPath(party, path).id());
    }

    /** The legacy client's name on {@code host}. */
    public String legacyClientName(String host) {
        return salts.get(host).legacyClientFileName();
    }

    /** The bridge page's name on {@code host}. */
    String bridgeName(String host) {
        return salts.get(host).bridgeFileName();
    }

    /** The entry URL of {@code path} on {@code host}. */
    public String entryUrl(String host, String path) {
        return sites.url(host, "/index.html") + route(path);
    }

    /** Flips one byte near the end of {@code path}'s envelope on {@code host} (inside the body). */
    public void tamper(String host, String path) {
        Path file = sites.folder(host).resolve(salts.get(host).fileName(keys.get(path).id()));
        try {
            byte[] bytes = Files.readAllBytes(file);
            bytes[bytes.length - 3] ^= 0x20;
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String type(String path) {
        if (path.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (path.endsWith(".css")) {
            return "text/css";
        }
        if (path.endsWith(".js")) {
            return "text/javascript";
        }
        return "image/png";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A PNG of one colour. */
    static byte[] png(int width, int height, Color color) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, color.getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
