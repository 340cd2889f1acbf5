package party.wtp.client.js;

import java.security.SecureRandom;
import org.teavm.jso.JSBody;
import org.teavm.jso.typedarrays.ArrayBuffer;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * Randomness straight from the browser's {@code crypto.getRandomValues} (Internet Explorer 11: {@code msCrypto}),
 * written into the Java array in place. A page without it (very old browsers, odd embeddings) must not quietly get
 * {@code Math.random}: {@link #get()} throws instead. Only meaningful under TeaVM.
 */
public final class BrowserRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;
    /** {@code crypto.getRandomValues} fills at most this many bytes per call. */
    private static final int MAX_CHUNK = 65536;
    private static BrowserRandom instance;

    private BrowserRandom() {
    }

    /** The page's random source; throws {@link IllegalStateException} if the browser has none. */
    public static BrowserRandom get() {
        if (instance == null) {
            requireAvailable();
            instance = new BrowserRandom();
        }
        return instance;
    }

    /** Throws {@link IllegalStateException} unless {@code crypto.getRandomValues} exists. */
    public static void requireAvailable() {
        if (!available()) {
            throw new IllegalStateException("this browser has no crypto.getRandomValues;"
                    + " refusing to fall back to a predictable random source");
        }
    }

    @Override
    public void nextBytes(byte[] bytes) {
        Int8Array whole = TypedBytes.signed(bytes);
        ArrayBuffer buffer = whole.getBuffer();
        int base = whole.getByteOffset();
        for (int off = 0; off < bytes.length; off += MAX_CHUNK) {
            fill(new Int8Array(buffer, base + off, Math.min(MAX_CHUNK, bytes.length - off)));
        }
    }

    @Override
    public void setSeed(byte[] seed) {
        // the browser's generator seeds itself; extra seed material is neither needed nor accepted
    }

    @Override
    public void setSeed(long seed) {
        // called by the JDK constructor chain; see setSeed(byte[])
    }

    @Override
    public byte[] generateSeed(int numBytes) {
        byte[] seed = new byte[numBytes];
        nextBytes(seed);
        return seed;
    }

    @JSBody(script = "var source = typeof crypto === 'object' && crypto !== null ? crypto"
            + " : typeof msCrypto === 'object' && msCrypto !== null ? msCrypto : null;"
            + "return source !== null && typeof source.getRandomValues !== 'undefined';")
    private static native boolean available();

    @JSBody(params = "view", script = "(typeof crypto === 'object' && crypto !== null ? crypto : msCrypto)"
            + ".getRandomValues(view);")
    private static native void fill(Int8Array view);
}
