package party.wtp.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import party.wtp.envelope.Kind;
import party.wtp.envelope.Leaf;
import party.wtp.envelope.OuterSeal;
import party.wtp.crypto.Sha256;

/**
 * Seals one resource in a single read of its content: the outer layer over meta data and content, hashed into the
 * resource's {@link Leaf}, and in the same pass each mirror's copy body under its own inner key ({@link
 * EnvelopeCopy}). The read, outer layer and hash run in order on the job's thread; each chunk's copies are
 * encrypted and written as crew tasks, on any thread, while the next chunk is read into the other of two buffers.
 * The heads come later, once every leaf is known and the generation is signed.
 */
final class Sealing {
    /** Bytes read, sealed and handed to the copies at a time; the first chunk starts with the meta data (≤ 4 KiB). */
    static final int CHUNK = 1 << 20;
    private final long generation;
    private final Placement placement;
    private final MirrorFolders mirrors;
    private final ProvisionalHead head;
    private final BuildLog log;

    Sealing(long generation, Placement placement, MirrorFolders mirrors, ProvisionalHead head, BuildLog log) {
        this.generation = generation;
        this.placement = placement;
        this.mirrors = mirrors;
        this.head = head;
        this.log = log;
    }

    /** Seals {@code r}, leaving its leaf and copies (bodies written, no heads yet) on it; progress counts content. */
    void run(Resource r, Crew crew) throws IOException, BuildException {
        int[] holders = placement.holders(r.index);
        Leaf provisional = new Leaf(Kind.RESOURCE, generation, r.key.id(), r.nonce, r.meta.length + r.contentLength,
                new byte[Sha256.LENGTH]);
        EnvelopeCopy[] copies = new EnvelopeCopy[holders.length];
        r.copies = copies;
        Crew.Batch last = null;
        boolean done = false;
        try {
            for (int k = 0; k < holders.length; k++) {
                int m = holders[k];
                copies[k] = EnvelopeCopy.create(mirrors.file(m, r.key.id()), head, provisional, r.index,
                        mirrors.innerKey(m, "r", r.path));
            }
            OuterSeal seal = OuterSeal.resource(r.key, r.nonce);
            byte[][] buffers = crew.jobBuffers();
            byte[] buf = buffers[0];
            System.arraycopy(r.meta, 0, buf, 0, r.meta.length);
            int fill = r.meta.length;
            long left = r.contentLength;
            try (InputStream in = open(r)) {
                for (int which = 0;; which ^= 1) {
                    buf = buffers[which];
                    int want = (int) Math.min(buf.length - fill, left);
                    int n = in.readNBytes(buf, fill, want);
                    if (n < want) {
                        throw changed(r);
                    }
                    log.advance(n);
                    left -= n;
                    fill += n;
                    seal.process(buf, 0, fill, buf, 0);
                    crew.await(last);
                    last = crew.submit(tasks(copies, buf, fill));
                    if (left == 0) {
                        break;
                    }
                    fill = 0;
                }
                if (in.read() != -1) {
                    throw changed(r);
                }
            }
            crew.await(last);
            for (EnvelopeCopy c : copies) {
                c.finishBody();
            }
            r.leaf = seal.leaf(generation);
            done = true;
        } finally {
            if (!done) {
                crew.settle(last);
                for (EnvelopeCopy c : copies) {
                    if (c != null) {
                        c.abandon();
                    }
                }
            }
        }
    }

    private static List<Crew.Task> tasks(EnvelopeCopy[] copies, byte[] outer, int len) {
        List<Crew.Task> tasks = new ArrayList<>(copies.length);
        for (EnvelopeCopy c : copies) {
            tasks.add(scratch -> c.body(outer, len, scratch));
        }
        return tasks;
    }

    private static BuildException changed(Resource r) {
        return new BuildException(r.source + ": file changed during the build; run the build again");
    }

    private static InputStream open(Resource r) throws IOException, BuildException {
        try {
            return Files.newInputStream(r.source);
        } catch (NoSuchFileException e) {
            throw new BuildException(r.source + ": file disappeared during the build");
        } catch (AccessDeniedException e) {
            throw new BuildException(r.source + ": cannot read file (permission denied)");
        }
    }
}
