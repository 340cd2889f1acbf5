package party.wtp.site;

import java.util.function.IntPredicate;

/**
 * Writes a URL into CSS source so that the tokenizer reads it back unchanged, either inside a string or as the bare
 * value of {@code url(…)}. {@code <} is always escaped so the text can also sit inside an HTML {@code <style>} element.
 */
final class CssText {
    private CssText() {
    }

    /** The URL as the content of a string token quoted with {@code quote}. */
    static String inString(String url, char quote, IntPredicate encodable) {
        StringBuilder out = new StringBuilder(url.length() + 8);
        url.codePoints().forEach(cp -> {
            if (cp == quote || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp < 0x20 || cp == 0x7F || cp == '<' || !encodable.test(cp)) {
                hexEscape(out, cp);
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** The URL as the unquoted value of a url token. */
    static String unquoted(String url, IntPredicate encodable) {
        StringBuilder out = new StringBuilder(url.length() + 8);
        url.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\'' || cp == '(' || cp == ')' || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp <= 0x20 || cp == 0x7F || cp == '<' || !encodable.test(cp)) {
                hexEscape(out, cp);
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** {@code \HEX } — the space ends the escape and is consumed by the tokenizer. */
    private static void hexEscape(StringBuilder out, int cp) {
        out.append('\\').append(Integer.toHexString(cp)).append(' ');
    }
}
