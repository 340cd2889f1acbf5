package party.wtp.client.shim.wtp.crypto;

/**
 * Browser stand-in for the core's {@code party.wtp.crypto.ChaChaLanes}, whose JVM version lays many ChaCha blocks
 * side by side for the JVM's loop vectorizer: JavaScript has none, so it declines and ChaCha runs block by block.
 * Used by both bundles (TeaVmSubstitutions; client-legacy's class mapping).
 */
public final class ChaChaLanes {
    private ChaChaLanes() {
    }

    static int apply(int[] state, int doubleRounds, byte[] in, int i, byte[] out, int o, int blocks) {
        return 0;
    }
}
