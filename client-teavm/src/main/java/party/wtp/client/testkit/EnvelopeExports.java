package party.wtp.client.testkit;

import org.teavm.jso.typedarrays.Uint8Array;
import party.wtp.anchor.ResourceKey;
import party.wtp.bytes.Base64Url;
import party.wtp.crypto.PartyKey;
import party.wtp.crypto.PartyPublicKey;
import party.wtp.crypto.Randomness;
import party.wtp.envelope.Envelope;
import party.wtp.envelope.EnvelopeException;
import party.wtp.envelope.GenerationBuilder;
import party.wtp.envelope.OpenedResource;
import party.wtp.envelope.ResourceMeta;
import party.wtp.envelope.TrustedRoots;
import party.wtp.client.js.BrowserRandom;
import party.wtp.client.js.TypedBytes;
import party.wtp.vectors.TestVector;

/** {@code wtpTestkit.envelope}: the core's envelope code over {@code Uint8Array}s. */
final class EnvelopeExports implements EnvelopeApi {
    /** The core's randomness from {@code crypto.getRandomValues}; it throws rather than fall back. */
    private static final Randomness BROWSER_RANDOM = out -> BrowserRandom.get().nextBytes(out);
    private String lastFailure = "";
    private String lastMeta = "";

    @Override
    public String checkVector(String text) {
        return TestVector.parse(text).check();
    }

    @Override
    public Uint8Array openResource(Uint8Array partyPublicKey, String resourceKey, Uint8Array served, double maxBody,
            double minGeneration) {
        TrustedRoots roots = new TrustedRoots(PartyPublicKey.of(TypedBytes.wrap(partyPublicKey)));
        byte[] bytes = TypedBytes.wrap(served);
        try {
            OpenedResource r = Envelope.openResource(bytes, ResourceKey.parse(resourceKey), roots, (long) maxBody,
                    (long) minGeneration);
            lastFailure = "";
            lastMeta = r.meta().contentType() + "\n" + r.meta().path();
            return Uint8Array.create(served.getBuffer(), served.getByteOffset() + r.contentOffset(), r.contentLength());
        } catch (EnvelopeException e) {
            lastFailure = e.failure().words();
            return null;
        }
    }

    @Override
    public String lastFailure() {
        return lastFailure;
    }

    @Override
    public String lastMeta() {
        return lastMeta;
    }

    @Override
    public Uint8Array sealResource(Uint8Array partySeed, double generation, String resourceKey, String contentType,
            String path, Uint8Array content) {
        PartyKey party = PartyKey.fromSeed(TypedBytes.wrap(partySeed));
        ResourceKey key = ResourceKey.of(Base64Url.decode(resourceKey, ResourceKey.LENGTH, "resource key"));
        GenerationBuilder.Sealed sealed = new GenerationBuilder(party, (long) generation, BROWSER_RANDOM)
                .addResource(key, new ResourceMeta(contentType, path, null), TypedBytes.wrap(content)).seal();
        return TypedBytes.view(sealed.copy(key.id()));
    }
}
