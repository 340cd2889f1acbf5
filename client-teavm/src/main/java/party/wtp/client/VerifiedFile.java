package party.wtp.client;

import party.wtp.client.js.ObjectUrls;
import party.wtp.envelope.OpenedResource;

/**
 * One verified, decrypted file a page uses: a script, a style sheet (its text with its own references already
 * rewritten), an image, a font. Its {@code blob:} URL is made only when something asks for one: a page writes its
 * scripts and style sheets inline ({@link #inlineText}), and each {@code blob:} URL costs a synchronous call to the
 * browser and a fetch by the page's frame.
 */
final class VerifiedFile {
    /** The verified bytes, until they are in a {@code blob:} URL and no page can write them inline: then null. */
    private byte[] buffer;
    private final int offset;
    private final int length;
    private final String type;
    /** A style sheet's rewritten text, else null. */
    private final String sheet;
    private String url;

    private VerifiedFile(byte[] buffer, int offset, int length, String type, String sheet) {
        this.buffer = buffer;
        this.offset = offset;
        this.length = length;
        this.type = type;
        this.sheet = sheet;
    }

    /** A file used as it was verified. */
    static VerifiedFile of(OpenedResource resource) {
        return new VerifiedFile(resource.buffer(), resource.contentOffset(), resource.contentLength(),
                resource.meta().contentType(), null);
    }

    /** A style sheet, whose text has its references replaced by the URLs of verified files. */
    static VerifiedFile sheet(String text, String type) {
        return new VerifiedFile(null, 0, 0, type, text);
    }

    /** The file's {@code blob:} URL (a {@code data:} URL in old engines), made on the first call. */
    String url() {
        if (url == null) {
            url = sheet != null ? ObjectUrls.ofText(sheet, type) : ObjectUrls.of(buffer, offset, length, type);
            if (!script(mediaType(type))) {
                // the URL's blob holds a copy: an image or font is not kept twice for the rest of the visit
                buffer = null;
            }
        }
        return url;
    }

    /**
     * The text to write into the page in place of a reference to this file by {@code kind} ("script" for
     * {@code <script src>}, "style" for {@code <link rel=stylesheet>}), or null when it must stay a reference: a
     * file of another type, or text in another charset than UTF-8, which the page's own decoding would not read the
     * same way.
     */
    String inlineText(String kind) {
        if (!utf8(type)) {
            return null;
        }
        String media = mediaType(type);
        if (kind.equals("style")) {
            return media.equals("text/css") ? sheet : null;
        }
        if (kind.equals("script") && script(media)) {
            return ObjectUrls.utf8(buffer, offset, length);
        }
        return null;
    }

    private static String mediaType(String type) {
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase();
    }

    private static boolean utf8(String type) {
        String lower = type.toLowerCase();
        int at = lower.indexOf("charset=");
        if (at < 0) {
            return true;
        }
        String charset = lower.substring(at + "charset=".length()).replace("\"", "").trim();
        return charset.startsWith("utf-8") || charset.startsWith("utf8");
    }

    private static boolean script(String media) {
        return media.equals("text/javascript") || media.equals("application/javascript")
                || media.equals("application/x-javascript") || media.equals("text/ecmascript")
                || media.equals("application/ecmascript");
    }
}
