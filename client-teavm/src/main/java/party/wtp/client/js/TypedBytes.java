package party.wtp.client.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSByRef;
import org.teavm.jso.typedarrays.ArrayBuffer;
import org.teavm.jso.typedarrays.Int8Array;
import org.teavm.jso.typedarrays.Uint8Array;

/**
 * Moves bytes between JavaScript typed arrays and Java {@code byte[]} without copying: under TeaVM a
 * {@code byte[]} is a thin wrapper around an {@code Int8Array}, so both sides share one memory. Large
 * downloads (XHR {@code ArrayBuffer}s of megabytes) must not be copied byte by byte. Written with
 * {@link JSByRef}, which both TeaVM versions we build with understand (client-teavm's 0.16, client-legacy's 0.10).
 */
public final class TypedBytes {
    private TypedBytes() {
    }

    /** A Java view of the whole buffer (shares memory). */
    public static byte[] wrap(ArrayBuffer buffer) {
        return shared(new Int8Array(buffer));
    }

    /** A Java view of exactly the bytes {@code array} covers (shares memory). */
    public static byte[] wrap(Uint8Array array) {
        return shared(new Int8Array(array.getBuffer(), array.getByteOffset(), array.getLength()));
    }

    /** A {@code Uint8Array} view of a Java array (shares memory). */
    public static Uint8Array view(byte[] bytes) {
        Int8Array signed = signed(bytes);
        return new Uint8Array(signed.getBuffer(), signed.getByteOffset(), signed.getLength());
    }

    /** The {@code Int8Array} under a Java array (shares memory). */
    public static Int8Array signed(byte[] bytes) {
        return underlying(bytes);
    }

    @JSBody(params = "bytes", script = "return bytes;")
    private static native Int8Array underlying(@JSByRef byte[] bytes);

    @JSBody(params = "signed", script = "return signed;")
    @JSByRef
    private static native byte[] shared(Int8Array signed);
}
