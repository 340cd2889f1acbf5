package party.wtp.client.testkit;

import org.teavm.jso.JSClass;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSProperty;

/**
 * The API of {@code wtp-testkit.js}: the bundle puts one global, {@code wtpTestkit}, on the page, whose properties are
 * export groups ({@code wtpTestkit.digest.sha256(bytes)} and so on). Browser tests and benchmarks drive the same
 * Java code the reader's client runs through it. All byte arguments and results are {@code Uint8Array}s.
 *
 * <p>To add a group: declare what JavaScript sees as an interface extending {@code JSObject} (say
 * {@code EnvelopeApi}), implement it in one small class ({@code EnvelopeExports}), and add one
 * {@code @JSExport @JSProperty} static getter for it here. Groups are interfaces rather than classes with
 * {@code @JSExport} members so that TeaVM does not add a global per group: {@code wtpTestkit} stays the only one.
 */
@JSClass(name = "wtpTestkit")
public final class Testkit {
    private static final DigestApi DIGEST = new DigestExports();
    private static final ChaCha20Api CHACHA20 = new ChaCha20Exports();
    private static final Ed25519Api ED25519 = new Ed25519Exports();
    private static final RandomApi RANDOM = new RandomExports();
    private static final BytesApi BYTES = new BytesExports();
    private static final EnvelopeApi ENVELOPE = new EnvelopeExports();

    private Testkit() {
    }

    /** {@code wtpTestkit.digest}: SHA-256 and BLAKE3. */
    @JSExport
    @JSProperty
    public static DigestApi getDigest() {
        return DIGEST;
    }

    /** {@code wtpTestkit.chacha20}: the ChaCha20 stream cipher. */
    @JSExport
    @JSProperty
    public static ChaCha20Api getChacha20() {
        return CHACHA20;
    }

    /** {@code wtpTestkit.ed25519}: Ed25519 keys, signatures and verification. */
    @JSExport
    @JSProperty
    public static Ed25519Api getEd25519() {
        return ED25519;
    }

    /** {@code wtpTestkit.random}: bytes from the browser's {@code crypto.getRandomValues}. */
    @JSExport
    @JSProperty
    public static RandomApi getRandom() {
        return RANDOM;
    }

    /** {@code wtpTestkit.bytes}: checks that bytes cross between JavaScript and Java without copies. */
    @JSExport
    @JSProperty
    public static BytesApi getBytes() {
        return BYTES;
    }

    /** {@code wtpTestkit.envelope}: test vectors, opening and sealing envelopes with the core. */
    @JSExport
    @JSProperty
    public static EnvelopeApi getEnvelope() {
        return ENVELOPE;
    }
}
