package party.wtp.client.shim.wtp.crypto;

import org.teavm.jso.typedarrays.Int32Array;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * TeaVM stand-in for the core's {@code party.wtp.crypto.WordView}: an {@code Int32Array} over the same
 * {@code ArrayBuffer} as the byte array, so the core's ChaCha20 XORs 32-bit words in place of bytes. Typed arrays
 * use the platform's byte order, little-endian on every browser platform in use; on a big-endian one, or when the
 * array does not start on a 4-byte boundary of its buffer, there is no view and the core falls back to bytes.
 */
final class WordView {
    private static final boolean LITTLE_ENDIAN = littleEndian();

    private WordView() {
    }

    static int[] of(byte[] bytes) {
        if (!LITTLE_ENDIAN) {
            return null;
        }
        Int8Array array = Int8Array.fromJavaArray(bytes);
        int offset = array.getByteOffset();
        if ((offset & 3) != 0) {
            return null;
        }
        return new Int32Array(array.getBuffer(), offset, array.getLength() >> 2).toJavaArray();
    }

    /** Declines: in the browser, whole blocks go through {@link #of}'s view, or byte by byte where there is none. */
    static boolean xorBlock(int[] ks, byte[] in, int i, byte[] out, int o) {
        return false;
    }

    private static boolean littleEndian() {
        Int32Array word = new Int32Array(1);
        word.set(0, 1);
        return new Int8Array(word.getBuffer()).get(0) == 1;
    }
}
