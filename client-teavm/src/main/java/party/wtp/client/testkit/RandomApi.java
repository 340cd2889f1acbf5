package party.wtp.client.testkit;

import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Uint8Array;

/** What JavaScript sees as {@code wtpTestkit.random}: bytes from the browser's {@code crypto.getRandomValues}. */
public interface RandomApi extends JSObject {
    /** {@code n} random bytes. */
    Uint8Array bytes(int n);
}
