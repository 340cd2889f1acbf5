package party.wtp.build;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import party.wtp.crypto.Randomness;
import party.wtp.envelope.EnvelopeWriter;
import party.wtp.envelope.Leaf;
import party.wtp.merkle.InclusionProof;

/**
 * One mirror's copy of one resource, written body first: the head needs the signed root, which needs every
 * resource's leaf, but its length does not (only the proof's length counts), so the body goes in at the offset a
 * {@link ProvisionalHead} of the same length takes, and the real head over it once the generation is signed. The
 * inner key is drawn once and serves both. Body chunks must come in order, one at a time, from any thread.
 */
final class EnvelopeCopy {
    private final Path file;
    private final byte[] innerKey;
    private final int headLength;
    private final EnvelopeWriter body;
    private final FileChannel channel;
    private long position;

    private EnvelopeCopy(Path file, byte[] innerKey, EnvelopeWriter body, int headLength, FileChannel channel) {
        this.file = file;
        this.innerKey = innerKey;
        this.body = body;
        this.headLength = headLength;
        this.channel = channel;
        this.position = headLength;
    }

    /** Creates {@code file} (which must not exist) for a body under {@code innerKey}, ready for {@link #body}. */
    static EnvelopeCopy create(Path file, ProvisionalHead head, Leaf provisional, int leafIndex, byte[] innerKey)
            throws IOException {
        EnvelopeWriter writer = head.writer(provisional, leafIndex, repeating(innerKey));
        int headLength = writer.head().length;
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new EnvelopeCopy(file, innerKey, writer, headLength, channel);
    }

    /** Encrypts the next {@code len} bytes of outer ciphertext under the inner key into {@code scratch}; writes them. */
    void body(byte[] outer, int len, byte[] scratch) throws IOException {
        body.body(outer, 0, len, scratch, 0);
        ByteBuffer b = ByteBuffer.wrap(scratch, 0, len);
        while (b.hasRemaining()) {
            position += channel.write(b, position);
        }
    }

    /** Ends the body; throws {@link IllegalStateException} when it is not the length the head states. */
    void finishBody() throws IOException {
        channel.close();
        body.finish();
    }

    /** Closes the file after a failure; the staging folder it is in goes away. */
    void abandon() {
        try {
            channel.close();
        } catch (IOException e) {
            // the build already failed for another reason, which is the one to report
        }
    }

    /** Writes the real head in front of the body, once the generation is signed. */
    void writeHead(Leaf leaf, InclusionProof proof, byte[] root, byte[] signature) throws IOException {
        byte[] head = new EnvelopeWriter(leaf, proof, root, signature, repeating(innerKey)).head();
        if (head.length != headLength) {
            throw new IllegalStateException(file + ": the signed head is " + head.length + " bytes, the provisional "
                    + headLength);
        }
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.wrap(head);
            while (b.hasRemaining()) {
                c.write(b, b.position());
            }
        }
    }

    /** A "randomness" that yields the same key each time it is asked: the head and the body share one inner key. */
    private static Randomness repeating(byte[] key) {
        return out -> {
            if (out.length != key.length) {
                throw new IllegalStateException("asked for " + out.length + " key bytes, have " + key.length);
            }
            System.arraycopy(key, 0, out, 0, key.length);
        };
    }
}
