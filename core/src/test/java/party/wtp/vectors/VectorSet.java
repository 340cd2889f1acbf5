package party.wtp.vectors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import party.wtp.anchor.ResourceId;
import party.wtp.anchor.ResourceKey;
import party.wtp.bytes.Base64Url;
import party.wtp.bytes.ByteWriter;
import party.wtp.bytes.Utf8;
import party.wtp.bytes.Hex;
import party.wtp.crypto.PartyKey;
import party.wtp.crypto.Randomness;
import party.wtp.crypto.SeededRandomness;
import party.wtp.crypto.Sha256;
import party.wtp.envelope.GenerationBuilder;
import party.wtp.envelope.InnerLayer;
import party.wtp.envelope.ResourceMeta;
import party.wtp.manifest.Holdings;
import party.wtp.manifest.Manifest;
import party.wtp.manifest.MirrorEntry;
import party.wtp.manifest.MirrorUrl;
import party.wtp.naming.MirrorSalt;

/** Makes the shared test vectors, deterministically from a fixed seed: good ones and the ones that must fail. */
final class VectorSet {
    private final Randomness random = new SeededRandomness("wtp test vectors v1");
    private final PartyKey party = PartyKey.generate(random);
    private final PartyKey stranger = PartyKey.generate(random);
    private final Map<String, String> files = new LinkedHashMap<>();

    static Map<String, String> make() {
        VectorSet v = new VectorSet();
        v.build();
        return v.files;
    }

