package party.wtp.client.testkit;

import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Uint8Array;

/** What JavaScript sees as {@code wtpTestkit.digest}: SHA-256 and BLAKE3. */
public interface DigestApi extends JSObject {
    /** SHA-256 of {@code data} (32 bytes). */
    Uint8Array sha256(Uint8Array data);

    /** BLAKE3 of {@code data}, 32-byte output. */
    Uint8Array blake3(Uint8Array data);
}
