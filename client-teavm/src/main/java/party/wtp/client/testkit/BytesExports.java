package party.wtp.client.testkit;

import org.teavm.jso.typedarrays.ArrayBuffer;
import org.teavm.jso.typedarrays.Uint8Array;
import party.wtp.client.js.TypedBytes;

/** {@code wtpTestkit.bytes}: {@link TypedBytes} seen from JavaScript. */
final class BytesExports implements BytesApi {
    BytesExports() {
    }

    @Override
    public void reverseBuffer(ArrayBuffer buffer) {
        reverse(TypedBytes.wrap(buffer));
    }

    @Override
    public void reverseView(Uint8Array view) {
        reverse(TypedBytes.wrap(view));
    }

    @Override
    public Uint8Array fromJava() {
        return TypedBytes.view(new byte[] {1, 2, 3, 4});
    }

    private static void reverse(byte[] bytes) {
        for (int i = 0, j = bytes.length - 1; i < j; i++, j--) {
            byte b = bytes[i];
            bytes[i] = bytes[j];
            bytes[j] = b;
        }
    }
}
