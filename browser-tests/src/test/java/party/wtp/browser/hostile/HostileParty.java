package party.wtp.browser.hostile;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import party.wtp.anchor.ResourceId;
import party.wtp.anchor.ResourceKey;
import party.wtp.client.MirrorPages;
import party.wtp.crypto.PartyKey;
import party.wtp.crypto.SeededRandomness;
import party.wtp.envelope.GenerationBuilder;
import party.wtp.envelope.InnerLayer;
import party.wtp.envelope.ResourceMeta;
import party.wtp.manifest.Holdings;
import party.wtp.manifest.Manifest;
import party.wtp.manifest.MirrorEntry;
import party.wtp.manifest.MirrorUrl;
import party.wtp.naming.MirrorSalt;

/**
 * A party of two pages and an image spread over {@link HostileMirror}s, built in the test with core's
 * {@link GenerationBuilder}: who lists whom, who holds what, and which generation each file is of are up to the test,
 * as are the lies a mirror tells (flipped bytes, another file under a name, another key's list). Page texts name their
 * generation ("Home v2"), so a test sees which copy the reader got.
 */
public final class HostileParty {
    public static final String HOME = "index.html";
    public static final String NEXT = "next.html";
    static final String LOGO = "logo.png";
    static final List<String> PATHS = List.of(HOME, NEXT, LOGO);

    private final PartyKey key;
    private final SeededRandomness random = new SeededRandomness("hostile party");
    private final Map<String, HostileMirror> mirrors = new LinkedHashMap<>();
    private final Map<String, MirrorSalt> salts = new LinkedHashMap<>();
    private final Map<String, ResourceKey> keys = new LinkedHashMap<>();
    private final Map<String, List<String>> lists = new LinkedHashMap<>();
    private final Map<String, Set<String>> holdings = new LinkedHashMap<>();
    private String reportUrl = "";
    /** Entry pages carry their mirror's signed list, as {@code wtp build} writes them. */
    private boolean carryLists;
    /** Bytes of filler in the home page's text, to make it larger than the client's early cap. */
    private int homeFiller;

    /** Every mirror holds everything and lists all the others, until the test says otherwise. */
    public HostileParty(List<HostileMirror> all) {
        key = PartyKey.generate(random);
        for (String path : PATHS) {
            keys.put(path, ResourceKey.forPath(key, path));
        }
        for (HostileMirror m : all) {
            mirrors.put(m.name(), m);
            salts.put(m.name(), MirrorSalt.generate(random));
            holdings.put(m.name(), new LinkedHashSet<>(PATHS));
        }
        for (HostileMirror m : all) {
            List<String> others = new ArrayList<>(mirrors.keySet());
            others.remove(m.name());
            lists.put(m.name(), others);
        }
    }

    /**
     * The scene most cases start from: generation 1 on the first five mirrors of {@code net}, each listing the others,
     * and the reader on m1's home page.
     */
    public static HostileParty readerOnHome(HostileNet net, ReaderScreen screen) {
        HostileParty party = new HostileParty(net.first(5));
        party.publish(1);
        screen.open(party.entryUrl("m1", HOME));
        screen.awaitHeading("Home v1");
        return party;
    }

    /** {@code mirror}'s signed list names exactly these. */
    HostileParty lists(String mirror, String... others) {
        lists.put(mirror, Arrays.asList(others));
        return this;
    }

    /** {@code mirror} holds (and says it holds, by a Bloom filter) only these paths. */
    HostileParty holds(String mirror, String... paths) {
        holdings.put(mirror, new LinkedHashSet<>(Arrays.asList(paths)));
        return this;
    }

    /** Entry pages written from now on carry their mirror's signed list, as {@code wtp build} writes them. */
    HostileParty carryLists() {
        carryLists = true;
        return this;
    }

    /** The home page gets {@code bytes} of filler text (sealed from the next {@link #publish} on). */
    HostileParty homeFiller(int bytes) {
        homeFiller = bytes;
        return this;
    }

    HostileParty reportTo(String url) {
        reportUrl = url;
        return this;
    }

