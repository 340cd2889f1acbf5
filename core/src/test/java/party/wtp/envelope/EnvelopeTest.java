package party.wtp.envelope;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.bouncycastle.crypto.engines.ChaChaEngine;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.junit.jupiter.api.Test;
import party.wtp.anchor.ResourceKey;
import party.wtp.crypto.PartyKey;
import party.wtp.crypto.SeededRandomness;
import party.wtp.merkle.MerkleTree;

class EnvelopeTest {
    private final SeededRandomness random = new SeededRandomness("envelope test");
    private final PartyKey party = PartyKey.generate(random);

    private TrustedRoots roots() {
        return new TrustedRoots(party.publicKey());
    }

    @Test
    void roundTripsManySizesIncludingOddOnes() throws Exception {
        int[] sizes = {0, 1, 2, 63, 64, 65, 1000, 4095, 4096, 4097, 65_537, 1_000_003};
        GenerationBuilder b = new GenerationBuilder(party, 3, random);
        List<ResourceKey> keys = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        for (int size : sizes) {
            ResourceKey k = ResourceKey.of(random.bytes(16));
            byte[] c = random.bytes(size);
            b.addResource(k, new ResourceMeta("application/octet-stream", "f/" + size + ".bin", null), c);
            keys.add(k);
            contents.add(c);
        }
        GenerationBuilder.Sealed sealed = b.seal();
        TrustedRoots roots = roots();
        for (int i = 0; i < sizes.length; i++) {
            OpenedResource r = Envelope.openResource(sealed.copy(keys.get(i).id()), keys.get(i), roots, 1 << 24, 3);
            assertArrayEquals(contents.get(i), r.content());
            assertEquals("f/" + sizes[i] + ".bin", r.meta().path());
            assertEquals(sizes[i] + ".bin", r.meta().fileName());
            assertEquals(3, r.envelope().generation());
        }
    }

    /** FORMAT.md "Alignment": both key streams start on a 4-byte boundary, so the browser can XOR 32-bit words. */
    @Test
    void bodyStartsOnAFourByteBoundaryForEveryProofLength() throws Exception {
        for (int resources = 1; resources <= 5; resources++) {
            GenerationBuilder b = new GenerationBuilder(party, 1, random);
            List<ResourceKey> keys = new ArrayList<>();
            for (int i = 0; i < resources; i++) {
                ResourceKey k = ResourceKey.of(random.bytes(16));
                b.addResource(k, new ResourceMeta("text/plain", i + ".txt", null), random.bytes(100 + i));
                keys.add(k);
            }
            GenerationBuilder.Sealed sealed = b.seal();
            for (ResourceKey k : keys) {
                int offset = Envelope.openResource(sealed.copy(k.id()), k, roots(), 1 << 20, 1).envelope().bodyOffset();
                assertEquals(0, offset % 4, resources + " resources: body at " + offset);
            }
        }
    }

    @Test
    void streamingInRandomChunksGivesTheSameResult() throws Exception {
        ResourceKey k = ResourceKey.of(random.bytes(16));
        byte[] content = random.bytes(300_001);
        GenerationBuilder.Sealed sealed = new GenerationBuilder(party, 1, random)
                .addResource(k, new ResourceMeta("text/plain", "a.txt", null), content).seal();
        byte[] served = sealed.copy(k.id());
        Random chunks = new Random(7);
        EnvelopeOpener opener = new EnvelopeOpener(roots(), k.id(), Kind.RESOURCE, 1 << 20);
        int p = 0;
        while (p < served.length) {
            int n = Math.min(served.length - p, 1 + chunks.nextInt(5000));
            opener.push(served, p, n);
            p += n;
        }
        OpenedEnvelope opened = opener.finish(1);
        assertEquals(served.length, opener.expectedLength());
        opened.outerLayer(k).apply(served, opened.bodyOffset(), (int) opened.bodyLength(), served, opened.bodyOffset());
        byte[] tail = java.util.Arrays.copyOfRange(served, served.length - content.length, served.length);
        assertArrayEquals(content, tail);
    }

    @Test
    void everySingleByteChangeIsRefused() throws Exception {
        ResourceKey k = ResourceKey.of(random.bytes(16));
        ResourceKey other = ResourceKey.of(random.bytes(16));
        GenerationBuilder.Sealed sealed = new GenerationBuilder(party, 2, random)
                .addResource(k, new ResourceMeta("text/html", "index.html", null), "<p>hi</p>".getBytes())
                .addResource(other, new ResourceMeta("text/css", "a.css", null), "p{}".getBytes()).seal();
        byte[] served = sealed.copy(k.id());
        for (int i = 0; i < served.length; i++) {
            for (int bit = 0; bit < 8; bit += 3) {
                byte[] bad = served.clone();
                bad[i] ^= (byte) (1 << bit);
                int at = i;
                assertThrows(EnvelopeException.class,
                        () -> Envelope.openResource(bad, k, roots(), 1 << 20, 2), "flip at " + at);
            }
        }
    }

