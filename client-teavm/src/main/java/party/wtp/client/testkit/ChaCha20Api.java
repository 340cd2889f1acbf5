package party.wtp.client.testkit;

import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Uint8Array;

/** What JavaScript sees as {@code wtpTestkit.chacha20}: the RFC 8439 ChaCha20 stream cipher. */
public interface ChaCha20Api extends JSObject {
    /**
     * XORs {@code data} with the key stream of a 32-byte key and 12-byte nonce, starting at block
     * {@code counter}; encrypts and decrypts alike. Returns a new array.
     */
    Uint8Array xor(Uint8Array key, Uint8Array nonce, int counter, Uint8Array data);
}