    /** Seals generation {@code g} and writes it to every mirror: pages, manifests, entry page, bridge and client. */
    public Generation publish(long g) {
        Generation gen = seal(g, key);
        for (String m : mirrors.keySet()) {
            MirrorSalt salt = salts.get(m);
            put(m, salt.bridgeFileName(), MirrorPages.bridgePage(salt).getBytes(StandardCharsets.UTF_8));
            put(m, salt.clientFileName(), MirrorPages.clientScript(salt));
            for (String path : holdings.get(m)) {
                gen.write(m, path);
            }
            gen.writeManifest(m);
            put(m, "index.html", MirrorPages.entryPage(salt, entry(m).url(),
                    carryLists ? read(m, manifestName(m)) : null).getBytes(StandardCharsets.UTF_8));
        }
        return gen;
    }

    /** {@code mirror}'s entry page carries the signed list {@code listOf} serves (another mirror's, or its own). */
    void entryCarries(String mirror, String listOf) {
        put(mirror, "index.html", MirrorPages.entryPage(salts.get(mirror), entry(mirror).url(),
                read(listOf, manifestName(listOf))).getBytes(StandardCharsets.UTF_8));
    }

    /** Seals generation {@code g} without writing it (to serve parts of it where a test wants). */
    Generation seal(long g) {
        return seal(g, key);
    }

    /** The same manifests and pages, signed by another party's key. */
    Generation sealByAnotherKey(long g) {
        return seal(g, PartyKey.generate(new SeededRandomness("another party")));
    }

    private Generation seal(long g, PartyKey signer) {
        GenerationBuilder b = new GenerationBuilder(signer, g, random);
        Map<String, Integer> bodyLengths = new LinkedHashMap<>();
        for (String path : PATHS) {
            ResourceMeta meta = new ResourceMeta(type(path), path, null);
            byte[] content = content(path, g);
            bodyLengths.put(path, meta.encode().length + content.length);
            b.addResource(keys.get(path), meta, content);
        }
        for (String m : mirrors.keySet()) {
            List<MirrorEntry> named = new ArrayList<>();
            for (String other : lists.get(m)) {
                named.add(entry(other));
            }
            b.addManifest(salts.get(m), new Manifest(signer.publicKey(), g, 1_700_000_000L + g,
                    keys.get(HOME).id(), 1 << 20, entry(m), named, reportUrl, ""));
        }
        return new Generation(b.seal(), bodyLengths);
    }

    private MirrorEntry entry(String m) {
        Set<String> held = holdings.get(m);
        Holdings h = Holdings.all();
        if (held.size() < PATHS.size()) {
            List<ResourceId> ids = new ArrayList<>();
            for (String path : held) {
                ids.add(keys.get(path).id());
            }
            h = Holdings.of(ids, ids.size());
        }
        return new MirrorEntry(MirrorUrl.parse(mirrors.get(m).origin() + "/"), salts.get(m), h);
    }

    /** One sealed generation: per-mirror copies of its files. */
    public final class Generation {
        private final GenerationBuilder.Sealed sealed;
        private final Map<String, Integer> bodyLengths;

        Generation(GenerationBuilder.Sealed sealed, Map<String, Integer> bodyLengths) {
            this.sealed = sealed;
            this.bodyLengths = bodyLengths;
        }

        /** Writes {@code path}'s envelope to {@code mirror} under its name there. */
        void write(String mirror, String path) {
            put(mirror, fileName(mirror, path), sealed.copy(keys.get(path).id()));
        }

        /** Writes {@code path}'s envelope to {@code mirror} under the name of {@code asPath}. */
        void writeAs(String mirror, String path, String asPath) {
            put(mirror, fileName(mirror, asPath), sealed.copy(keys.get(path).id()));
        }

        void writeManifest(String mirror) {
            put(mirror, manifestName(mirror), sealed.copy(ResourceId.ofManifest(salts.get(mirror))));
        }

        /** Flips one byte of {@code path}'s copy on {@code mirror} in its body (the outer layer, page bytes). */
        void flipOuter(String mirror, String path) {
            flip(mirror, fileName(mirror, path), bodyLengths.get(path) / 2);
        }

