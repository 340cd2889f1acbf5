package party.wtp.client.testkit;

import org.teavm.jso.typedarrays.Uint8Array;
import party.wtp.client.js.BrowserRandom;
import party.wtp.client.js.TypedBytes;

/** {@code wtpTestkit.random}: the randomness the client uses for keys, exposed so tests can check its source. */
final class RandomExports implements RandomApi {
    RandomExports() {
    }

    /** {@code n} bytes from {@code crypto.getRandomValues}. */
    @Override
    public Uint8Array bytes(int n) {
        byte[] out = new byte[n];
        BrowserRandom.get().nextBytes(out);
        return TypedBytes.view(out);
    }
}