    /**
     * FORMAT.md "Inner layer": everything after the 32-byte inner key is ChaCha8 (Bouncy Castle's ChaChaEngine(8),
     * zero nonce) under that key, and under it the header starts "WTPE", version 2.
     */
    @Test
    void innerLayerIsChaCha8UnderTheKeyInFront() throws Exception {
        ResourceKey k = ResourceKey.of(random.bytes(16));
        byte[] served = new GenerationBuilder(party, 1, random)
                .addResource(k, new ResourceMeta("text/plain", "a.txt", null), random.bytes(5_000)).seal().copy(k.id());
        ChaChaEngine chacha8 = new ChaChaEngine(8);
        chacha8.init(false, new ParametersWithIV(new KeyParameter(Arrays.copyOf(served, 32)), new byte[8]));
        byte[] expected = served.clone();
        chacha8.processBytes(served, 32, served.length - 32, expected, 32);
        assertArrayEquals(new byte[] {'W', 'T', 'P', 'E', 2}, Arrays.copyOfRange(expected, 32, 37));

        byte[] opened = served.clone();
        Envelope.open(opened, k.id(), Kind.RESOURCE, roots(), 1 << 20, 1);
        assertArrayEquals(expected, opened);
    }

    @Test
    void twoCopiesShareNoBytesAndStillOpen() throws Exception {
        ResourceKey k = ResourceKey.of(random.bytes(16));
        byte[] content = new byte[20_000];
        GenerationBuilder.Sealed sealed = new GenerationBuilder(party, 1, random)
                .addResource(k, new ResourceMeta("text/plain", "zeros.txt", null), content).seal();
        byte[] a = sealed.copy(k.id());
        byte[] b = sealed.copy(k.id());
        assertEquals(a.length, b.length);
        int equal = 0;
        int run = 0;
        int longest = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                equal++;
                run++;
                longest = Math.max(longest, run);
            } else {
                run = 0;
            }
        }
        assertTrue(equal < a.length / 100, "copies agree at " + equal + " of " + a.length + " positions");
        assertTrue(longest < 4, "copies share a run of " + longest + " bytes");
        assertArrayEquals(content, Envelope.openResource(a, k, roots(), 1 << 20, 1).content());
        assertArrayEquals(content, Envelope.openResource(b, k, roots(), 1 << 20, 1).content());
    }

    @Test
    void staleCopyIsRefusedButStillAvailableDecrypted() throws Exception {
        ResourceKey k = ResourceKey.of(random.bytes(16));
        byte[] served = new GenerationBuilder(party, 4, random)
                .addResource(k, new ResourceMeta("text/plain", "old.txt", null), "old".getBytes()).seal().copy(k.id());
        EnvelopeException e = assertThrows(EnvelopeException.class,
                () -> Envelope.openResource(served, k, roots(), 1 << 20, 5));
        assertEquals(Failure.STALE, e.failure());
        OpenedResource old = Envelope.staleResource(served, e);
        assertEquals("old", new String(old.content()));
        assertEquals(4, old.envelope().generation());
    }

    @Test
    void refusesBeforeReadingTheBodyWhenTheHeaderIsWrong() throws Exception {
        ResourceKey k = ResourceKey.of(random.bytes(16));
        byte[] served = new GenerationBuilder(party, 1, random)
                .addResource(k, new ResourceMeta("text/plain", "big.txt", null), new byte[50_000]).seal().copy(k.id());
        EnvelopeOpener opener = new EnvelopeOpener(roots(), k.id(), Kind.RESOURCE, 1000);
        EnvelopeException e = assertThrows(EnvelopeException.class, () -> opener.push(served.clone(), 0, 400));
        assertEquals(Failure.OVERSIZE, e.failure());
        PartyKey stranger = PartyKey.generate(random);
        EnvelopeOpener other = new EnvelopeOpener(new TrustedRoots(stranger.publicKey()), k.id(), Kind.RESOURCE, 1 << 20);
        assertEquals(Failure.BAD_SIGNATURE, assertThrows(EnvelopeException.class, () -> other.push(served.clone(), 0, 400))
                .failure());
    }

    @Test
    void streamingSealMatchesTheLeafAndProof() throws Exception {
        ResourceKey k = ResourceKey.of(random.bytes(16));
        byte[] plain = new ResourceMeta("text/plain", "s.txt", null).encode();
        OuterSeal seal = OuterSeal.resource(k, random);
        byte[] ct = plain.clone();
        seal.process(ct, 0, ct.length, ct, 0);
        Leaf leaf = seal.leaf(9);
        MerkleTree tree = new MerkleTree(new byte[][] {leaf.hash()});
        byte[] sig = new SignedRoot(9, 1, tree.root()).sign(party);
        EnvelopeWriter w = new EnvelopeWriter(leaf, tree.proof(0), tree.root(), sig, random);
        byte[] head = w.head();
        byte[] served = new byte[head.length + ct.length];
        System.arraycopy(head, 0, served, 0, head.length);
        w.body(ct, 0, ct.length, served, head.length);
        w.finish();
        assertEquals(served.length, w.totalLength());
        assertEquals(0, Envelope.openResource(served, k, roots(), 100, 9).contentLength());
    }
}
