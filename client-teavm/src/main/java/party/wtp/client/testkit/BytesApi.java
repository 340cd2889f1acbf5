package party.wtp.client.testkit;

import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.ArrayBuffer;
import org.teavm.jso.typedarrays.Uint8Array;

/**
 * What JavaScript sees as {@code wtpTestkit.bytes}: checks that bytes cross between JavaScript and Java without
 * copies, as the client needs for multi-megabyte downloads.
 */
public interface BytesApi extends JSObject {
    /** Reverses the whole buffer in place, working on the Java array that wraps it. */
    void reverseBuffer(ArrayBuffer buffer);

    /** Reverses exactly the bytes {@code view} covers, in place, working on the Java array that wraps it. */
    void reverseView(Uint8Array view);

    /** A view of a new 4-byte Java array holding 1, 2, 3, 4. */
    Uint8Array fromJava();
}
