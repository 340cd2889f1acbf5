package party.wtp.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import party.wtp.anchor.ResourceId;
import party.wtp.anchor.ResourceKey;
import party.wtp.crypto.PartyKey;
import party.wtp.crypto.SeededRandomness;
import party.wtp.envelope.EnvelopeException;
import party.wtp.envelope.Failure;
import party.wtp.envelope.GenerationBuilder;
import party.wtp.envelope.ResourceMeta;
import party.wtp.envelope.TrustedRoots;
import party.wtp.naming.MirrorSalt;

/** A reader that knows only a fingerprint learns the claimed key first, then verifies under it. */
class ClaimedPartyTest {
    private final SeededRandomness random = new SeededRandomness("claimed party test");

    @Test
    void readsTheClaimedKeyWithoutChangingTheServedBytesThenVerifiesUnderIt() throws EnvelopeException {
        PartyKey party = PartyKey.generate(random);
        MirrorSalt salt = MirrorSalt.generate(random);
        ResourceKey page = ResourceKey.of(random.bytes(16));
        Manifest manifest = new Manifest(party.publicKey(), 3, 1, page.id(), 1000,
                new MirrorEntry(MirrorUrl.parse("http://m1.party.test/"), salt, Holdings.all()), List.of(), "", "");
        GenerationBuilder.Sealed sealed = new GenerationBuilder(party, 3, random)
                .addResource(page, new ResourceMeta("text/html", "index.html", null), new byte[10])
                .addManifest(salt, manifest).seal();
        byte[] served = sealed.copy(ResourceId.ofManifest(salt));
        byte[] before = served.clone();

        assertEquals(party.publicKey(), ManifestReader.claimedParty(served));
        assertEquals(java.util.Arrays.toString(before), java.util.Arrays.toString(served));
        assertEquals(3, ManifestReader.open(served, salt, new TrustedRoots(party.publicKey()), 0).generation());
    }

    @Test
    void refusesWhatIsNotAManifest() {
        PartyKey party = PartyKey.generate(random);
        ResourceKey page = ResourceKey.of(random.bytes(16));
        byte[] resource = new GenerationBuilder(party, 1, random)
                .addResource(page, new ResourceMeta("text/html", "index.html", null), new byte[64]).seal()
                .copy(page.id());
        EnvelopeException e = assertThrows(EnvelopeException.class, () -> ManifestReader.claimedParty(resource));
        assertEquals(Failure.MALFORMED, e.failure());
        assertThrows(EnvelopeException.class, () -> ManifestReader.claimedParty(new byte[40]));
    }
}
