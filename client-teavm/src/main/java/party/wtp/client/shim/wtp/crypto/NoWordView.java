package party.wtp.client.shim.wtp.crypto;

/**
 * The legacy client's stand-in for the core's {@code party.wtp.crypto.WordView} (TeaVM 0.10 maps it in
 * client-legacy's {@code META-INF/teavm.properties}): no shared word view and no word access, so old engines XOR
 * bytes as they always did, without the JVM's {@code ByteBuffer} path (two buffer objects per 64-byte block there).
 */
final class NoWordView {
    private NoWordView() {
    }

    static int[] of(byte[] bytes) {
        return null;
    }

    static boolean xorBlock(int[] ks, byte[] in, int i, byte[] out, int o) {
        return false;
    }
}
