package party.wtp.client.js;

import org.teavm.jso.JSBody;

/** Verified bytes and text handed to the page as {@code blob:} URLs, and UTF-8 text decoding. */
public final class ObjectUrls {
    private ObjectUrls() {
    }

    /** A {@code blob:} URL for {@code length} bytes of {@code bytes} from {@code offset} (copied into the Blob). */
    public static String of(byte[] bytes, int offset, int length, String contentType) {
        return ofView(TypedBytes.view(bytes), offset, length, contentType);
    }

    /** A {@code blob:} URL for text, stored as UTF-8. */
    @JSBody(params = {"text", "type"}, script = "return URL.createObjectURL(new Blob([text], {type: type}));")
    public static native String ofText(String text, String type);

    /** Decodes UTF-8 (malformed sequences become U+FFFD, as browsers do for pages). */
    public static String utf8(byte[] bytes, int offset, int length) {
        return decode(TypedBytes.view(bytes), offset, length);
    }

    @JSBody(params = {"view", "offset", "length", "type"}, script = ""
            + "return URL.createObjectURL(new Blob([view.subarray(offset, offset + length)], {type: type}));")
    private static native String ofView(org.teavm.jso.typedarrays.Uint8Array view, int offset, int length, String type);

    @JSBody(params = {"view", "offset", "length"}, script = ""
            + "return new TextDecoder('utf-8').decode(view.subarray(offset, offset + length));")
    private static native String decode(org.teavm.jso.typedarrays.Uint8Array view, int offset, int length);
}
