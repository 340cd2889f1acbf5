package party.wtp.client.testkit;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.teavm.jso.typedarrays.Uint8Array;
import party.wtp.client.js.TypedBytes;
import party.wtp.crypto.ed25519.VerificationKey;

/**
 * {@code wtpTestkit.ed25519}: pure Ed25519 (RFC 8032) with 32-byte seeds as private keys. Keys and signatures come from
 * Bouncy Castle; verification is core's own ({@link VerificationKey}), the one the reader's client runs.
 */
final class Ed25519Exports implements Ed25519Api {
    Ed25519Exports() {
    }

    /** The 32-byte public key of a 32-byte private seed. */
    @Override
    public Uint8Array publicKey(Uint8Array seed) {
        return TypedBytes.view(new Ed25519PrivateKeyParameters(TypedBytes.wrap(seed), 0)
                .generatePublicKey().getEncoded());
    }

    /** The 64-byte signature of {@code message} under the private seed. */
    @Override
    public Uint8Array sign(Uint8Array seed, Uint8Array message) {
        byte[] msg = TypedBytes.wrap(message);
        byte[] signature = new byte[Ed25519PrivateKeyParameters.SIGNATURE_SIZE];
        new Ed25519PrivateKeyParameters(TypedBytes.wrap(seed), 0)
                .sign(Ed25519.Algorithm.Ed25519, null, msg, 0, msg.length, signature, 0);
        return TypedBytes.view(signature);
    }

    /** Whether {@code signature} is a valid signature of {@code message} under {@code publicKey}. */
    @Override
    public boolean verify(Uint8Array publicKey, Uint8Array message, Uint8Array signature) {
        return VerificationKey.verify(TypedBytes.wrap(publicKey), TypedBytes.wrap(message), TypedBytes.wrap(signature));
    }
}
