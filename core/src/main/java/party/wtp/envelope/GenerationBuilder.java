package party.wtp.envelope;

import java.util.ArrayList;
import java.util.List;
import party.wtp.anchor.ResourceId;
import party.wtp.anchor.ResourceKey;
import party.wtp.crypto.PartyKey;
import party.wtp.crypto.Randomness;
import party.wtp.manifest.Manifest;
import party.wtp.merkle.MerkleTree;
import party.wtp.naming.MirrorSalt;

/**
 * Seals a whole generation held in memory: resources and manifests in, one signed root out, then any number of
 * per-mirror envelope copies. For tests, test vectors and the browser; the streaming build uses the same parts
 * ({@link OuterSeal}, {@link MerkleTree}, {@link SignedRoot}, {@link EnvelopeWriter}) on files.
 */
public final class GenerationBuilder {
    private final PartyKey party;
    private final long generation;
    private final Randomness random;
    private final List<Leaf> leaves = new ArrayList<>();
    private final List<byte[]> bodies = new ArrayList<>();

    public GenerationBuilder(PartyKey party, long generation, Randomness random) {
        this.party = party;
        this.generation = generation;
        this.random = random;
    }

    public GenerationBuilder addResource(ResourceKey key, ResourceMeta meta, byte[] content) {
        return addResource(key, meta.encode(), content);
    }

    /** With the meta as encoded ({@code u16} length, then fields): for fields this version does not write. */
    public GenerationBuilder addResource(ResourceKey key, byte[] m, byte[] content) {
        byte[] plain = new byte[m.length + content.length];
        System.arraycopy(m, 0, plain, 0, m.length);
        System.arraycopy(content, 0, plain, m.length, content.length);
        OuterSeal seal = OuterSeal.resource(key, random);
        seal.process(plain, 0, plain.length, plain, 0);
        return add(seal.leaf(generation), plain);
    }

    public GenerationBuilder addManifest(MirrorSalt salt, Manifest manifest) {
        byte[] body = manifest.encode();
        OuterSeal seal = OuterSeal.manifest(ResourceId.ofManifest(salt));
        seal.process(body, 0, body.length, body, 0);
        return add(seal.leaf(generation), body);
    }

    private GenerationBuilder add(Leaf leaf, byte[] body) {
        leaves.add(leaf);
        bodies.add(body);
        return this;
    }

    public Sealed seal() {
        byte[][] hashes = new byte[leaves.size()][];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = leaves.get(i).hash();
        }
        MerkleTree tree = new MerkleTree(hashes);
        SignedRoot root = new SignedRoot(generation, tree.size(), tree.root());
        return new Sealed(tree, root.sign(party));
    }

    /** A sealed generation: hands out fresh per-mirror copies of any of its envelopes. */
    public final class Sealed {
        private final MerkleTree tree;
        private final byte[] signature;

        Sealed(MerkleTree tree, byte[] signature) {
            this.tree = tree;
            this.signature = signature;
        }

        /** A new copy, under a fresh inner key, of the envelope of {@code id}. */
        public byte[] copy(ResourceId id) {
            for (int i = 0; i < leaves.size(); i++) {
                if (leaves.get(i).id.equals(id)) {
                    return copy(i);
                }
            }
            throw new IllegalArgumentException("no envelope for " + id);
        }

        byte[] copy(int index) {
            EnvelopeWriter w = new EnvelopeWriter(leaves.get(index), tree.proof(index), tree.root(), signature, random);
            byte[] head = w.head();
            byte[] body = bodies.get(index);
            byte[] out = new byte[head.length + body.length];
            System.arraycopy(head, 0, out, 0, head.length);
            w.body(body, 0, body.length, out, head.length);
            w.finish();
            return out;
        }

        public byte[] signature() {
            return signature.clone();
        }
    }
}
