package party.wtp.client.testkit;

import org.teavm.jso.typedarrays.Uint8Array;
import party.wtp.client.js.TypedBytes;
import party.wtp.crypto.KeyStream;

/** {@code wtpTestkit.chacha20}: the core's RFC 8439 ChaCha20 (256-bit key, 96-bit nonce, 32-bit counter). */
final class ChaCha20Exports implements ChaCha20Api {
    ChaCha20Exports() {
    }

    /**
     * XORs {@code data} with the key stream that starts at block {@code counter}; encrypts and decrypts alike.
     * Returns a new array, leaving {@code data} untouched.
     */
    @Override
    public Uint8Array xor(Uint8Array key, Uint8Array nonce, int counter, Uint8Array data) {
        KeyStream stream = new KeyStream(TypedBytes.wrap(key), TypedBytes.wrap(nonce), counter);
        byte[] in = TypedBytes.wrap(data);
        byte[] out = new byte[in.length];
        stream.apply(in, 0, in.length, out, 0);
        return TypedBytes.view(out);
    }
}