    private void build() {
        ResourceKey page = ResourceKey.of(random.bytes(16));
        ResourceKey image = ResourceKey.of(random.bytes(16));
        ResourceKey empty = ResourceKey.of(random.bytes(16));
        ResourceKey big = ResourceKey.of(random.bytes(16));
        byte[] html = "<!doctype html><h1>Hello, vectors</h1>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] png = random.bytes(300);
        byte[] bigBytes = random.bytes(100_003);
        MirrorSalt salt1 = MirrorSalt.generate(random);
        MirrorSalt salt2 = MirrorSalt.generate(random);
        MirrorSalt salt3 = MirrorSalt.generate(random);
        List<ResourceId> partial = new ArrayList<>();
        partial.add(page.id());
        partial.add(big.id());
        MirrorEntry m1 = new MirrorEntry(MirrorUrl.parse("http://m1.party.test:8001/"), salt1, Holdings.all());
        MirrorEntry m2 = new MirrorEntry(MirrorUrl.parse("http://m2.party.test:8002/"), salt2, Holdings.all());
        MirrorEntry m3 = new MirrorEntry(MirrorUrl.parse("https://example.org/party/"), salt3, Holdings.of(partial, 2));
        List<MirrorEntry> others = new ArrayList<>();
        others.add(m2);
        others.add(m3);
        Manifest manifest = new Manifest(party.publicKey(), 5, 1_700_000_000L, page.id(), 1 << 20, m1, others, "",
                "Test vectors.");
        List<MirrorEntry> forgedList = new ArrayList<>(others);
        forgedList.add(new MirrorEntry(MirrorUrl.parse("http://evil.example/"), MirrorSalt.generate(random),
                Holdings.all()));
        Manifest forged = new Manifest(party.publicKey(), 5, 1_700_000_000L, page.id(), 1 << 20, m1, forgedList, "",
                "Test vectors.");
        Manifest older = new Manifest(party.publicKey(), 4, 1_690_000_000L, page.id(), 1 << 20, m1, others, "", "");
        Manifest foreign = new Manifest(stranger.publicKey(), 5, 1_700_000_000L, page.id(), 1 << 20, m1, others, "", "");

        GenerationBuilder.Sealed g5 = new GenerationBuilder(party, 5, random)
                .addResource(page, new ResourceMeta("text/html; charset=utf-8", "index.html", null), html)
                .addResource(image, new ResourceMeta("image/png", "img/dot.png", null), png)
                .addResource(empty, new ResourceMeta("text/plain", "empty file.txt", null), new byte[0])
                .addResource(big, new ResourceMeta("application/octet-stream", "données/big.bin", null), bigBytes)
                .addManifest(salt1, manifest).seal();
        GenerationBuilder.Sealed g4 = new GenerationBuilder(party, 4, random)
                .addResource(page, new ResourceMeta("text/html; charset=utf-8", "index.html", null), html)
                .addManifest(salt1, older).seal();
        GenerationBuilder.Sealed alien = new GenerationBuilder(stranger, 5, random)
                .addResource(page, new ResourceMeta("text/html; charset=utf-8", "index.html", null), html)
                .addManifest(salt1, foreign).seal();
        GenerationBuilder.Sealed forgedGen = new GenerationBuilder(party, 5, random).addManifest(salt1, forged).seal();

        byte[] pageEnv = g5.copy(page.id());
        String pageType = "text/html; charset=utf-8";
        resource("01-resource-ok", "ok", "a small page", page, pageEnv, html, pageType, "index.html", 1 << 20, 5);
        resource("02-empty-ok", "ok", "an empty file with a space in its name", empty, g5.copy(empty.id()),
                new byte[0], "text/plain", "empty file.txt", 1 << 20, 5);
        resource("03-odd-size-ok", "ok", "100003 bytes, non-ASCII path", big, g5.copy(big.id()), bigBytes,
                "application/octet-stream", "données/big.bin", 1 << 20, 5);
        resource("04-stale-accepted-when-allowed", "ok", "generation 4 read by a reader who knows no newer", page,
                g4.copy(page.id()), html, pageType, "index.html", 1 << 20, 4);
        manifest("05-manifest-ok", "ok", "a mirror's manifest naming two others, one partial", salt1, g5.copy(
                ResourceId.ofManifest(salt1)), 2, 5);

        resource("10-inner-key-flipped", "malformed", "one bit of the inner key prefix flipped", page,
                flip(pageEnv, 0), html, pageType, "index.html", 1 << 20, 5);
        resource("11-header-byte-flipped", "malformed", "one byte of the encrypted header (magic) flipped", page,
                flip(pageEnv, 33), html, pageType, "index.html", 1 << 20, 5);
        resource("12-inner-layer-body-flipped", "bad proof", "one byte of the inner layer over the body flipped", page,
                flip(pageEnv, pageEnv.length - 1), html, pageType, "index.html", 1 << 20, 5);
        resource("13-outer-layer-flipped", "bad proof",
                "one byte of the outer ciphertext flipped, then re-wrapped under a new inner key", page,
                rewrap(pageEnv, pageEnv.length - 33 - 5), html, pageType, "index.html", 1 << 20, 5);
        resource("14-wrong-outer-key", "wrong resource", "opened with another resource key", image, pageEnv, html,
                pageType, "index.html", 1 << 20, 5);
        resource("15-swapped-resource", "wrong resource", "another valid resource served under this one's name", page,
                g5.copy(image.id()), html, pageType, "index.html", 1 << 20, 5);
        resource("16-older-generation", "stale generation", "a valid copy of generation 4 when 5 is known", page,
                g4.copy(page.id()), html, pageType, "index.html", 1 << 20, 5);
        resource("17-truncated", "malformed", "last byte missing", page, java.util.Arrays.copyOf(pageEnv,
                pageEnv.length - 1), html, pageType, "index.html", 1 << 20, 5);
        resource("18-trailing-byte", "malformed", "one byte appended", page, java.util.Arrays.copyOf(pageEnv,
                pageEnv.length + 1), html, pageType, "index.html", 1 << 20, 5);
        resource("19-oversize", "oversize", "declares more than the reader's limit", big, g5.copy(big.id()), bigBytes,
                "application/octet-stream", "données/big.bin", 100_000, 5);
        resource("20-bad-proof-hash", "bad proof", "one byte of an inclusion proof hash flipped and re-wrapped", page,
                rewrap(pageEnv, 32 + 60 + 3), html, pageType, "index.html", 1 << 20, 5);
        resource("21-other-party", "bad signature", "a valid envelope of another party", page, alien.copy(page.id()),
                html, pageType, "index.html", 1 << 20, 5);
        int sigAt = 32 + 60 + 32 * pathLength(pageEnv) + 32 + 7;
        resource("22-signature-flipped", "bad signature", "one byte of the root signature flipped and re-wrapped", page,
                rewrap(pageEnv, sigAt), html, pageType, "index.html", 1 << 20, 5);
        manifest("23-mirror-added-by-mirror", "bad proof",
                "the manifest with one mirror added by the mirror itself, under the real proof and signature", salt1,
                splice(g5.copy(ResourceId.ofManifest(salt1)), forgedGen.copy(ResourceId.ofManifest(salt1))), 2, 5);
        manifest("24-manifest-other-key", "bad signature", "a manifest signed by another key", salt1,
                alien.copy(ResourceId.ofManifest(salt1)), 2, 5);
        manifest("25-manifest-older-generation", "stale generation", "a valid manifest of generation 4 when 5 is known",
                salt1, g4.copy(ResourceId.ofManifest(salt1)), 2, 5);
        resource("26-header-pad-not-zero", "malformed", "the header's pad byte set, then re-wrapped", page,
                rewrap(pageEnv, 32 + 58), html, pageType, "index.html", 1 << 20, 5);
        closures(html, pageType, image, empty);
    }

