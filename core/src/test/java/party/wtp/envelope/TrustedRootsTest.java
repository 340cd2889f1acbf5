package party.wtp.envelope;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import party.wtp.anchor.ResourceKey;
import party.wtp.crypto.PartyKey;
import party.wtp.crypto.SeededRandomness;

/** What a root, once verified, excuses: any later signature for a reader; only the same signature for a health check. */
class TrustedRootsTest {
    private final SeededRandomness random = new SeededRandomness("trusted roots test");
    private final PartyKey party = PartyKey.generate(random);

    /** Positions of {@code served} where a flipped bit still opens under {@code roots}, after the intact copy did. */
    private static int acceptedFlips(byte[] served, ResourceKey key, TrustedRoots roots) throws EnvelopeException {
        Envelope.openResource(served.clone(), key, roots, 1 << 20, 1);
        int accepted = 0;
        for (int i = 0; i < served.length; i++) {
            byte[] bad = served.clone();
            bad[i] ^= 0x10;
            try {
                Envelope.openResource(bad, key, roots, 1 << 20, 1);
                accepted++;
            } catch (EnvelopeException refused) {
                // as it should be
            }
        }
        return accepted;
    }

    @Test
    void aKnownRootExcusesADamagedSignatureOnlyForAReader() throws EnvelopeException {
        ResourceKey k = ResourceKey.of(random.bytes(16));
        byte[] served = new GenerationBuilder(party, 1, random)
                .addResource(k, new ResourceMeta("text/plain", "a.txt", null), "some text".getBytes())
                .addResource(ResourceKey.of(random.bytes(16)), new ResourceMeta("text/plain", "b.txt", null), new byte[9])
                .seal().copy(k.id());
        assertEquals(64, acceptedFlips(served, k, new TrustedRoots(party.publicKey())),
                "a reader's roots skip the signature of a root they trust: each of its 64 bytes may be damaged");
        assertEquals(0, acceptedFlips(served, k, TrustedRoots.withExactSignatures(party.publicKey())));
    }

    @Test
    void exactSignaturesOpenEveryIntactCopyAndRefuseAStrangersRoot() throws EnvelopeException {
        ResourceKey k = ResourceKey.of(random.bytes(16));
        GenerationBuilder.Sealed sealed = new GenerationBuilder(party, 3, random)
                .addResource(k, new ResourceMeta("text/plain", "a.txt", null), "text".getBytes()).seal();
        TrustedRoots roots = TrustedRoots.withExactSignatures(party.publicKey());
        for (int i = 0; i < 3; i++) {
            assertEquals("text", new String(Envelope.openResource(sealed.copy(k.id()), k, roots, 1 << 20, 3).content()));
        }
        assertEquals(3, roots.highestGeneration());
        TrustedRoots stranger = TrustedRoots.withExactSignatures(PartyKey.generate(random).publicKey());
        EnvelopeException e = org.junit.jupiter.api.Assertions.assertThrows(EnvelopeException.class,
                () -> Envelope.openResource(sealed.copy(k.id()), k, stranger, 1 << 20, 3));
        assertEquals(Failure.BAD_SIGNATURE, e.failure());
    }
}
