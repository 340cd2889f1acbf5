package party.wtp.vectors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import party.wtp.anchor.ResourceKey;
import party.wtp.bytes.Base64Url;
import party.wtp.bytes.Hex;
import party.wtp.crypto.PartyPublicKey;
import party.wtp.crypto.Sha256;
import party.wtp.envelope.Envelope;
import party.wtp.envelope.EnvelopeException;
import party.wtp.envelope.OpenedResource;
import party.wtp.envelope.TrustedRoots;
import party.wtp.manifest.Manifest;
import party.wtp.manifest.ManifestReader;
import party.wtp.naming.MirrorSalt;

/**
 * One shared test vector (testdata/vectors/*.txt) and the one checker both the JVM and the TeaVM-compiled core run.
 * A vector is "name: value" lines: expect, kind, party, key or salt, max-body, min-generation, the expected results
 * for good vectors (content-sha256, content-type, path, closure or mirrors) and the served bytes as base64url in
 * "envelope". A resource vector without "closure" expects none.
 */
public final class TestVector {
    private final Map<String, String> fields;

    private TestVector(Map<String, String> fields) {
        this.fields = fields;
    }

    public static TestVector parse(String text) {
        Map<String, String> f = new LinkedHashMap<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                nl = text.length();
            }
            String line = text.substring(start, nl).trim();
            start = nl + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("vector line without a colon: " + line);
            }
            f.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
        return new TestVector(f);
    }

    public String get(String name) {
        String v = fields.get(name);
        if (v == null) {
            throw new IllegalArgumentException("vector lacks '" + name + "'");
        }
        return v;
    }

    /** What the vector expects: "ok" or a failure's words ("bad proof", "stale generation", ...). */
    public String expected() {
        return get("expect");
    }

    /**
     * Opens the vector's envelope and returns "ok" when it opened and every expected result matched, else the
     * failure's words, or "mismatch: ..." when it opened but to something else than expected.
     */
    public String check() {
        byte[] served = Base64Url.decode(get("envelope"));
        TrustedRoots roots = new TrustedRoots(PartyPublicKey.of(Base64Url.decode(get("party"))));
        long minGeneration = Long.parseLong(get("min-generation"));
        try {
            if (get("kind").equals("manifest")) {
                Manifest m = ManifestReader.open(served, MirrorSalt.parse(get("salt")), roots, minGeneration);
                String mirrors = String.valueOf(m.mirrors().size());
                return mirrors.equals(get("mirrors")) ? "ok" : "mismatch: mirrors " + mirrors;
            }
            OpenedResource r = Envelope.openResource(served, ResourceKey.parse(get("key")), roots,
                    Long.parseLong(get("max-body")), minGeneration);
            String hash = Hex.encode(new Sha256().update(r.buffer(), r.contentOffset(), r.contentLength()).digest());
            if (!hash.equals(get("content-sha256"))) {
                return "mismatch: content " + hash;
            }
            if (!r.meta().contentType().equals(get("content-type")) || !r.meta().path().equals(get("path"))) {
                return "mismatch: meta " + r.meta().contentType() + " " + r.meta().path();
            }
            String closure = closure(r.meta().closure());
            String expected = fields.containsKey("closure") ? get("closure") : "";
            if (!closure.equals(expected)) {
                return "mismatch: closure " + closure;
            }
            return "ok";
        } catch (EnvelopeException e) {
            return e.failure().words();
        }
    }

    /** Resource keys as the vector lists them: their texts, separated by spaces. */
    public static String closure(List<ResourceKey> keys) {
        StringBuilder sb = new StringBuilder();
        for (ResourceKey k : keys) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(k);
        }
        return sb.toString();
    }
}
