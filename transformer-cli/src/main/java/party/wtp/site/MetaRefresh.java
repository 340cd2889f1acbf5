package party.wtp.site;

/**
 * Finds the URL in the {@code content} of {@code <meta http-equiv="refresh">}, following the HTML standard's
 * "shared declarative refresh steps" ({@code 5; url='next.html'}, {@code 0;URL=next.html}, {@code 3, next.html}…).
 */
final class MetaRefresh {
    private MetaRefresh() {
    }

    /** The {@code [start, end)} span of the URL in {@code content}, or null if it names none. */
    static int[] urlSpan(String content) {
        int n = content.length();
        int pos = skipSpaces(content, 0);
        int timeStart = pos;
        while (pos < n && isDigit(content.charAt(pos))) {
            pos++;
        }
        if (pos == timeStart && !(pos < n && content.charAt(pos) == '.')) {
            return null;
        }
        while (pos < n && (isDigit(content.charAt(pos)) || content.charAt(pos) == '.')) {
            pos++;
        }
        if (pos >= n) {
            return null;
        }
        char separator = content.charAt(pos);
        if (separator != ';' && separator != ',' && !Srcset.isSpace(separator)) {
            return null;
        }
        pos = skipSpaces(content, pos);
        if (pos < n && (content.charAt(pos) == ';' || content.charAt(pos) == ',')) {
            pos++;
        }
        pos = skipSpaces(content, pos);
        if (pos >= n) {
            return null;
        }
        int urlStart = pos;
        if (isLetter(content, pos, 'u')) {
            pos++;
            if (!isLetter(content, pos, 'r') || !isLetter(content, pos + 1, 'l')) {
                return new int[] {urlStart, n};
            }
            pos = skipSpaces(content, pos + 2);
            if (pos >= n || content.charAt(pos) != '=') {
                return new int[] {urlStart, n};
            }
            pos = skipSpaces(content, pos + 1);
        }
        char quote = pos < n && (content.charAt(pos) == '"' || content.charAt(pos) == '\'') ? content.charAt(pos) : 0;
        if (quote != 0) {
            pos++;
            int close = content.indexOf(quote, pos);
            return new int[] {pos, close < 0 ? n : close};
        }
        return new int[] {pos, n};
    }

    private static boolean isLetter(String s, int i, char lower) {
        return i < s.length() && Character.toLowerCase(s.charAt(i)) == lower && s.charAt(i) < 0x80;
    }

    private static int skipSpaces(String s, int pos) {
        while (pos < s.length() && Srcset.isSpace(s.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
