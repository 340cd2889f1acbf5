package party.wtp.client.js;

import org.teavm.jso.typedarrays.ArrayBuffer;
import org.teavm.jso.typedarrays.Int8Array;
import org.teavm.jso.typedarrays.Uint8Array;

/**
 * Moves bytes between JavaScript typed arrays and Java {@code byte[]} without copying: under TeaVM a
 * {@code byte[]} is a thin wrapper around an {@code Int8Array}, so both sides share one memory. Large
 * downloads (XHR {@code ArrayBuffer}s of megabytes) must not be copied byte by byte.
 */
public final class TypedBytes {
    private TypedBytes() {
    }

    /** A Java view of the whole buffer (shares memory). */
    public static byte[] wrap(ArrayBuffer buffer) {
        return new Int8Array(buffer).toJavaArray();
    }

    /** A Java view of exactly the bytes {@code array} covers (shares memory). */
    public static byte[] wrap(Uint8Array array) {
        return new Int8Array(array.getBuffer(), array.getByteOffset(), array.getLength()).toJavaArray();
    }

    /** A {@code Uint8Array} view of a Java array (shares memory). */
    public static Uint8Array view(byte[] bytes) {
        Int8Array signed = Int8Array.fromJavaArray(bytes);
        return new Uint8Array(signed.getBuffer(), signed.getByteOffset(), signed.getLength());
    }
}
