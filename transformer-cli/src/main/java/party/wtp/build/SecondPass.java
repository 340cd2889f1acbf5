package party.wtp.build;

import party.wtp.merkle.MerkleTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import party.wtp.envelope.EnvelopeWriter;
import party.wtp.envelope.Leaf;
import party.wtp.envelope.OuterSeal;
import party.wtp.merkle.InclusionProof;

/**
 * Pass 2 for one resource: runs the outer layer again with the nonce of pass 1 and writes, in the same read of the
 * content, one envelope copy under a fresh inner key for each mirror that holds it. Checks that the result still
 * hashes to the signed leaf, so a file changed between the passes fails the build instead of shipping a broken copy.
 */
final class SecondPass {
    private final long generation;
    private final MerkleTree tree;
    private final byte[] signature;
    private final Mirrors mirrors;
    private final RandomSource random;
    private final BuildLog log;

    /** The mirror folders and salts of this build. */
    interface Mirrors {
        Path folder(int mirror);

        String fileName(int mirror, Leaf leaf);

        String label(int mirror);
    }

    SecondPass(long generation, MerkleTree tree, byte[] signature, Mirrors mirrors, RandomSource random, BuildLog log) {
        this.generation = generation;
        this.tree = tree;
        this.signature = signature;
        this.mirrors = mirrors;
        this.random = random;
        this.log = log;
    }

    void resource(Resource r, int[] holders) throws IOException, BuildException {
        EnvelopeWriter[] writers = new EnvelopeWriter[holders.length];
        OutputStream[] outs = new OutputStream[holders.length];
        byte[] root = tree.root();
        InclusionProof proof = tree.proof(r.index);
        try {
            for (int k = 0; k < holders.length; k++) {
                int m = holders[k];
                writers[k] = new EnvelopeWriter(r.leaf, proof, root, signature,
                        random.forLabel("inner/" + generation + "/" + mirrors.label(m) + "/r:" + r.path));
                outs[k] = Files.newOutputStream(mirrors.folder(m).resolve(mirrors.fileName(m, r.leaf)),
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                outs[k].write(writers[k].head());
            }
            OuterSeal seal = OuterSeal.resource(r.key, r.nonce);
            byte[] outer = new byte[FirstPass.CHUNK];
            byte[] copy = new byte[FirstPass.CHUNK];
            byte[] meta = r.meta;
            seal.process(meta, 0, meta.length, outer, 0);
            write(writers, outs, outer, copy, meta.length);
            byte[] buf = new byte[FirstPass.CHUNK];
            try (InputStream in = FirstPass.open(r)) {
                int n;
                while ((n = in.readNBytes(buf, 0, FirstPass.CHUNK)) > 0) {
                    seal.process(buf, 0, n, outer, 0);
                    write(writers, outs, outer, copy, n);
                    log.advance(n);
                }
            }
            Leaf again = seal.leaf(generation);
            if (!Arrays.equals(again.hash(), r.leaf.hash())) {
                throw new BuildException(r.source + ": file changed during the build; run the build again");
            }
            for (EnvelopeWriter w : writers) {
                w.finish();
            }
        } catch (IllegalStateException e) {
            throw new BuildException(r.source + ": file changed during the build; run the build again");
        } finally {
            for (OutputStream o : outs) {
                if (o != null) {
                    o.close();
                }
            }
        }
    }

    private static void write(EnvelopeWriter[] writers, OutputStream[] outs, byte[] outer, byte[] copy, int n)
            throws IOException {
        for (int k = 0; k < writers.length; k++) {
            writers[k].body(outer, 0, n, copy, 0);
            outs[k].write(copy, 0, n);
        }
    }

    /** A manifest's single copy, on its own mirror. */
    void manifest(int mirror, int leafIndex, Leaf leaf, byte[] body) throws IOException {
        EnvelopeWriter w = new EnvelopeWriter(leaf, tree.proof(leafIndex), tree.root(), signature,
                random.forLabel("inner/" + generation + "/" + mirrors.label(mirror) + "/m:manifest"));
        byte[] head = w.head();
        byte[] out = Arrays.copyOf(head, head.length + body.length);
        w.body(body, 0, body.length, out, head.length);
        w.finish();
        Files.write(mirrors.folder(mirror).resolve(mirrors.fileName(mirror, leaf)), out, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
    }
}