        /**
         * Flips one byte of {@code path}'s copy on {@code mirror} in its header, under the inner layer only: the last
         * byte of the signed root (the 64-byte signature follows it), so the root's signature no longer holds.
         */
        void flipInner(String mirror, String path) {
            flip(mirror, fileName(mirror, path), bodyLengths.get(path) + 65);
        }
    }

    /**
     * {@code mirror} edits its own signed list: under the inner layer (whose key it holds) the name of one mirror it
     * lists, {@code listed}, becomes {@code injected}'s (same length), and it encrypts the list again.
     */
    void injectIntoList(String mirror, String listed, String injected) {
        byte[] from = (mirrors.get(listed).origin() + "/").getBytes(StandardCharsets.UTF_8);
        byte[] to = (mirrors.get(injected).origin() + "/").getBytes(StandardCharsets.UTF_8);
        if (from.length != to.length) {
            throw new IllegalStateException("origins differ in length: " + listed + ", " + injected);
        }
        byte[] served = read(mirror, manifestName(mirror));
        InnerLayer.stream(Arrays.copyOf(served, 32)).apply(served, 32, served.length - 32, served, 32);
        int at = indexOf(served, from);
        if (at < 0) {
            throw new IllegalStateException(mirror + "'s list does not name " + listed);
        }
        System.arraycopy(to, 0, served, at, to.length);
        InnerLayer.stream(Arrays.copyOf(served, 32)).apply(served, 32, served.length - 32, served, 32);
        put(mirror, manifestName(mirror), served);
    }

    /** The fragment that opens {@code path}. */
    String route(String path) {
        return "#" + key.publicKey().fingerprint() + "." + keys.get(path);
    }

    public String entryUrl(String mirror, String path) {
        return mirrors.get(mirror).origin() + "/index.html" + route(path);
    }

    public String fileName(String mirror, String path) {
        return salts.get(mirror).fileName(keys.get(path).id());
    }

    String manifestName(String mirror) {
        MirrorSalt salt = salts.get(mirror);
        return salt.fileName(ResourceId.ofManifest(salt));
    }

    String clientName(String mirror) {
        return salts.get(mirror).clientFileName();
    }

    String bridgeName(String mirror) {
        return salts.get(mirror).bridgeFileName();
    }

    /** {@code http://mN.party.test:PORT/} as the walk and the reports name it. */
    String base(String mirror) {
        return mirrors.get(mirror).origin() + "/";
    }

    private void flip(String mirror, String name, int fromEnd) {
        byte[] bytes = read(mirror, name);
        bytes[bytes.length - fromEnd] ^= 0x01;
        put(mirror, name, bytes);
    }

    private byte[] read(String mirror, String name) {
        try {
            return Files.readAllBytes(mirrors.get(mirror).folder().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void put(String mirror, String name, byte[] bytes) {
        try {
            Files.write(mirrors.get(mirror).folder().resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private byte[] content(String path, long g) {
        return switch (path) {
            case HOME -> ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Home</title></head><body>"
                    + "<h1 id=\"t\">Home v" + g + "</h1><img id=\"logo\" src=\"" + route(LOGO) + "\" alt=\"logo\">"
                    + "<p><a id=\"next\" href=\"" + route(NEXT) + "\">Next page</a></p><p hidden>"
                    + "filler ".repeat(homeFiller / 7) + "</p></body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            case NEXT -> ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Next</title></head><body>"
                    + "<h1 id=\"t\">Next v" + g + "</h1><p><a id=\"home\" href=\"" + route(HOME) + "\">Home</a></p>"
                    + "</body></html>").getBytes(StandardCharsets.UTF_8);
            default -> png((int) (10 * g + 20));
        };
    }

    private static String type(String path) {
        return path.endsWith(".html") ? "text/html; charset=utf-8" : "image/png";
    }

    private static byte[] png(int width) {
        BufferedImage image = new BufferedImage(width, 10, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < 10; y++) {
                image.setRGB(x, y, Color.GREEN.getRGB());
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
