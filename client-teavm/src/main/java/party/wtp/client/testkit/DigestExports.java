package party.wtp.client.testkit;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.Blake3Digest;
import org.teavm.jso.typedarrays.Uint8Array;
import party.wtp.client.js.TypedBytes;
import party.wtp.crypto.Sha256;

/** {@code wtpTestkit.digest}: core's SHA-256 and Bouncy Castle's BLAKE3 over {@code Uint8Array}s. */
final class DigestExports implements DigestApi {
    DigestExports() {
    }

    /** SHA-256 of {@code data} (32 bytes), core's: the hash the format uses. */
    @Override
    public Uint8Array sha256(Uint8Array data) {
        return TypedBytes.view(Sha256.of(TypedBytes.wrap(data)));
    }

    /** BLAKE3 of {@code data}, 32-byte output. */
    @Override
    public Uint8Array blake3(Uint8Array data) {
        return digest(new Blake3Digest(256), data);
    }

    private static Uint8Array digest(Digest digest, Uint8Array data) {
        byte[] in = TypedBytes.wrap(data);
        digest.update(in, 0, in.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return TypedBytes.view(out);
    }
}
