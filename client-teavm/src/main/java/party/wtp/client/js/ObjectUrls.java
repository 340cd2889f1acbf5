package party.wtp.client.js;

import party.wtp.bytes.Utf8;
import org.teavm.jso.JSBody;
import org.teavm.jso.typedarrays.Uint8Array;

/**
 * Verified bytes and text handed to the page as {@code blob:} URLs, and UTF-8 text decoding. Old engines without
 * {@code URL.createObjectURL}, or whose one makes no URL for a Blob, get {@code data:} URLs instead (images and
 * style sheets work; {@link PageFrame} says so where a browser cannot show one), and without {@code TextDecoder}
 * core's UTF-8 decoder.
 */
public final class ObjectUrls {
    private ObjectUrls() {
    }

    /** A {@code blob:} (or {@code data:}) URL for {@code length} bytes of {@code bytes} from {@code offset} (copied). */
    public static String of(byte[] bytes, int offset, int length, String contentType) {
        return ofView(TypedBytes.view(bytes), offset, length, contentType);
    }

    /** A {@code blob:} (or {@code data:}) URL for text, stored as UTF-8. */
    @JSBody(params = {"text", "type"}, script = ""
            + "var made = typeof URL !== 'undefined' && URL.createObjectURL && typeof Blob === 'function'"
            + "  && URL.createObjectURL(new Blob([text], {type: type}));"
            + "if (made) return made;"
            + "return 'data:' + type + ';charset=utf-8,' + encodeURIComponent(text);")
    public static native String ofText(String text, String type);

    /** Whether URLs made here are {@code data:} URLs (an old engine), which some browsers cannot show in a frame. */
    public static boolean isData(String url) {
        return url.startsWith("data:");
    }

    /** Decodes UTF-8 (malformed sequences become U+FFFD, as browsers do for pages). */
    public static String utf8(byte[] bytes, int offset, int length) {
        if (!hasTextDecoder()) {
            return Utf8.decodeLenient(bytes, offset, length);
        }
        return decode(TypedBytes.view(bytes), offset, length);
    }

    @JSBody(params = {"view", "offset", "length", "type"}, script = ""
            + "var part = view.subarray(offset, offset + length);"
            // an engine may have createObjectURL yet make no URL for a Blob (HtmlUnit's IE 11 returns null)
            + "var made = typeof URL !== 'undefined' && URL.createObjectURL && typeof Blob === 'function'"
            + "  && URL.createObjectURL(new Blob([part], {type: type}));"
            + "if (made) return made;"
            // in chunks of plain arrays: some old engines' apply() takes no typed array
            + "var binary = '';"
            + "for (var at = 0; at < part.length; at += 8192) {"
            + "  var codes = [], end = Math.min(part.length, at + 8192);"
            + "  for (var index = at; index < end; index++) codes.push(part[index]);"
            + "  binary += String.fromCharCode.apply(null, codes);"
            + "}"
            + "return 'data:' + type + ';base64,' + btoa(binary);")
    private static native String ofView(Uint8Array view, int offset, int length, String type);

    @JSBody(script = "return typeof TextDecoder === 'function';")
    private static native boolean hasTextDecoder();

    @JSBody(params = {"view", "offset", "length"}, script = ""
            + "return new TextDecoder('utf-8').decode(view.subarray(offset, offset + length));")
    private static native String decode(Uint8Array view, int offset, int length);
}
