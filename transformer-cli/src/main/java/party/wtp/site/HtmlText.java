package party.wtp.site;

import java.util.function.IntPredicate;

/** Writes text into HTML source: attribute values (quoted with {@code "}, {@code '} or not at all) and element text. */
final class HtmlText {
    private HtmlText() {
    }

    /**
     * Escapes {@code text} for an attribute value quoted with {@code quote} ({@code 0} if unquoted) or, with
     * {@code quote} set to {@code '<'}, for element text.
     */
    static String escape(String text, char quote, IntPredicate encodable) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(cp -> {
            if (cp == '&') {
                out.append("&amp;");
            } else if (cp == quote && cp == '"') {
                out.append("&quot;");
            } else if (cp == quote && cp == '\'') {
                out.append("&#39;");
            } else if (cp == quote && cp == '<') {
                out.append("&lt;");
            } else if (!encodable.test(cp)) {
                out.append("&#x").append(Integer.toHexString(cp)).append(';');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** Whether an unquoted attribute value would end early or change meaning with this (escaped) text in it. */
    static boolean needsQuotes(String escaped) {
        if (escaped.isEmpty()) {
            return true;
        }
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (Srcset.isSpace(c) || c == '"' || c == '\'' || c == '=' || c == '<' || c == '>' || c == '`') {
                return true;
            }
        }
        return false;
    }
}
