package party.wtp.client.testkit;

import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Uint8Array;

/** What JavaScript sees as {@code wtpTestkit.envelope}: the core's envelope format, for cross-checks and benchmarks. */
public interface EnvelopeApi extends JSObject {
    /** Runs one shared test vector (the text of a testdata/vectors file); returns "ok" or the failure's words. */
    String checkVector(String text);

    /**
     * Verifies and decrypts a resource envelope (in place: {@code served} is consumed). Returns the content, or
     * null, and then {@link #lastFailure()} says why.
     */
    Uint8Array openResource(Uint8Array partyPublicKey, String resourceKey, Uint8Array served, double maxBody,
            double minGeneration);

    /** Why the last open failed, in the format's words, or "" after a success. */
    String lastFailure();

    /** "content type" + LF + "logical path" of the last resource opened. */
    String lastMeta();

    /** Seals one resource as a one-leaf generation signed with the party seed, using the browser's randomness. */
    Uint8Array sealResource(Uint8Array partySeed, double generation, String resourceKey, String contentType,
            String path, Uint8Array content);
}
