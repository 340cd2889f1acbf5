package party.wtp.client.testkit;

import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Uint8Array;

/** What JavaScript sees as {@code wtpTestkit.ed25519}: pure Ed25519 (RFC 8032) with 32-byte seeds as private keys. */
public interface Ed25519Api extends JSObject {
    /** The 32-byte public key of a 32-byte private seed. */
    Uint8Array publicKey(Uint8Array seed);

    /** The 64-byte signature of {@code message} under the private seed. */
    Uint8Array sign(Uint8Array seed, Uint8Array message);

    /** Whether {@code signature} is a valid signature of {@code message} under {@code publicKey}. */
    boolean verify(Uint8Array publicKey, Uint8Array message, Uint8Array signature);
}
