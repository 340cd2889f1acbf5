package party.wtp.client.testkit;

import org.bouncycastle.crypto.engines.ChaCha7539Engine;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.teavm.jso.typedarrays.Uint8Array;
import party.wtp.client.js.TypedBytes;

/** {@code wtpTestkit.chacha20}: the RFC 8439 ChaCha20 stream cipher (256-bit key, 96-bit nonce, 32-bit counter). */
final class ChaCha20Exports implements ChaCha20Api {
    private static final int BLOCK = 64;

    ChaCha20Exports() {
    }

    /**
     * XORs {@code data} with the key stream that starts at block {@code counter}; encrypts and decrypts alike.
     * Returns a new array, leaving {@code data} untouched.
     */
    @Override
    public Uint8Array xor(Uint8Array key, Uint8Array nonce, int counter, Uint8Array data) {
        ChaCha7539Engine engine = new ChaCha7539Engine();
        engine.init(true, new ParametersWithIV(new KeyParameter(TypedBytes.wrap(key)), TypedBytes.wrap(nonce)));
        if (counter != 0) {
            engine.seekTo((counter & 0xffffffffL) * BLOCK);
        }
        byte[] in = TypedBytes.wrap(data);
        byte[] out = new byte[in.length];
        engine.processBytes(in, 0, in.length, out, 0);
        return TypedBytes.view(out);
    }
}