    /**
     * A page whose meta lists its closure, with a field of a tag readers do not know among the others; and one whose
     * closure field is not a whole number of keys. Made last, in their own generation, so the vectors above keep
     * their bytes.
     */
    private void closures(byte[] html, String pageType, ResourceKey image, ResourceKey empty) {
        ResourceKey page = ResourceKey.of(random.bytes(16));
        ResourceKey broken = ResourceKey.of(random.bytes(16));
        byte[] keys = new ByteWriter().bytes(image.toBytes()).bytes(empty.toBytes()).toByteArray();
        byte[] good = meta(field(1, Utf8.encode(pageType)), field(2, Utf8.encode("index.html")),
                field(42, Utf8.encode("a field of a later version")), field(4, keys));
        byte[] bad = meta(field(1, Utf8.encode(pageType)), field(2, Utf8.encode("index.html")),
                field(4, java.util.Arrays.copyOf(keys, 17)));
        GenerationBuilder.Sealed g = new GenerationBuilder(party, 5, random).addResource(page, good, html)
                .addResource(broken, bad, html).seal();
        resource("27-page-closure-ok", "ok", "a page listing its closure (two keys), and a field of an unknown tag",
                page, g.copy(page.id()), html, pageType, "index.html", 1 << 20, 5, image + " " + empty);
        resource("28-closure-part-key", "malformed", "a page whose closure field holds 17 bytes", broken,
                g.copy(broken.id()), html, pageType, "index.html", 1 << 20, 5);
    }

    private static byte[] field(int tag, byte[] value) {
        return new ByteWriter().u8(tag).u16(value.length).bytes(value).toByteArray();
    }

    private static byte[] meta(byte[]... fields) {
        ByteWriter all = new ByteWriter();
        for (byte[] f : fields) {
            all.bytes(f);
        }
        return new ByteWriter().u16(all.size()).bytes(all.toByteArray()).toByteArray();
    }

    private void resource(String name, String expect, String what, ResourceKey key, byte[] served, byte[] content,
            String type, String path, long maxBody, long minGeneration) {
        resource(name, expect, what, key, served, content, type, path, maxBody, minGeneration, null);
    }

    private void resource(String name, String expect, String what, ResourceKey key, byte[] served, byte[] content,
            String type, String path, long maxBody, long minGeneration, String closure) {
        StringBuilder sb = header(name, expect, what, "resource", served, maxBody, minGeneration);
        sb.append("key: ").append(key).append('\n');
        sb.append("content-sha256: ").append(Hex.encode(Sha256.of(content))).append('\n');
        sb.append("content-type: ").append(type).append('\n');
        sb.append("path: ").append(path).append('\n');
        if (closure != null) {
            sb.append("closure: ").append(closure).append('\n');
        }
        files.put(name + ".txt", sb.append("envelope: ").append(Base64Url.encode(served)).append('\n').toString());
    }

    private void manifest(String name, String expect, String what, MirrorSalt salt, byte[] served, int mirrors,
            long minGeneration) {
        StringBuilder sb = header(name, expect, what, "manifest", served, Manifest.MAX_LENGTH, minGeneration);
        sb.append("salt: ").append(salt).append('\n');
        sb.append("mirrors: ").append(mirrors).append('\n');
        files.put(name + ".txt", sb.append("envelope: ").append(Base64Url.encode(served)).append('\n').toString());
    }

    private StringBuilder header(String name, String expect, String what, String kind, byte[] served, long maxBody,
            long minGeneration) {
        return new StringBuilder().append("# ").append(name).append(": ").append(what).append('\n')
                .append("expect: ").append(expect).append('\n').append("kind: ").append(kind).append('\n')
                .append("party: ").append(Base64Url.encode(party.publicKey().toBytes())).append('\n')
                .append("max-body: ").append(maxBody).append('\n')
                .append("min-generation: ").append(minGeneration).append('\n');
    }

    private static byte[] flip(byte[] served, int at) {
        byte[] out = served.clone();
        out[at] ^= 1;
        return out;
    }

    /** Removes the inner layer, flips one byte of what is under it (offset in served coordinates), re-wraps with a new inner key. */
    private byte[] rewrap(byte[] served, int at) {
        byte[] plain = unwrap(served);
        plain[at] ^= 0x10;
        return wrap(plain);
    }

    private static byte[] unwrap(byte[] served) {
        byte[] out = served.clone();
        byte[] key = java.util.Arrays.copyOf(served, 32);
        InnerLayer.stream(key).apply(out, 32, out.length - 32, out, 32);
        return out;
    }

    private byte[] wrap(byte[] plain) {
        byte[] out = plain.clone();
        byte[] key = random.bytes(32);
        System.arraycopy(key, 0, out, 0, 32);
        InnerLayer.stream(key).apply(out, 32, out.length - 32, out, 32);
        return out;
    }

    /** The header (proof, root, signature) of {@code real} with the length field and body of {@code fake}. */
    private byte[] splice(byte[] real, byte[] fake) {
        byte[] r = unwrap(real);
        byte[] f = unwrap(fake);
        int realHead = 32 + 60 + 32 * pathLength(real) + 96;
        int fakeHead = 32 + 60 + 32 * pathLength(fake) + 96;
        byte[] out = new byte[realHead + f.length - fakeHead];
        System.arraycopy(r, 0, out, 0, realHead);
        System.arraycopy(f, 32 + 46, out, 32 + 46, 8);
        System.arraycopy(f, fakeHead, out, realHead, f.length - fakeHead);
        return wrap(out);
    }

    private static int pathLength(byte[] served) {
        return unwrap(served)[32 + 59] & 0xff;
    }
}
