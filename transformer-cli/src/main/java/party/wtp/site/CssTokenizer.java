package party.wtp.site;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSS tokenizer following CSS Syntax Level 3 (section 4.3), working on the unprocessed text: CR, CRLF and FF count
 * as newlines and NUL decodes as U+FFFD, as the spec's preprocessing would make them, but token spans index the
 * original characters so that a rewriter can change one token and keep every other character.
 */
final class CssTokenizer {
    private static final int EOF = -1;

    private final String css;
    private int pos;

    private CssTokenizer(String css) {
        this.css = css;
    }

    /** All tokens of {@code css}; their spans are contiguous and cover the whole text. */
    static List<CssToken> tokenize(String css) {
        CssTokenizer tokenizer = new CssTokenizer(css);
        List<CssToken> tokens = new ArrayList<>();
        for (CssToken token = tokenizer.next(); token != null; token = tokenizer.next()) {
            tokens.add(token);
        }
        return tokens;
    }

    private CssToken next() {
        int start = pos;
        int c = at(pos);
        if (c == EOF) {
            return null;
        }
        if (c == '/' && at(pos + 1) == '*') {
            int close = css.indexOf("*/", pos + 2);
            pos = close < 0 ? css.length() : close + 2;
            return CssToken.of(CssToken.Type.COMMENT, start, pos);
        }
        if (isWhitespace(c)) {
            while (isWhitespace(at(pos))) {
                pos++;
            }
            return CssToken.of(CssToken.Type.WHITESPACE, start, pos);
        }
        switch (c) {
            case '"':
            case '\'':
                return string(start, (char) c);
            case '#':
                if (isIdent(at(pos + 1)) || validEscape(pos + 1)) {
                    pos++;
                    String name = identSequence();
                    return new CssToken(CssToken.Type.HASH, start, pos, name, -1, -1);
                }
                return single(CssToken.Type.DELIM);
            case '(':
                return single(CssToken.Type.OPEN_PAREN);
            case ')':
                return single(CssToken.Type.CLOSE_PAREN);
            case '[':
                return single(CssToken.Type.OPEN_SQUARE);
            case ']':
                return single(CssToken.Type.CLOSE_SQUARE);
            case '{':
                return single(CssToken.Type.OPEN_CURLY);
            case '}':
                return single(CssToken.Type.CLOSE_CURLY);
            case ',':
                return single(CssToken.Type.COMMA);
            case ':':
                return single(CssToken.Type.COLON);
            case ';':
                return single(CssToken.Type.SEMICOLON);
            case '+':
            case '.':
                return startsNumber(pos) ? numeric(start) : single(CssToken.Type.DELIM);
            case '-':
                if (startsNumber(pos)) {
                    return numeric(start);
                }
                if (at(pos + 1) == '-' && at(pos + 2) == '>') {
                    pos += 3;
                    return CssToken.of(CssToken.Type.CDC, start, pos);
                }
                return startsIdent(pos) ? identLike(start) : single(CssToken.Type.DELIM);
            case '<':
                if (at(pos + 1) == '!' && at(pos + 2) == '-' && at(pos + 3) == '-') {
                    pos += 4;
                    return CssToken.of(CssToken.Type.CDO, start, pos);
                }
                return single(CssToken.Type.DELIM);
            case '@':
                if (startsIdent(pos + 1)) {
                    pos++;
                    String name = identSequence();
                    return new CssToken(CssToken.Type.AT_KEYWORD, start, pos, name, -1, -1);
                }
                return single(CssToken.Type.DELIM);
            case '\\':
                return validEscape(pos) ? identLike(start) : single(CssToken.Type.DELIM);
            default:
                if (isDigit(c)) {
                    return numeric(start);
                }
                if (isIdentStart(c)) {
                    return identLike(start);
                }
                return single(CssToken.Type.DELIM);
        }
    }

    private CssToken single(CssToken.Type type) {
        pos++;
        return CssToken.of(type, pos - 1, pos);
    }

    private CssToken numeric(int start) {
        if (at(pos) == '+' || at(pos) == '-') {
            pos++;
        }
        digits();
        if (at(pos) == '.' && isDigit(at(pos + 1))) {
            pos++;
            digits();
        }
        int e = at(pos);
        if ((e == 'e' || e == 'E') && (isDigit(at(pos + 1))
                || (at(pos + 1) == '+' || at(pos + 1) == '-') && isDigit(at(pos + 2)))) {
            pos += 2;
            digits();
        }
        if (startsIdent(pos)) {
            String unit = identSequence();
            return new CssToken(CssToken.Type.DIMENSION, start, pos, unit, -1, -1);
        }
        if (at(pos) == '%') {
            pos++;
            return CssToken.of(CssToken.Type.PERCENTAGE, start, pos);
        }
        return CssToken.of(CssToken.Type.NUMBER, start, pos);
    }

    private void digits() {
        while (isDigit(at(pos))) {
            pos++;
        }
    }

    private CssToken identLike(int start) {
        String name = identSequence();
        if (at(pos) != '(') {
            return new CssToken(CssToken.Type.IDENT, start, pos, name, -1, -1);
        }
        pos++;
        if (!asciiEqualsIgnoreCase(name, "url")) {
            return new CssToken(CssToken.Type.FUNCTION, start, pos, name, -1, -1);
        }
        while (isWhitespace(at(pos)) && isWhitespace(at(pos + 1))) {
            pos++;
        }
        int c = at(pos);
        if (c == '"' || c == '\'' || isWhitespace(c) && (at(pos + 1) == '"' || at(pos + 1) == '\'')) {
            return new CssToken(CssToken.Type.FUNCTION, start, pos, name, -1, -1);
        }
        return url(start);
    }

    /** Consumes a url token after {@code url(} (spec 4.3.6). */
    private CssToken url(int start) {
        while (isWhitespace(at(pos))) {
            pos++;
        }
        int valueStart = pos;
        StringBuilder value = new StringBuilder();
        while (true) {
            int c = at(pos);
            if (c == ')' || c == EOF) {
                int valueEnd = pos;
                if (c == ')') {
                    pos++;
                }
                return new CssToken(CssToken.Type.URL, start, pos, value.toString(), valueStart, valueEnd);
            }
            if (isWhitespace(c)) {
                int valueEnd = pos;
                while (isWhitespace(at(pos))) {
                    pos++;
                }
                if (at(pos) == ')' || at(pos) == EOF) {
                    if (at(pos) == ')') {
                        pos++;
                    }
                    return new CssToken(CssToken.Type.URL, start, pos, value.toString(), valueStart, valueEnd);
                }
                return badUrl(start);
            }
            if (c == '"' || c == '\'' || c == '(' || isNonPrintable(c)) {
                return badUrl(start);
            }
            if (c == '\\') {
                if (!validEscape(pos)) {
                    return badUrl(start);
                }
                pos++;
                escape(value);
            } else {
                appendCurrent(value);
            }
        }
    }

    private CssToken badUrl(int start) {
        while (true) {
            int c = at(pos);
            if (c == EOF) {
                break;
            }
            if (c == ')') {
                pos++;
                break;
            }
            if (validEscape(pos)) {
                pos++;
                escape(new StringBuilder());
            } else {
                pos++;
            }
        }
        return CssToken.of(CssToken.Type.BAD_URL, start, pos);
    }

    /** Consumes a string token (spec 4.3.5); a newline before the closing quote makes a bad-string and is not consumed. */
    private CssToken string(int start, char quote) {
        pos++;
        int valueStart = pos;
        StringBuilder value = new StringBuilder();
        while (true) {
            int c = at(pos);
            if (c == quote) {
                pos++;
                return new CssToken(CssToken.Type.STRING, start, pos, value.toString(), valueStart, pos - 1);
            }
            if (c == EOF) {
                return new CssToken(CssToken.Type.STRING, start, pos, value.toString(), valueStart, pos);
            }
            if (isNewline(c)) {
                return new CssToken(CssToken.Type.BAD_STRING, start, pos, null, -1, -1);
            }
            if (c == '\\') {
                int n = at(pos + 1);
                if (n == EOF) {
                    pos++;
                } else if (isNewline(n)) {
                    pos += n == '\r' && at(pos + 2) == '\n' ? 3 : 2;
                } else {
                    pos++;
                    escape(value);
                }
            } else {
                appendCurrent(value);
            }
        }
    }

    /** Consumes an ident sequence (spec 4.3.11) and returns its decoded value. */
    private String identSequence() {
        StringBuilder name = new StringBuilder();
        while (true) {
            if (isIdent(at(pos))) {
                appendCurrent(name);
            } else if (validEscape(pos)) {
                pos++;
                escape(name);
            } else {
                return name.toString();
            }
        }
    }

    /** Consumes an escaped code point (spec 4.3.7); {@code pos} is just after the backslash. */
    private void escape(StringBuilder out) {
        int c = at(pos);
        if (c == EOF) {
            out.append('\uFFFD');
            return;
        }
        if (isHex(c)) {
            int value = 0;
            for (int n = 0; n < 6 && isHex(at(pos)); n++) {
                value = value * 16 + Character.digit(at(pos), 16);
                pos++;
            }
            if (at(pos) == '\r' && at(pos + 1) == '\n') {
                pos += 2;
            } else if (isWhitespace(at(pos))) {
                pos++;
            }
            if (value == 0 || value >= 0xD800 && value <= 0xDFFF || value > 0x10FFFF) {
                out.append('\uFFFD');
            } else {
                out.appendCodePoint(value);
            }
            return;
        }
        appendCurrent(out);
    }

    /** Appends the code point at {@code pos} (NUL as U+FFFD) and moves past it. */
    private void appendCurrent(StringBuilder out) {
        int cp = css.codePointAt(pos);
        out.appendCodePoint(cp == 0 ? 0xFFFD : cp);
        pos += Character.charCount(cp);
    }

    private int at(int i) {
        return i < css.length() ? css.charAt(i) : EOF;
    }

    private boolean validEscape(int i) {
        return at(i) == '\\' && !isNewline(at(i + 1));
    }

    private boolean startsIdent(int i) {
        int c = at(i);
        if (c == '-') {
            int n = at(i + 1);
            return isIdentStart(n) || n == '-' || validEscape(i + 1);
        }
        return isIdentStart(c) || validEscape(i);
    }

    private boolean startsNumber(int i) {
        int c = at(i);
        if (c == '+' || c == '-') {
            return isDigit(at(i + 1)) || at(i + 1) == '.' && isDigit(at(i + 2));
        }
        if (c == '.') {
            return isDigit(at(i + 1));
        }
        return isDigit(c);
    }

    static boolean asciiEqualsIgnoreCase(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x >= 'A' && x <= 'Z') {
                x += 'a' - 'A';
            }
            if (y >= 'A' && y <= 'Z') {
                y += 'a' - 'A';
            }
            if (x != y) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNewline(int c) {
        return c == '\n' || c == '\r' || c == '\f';
    }

    static boolean isWhitespace(int c) {
        return isNewline(c) || c == ' ' || c == '\t';
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(int c) {
        return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static boolean isIdentStart(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80 || c == 0;
    }

    private static boolean isIdent(int c) {
        return isIdentStart(c) || isDigit(c) || c == '-';
    }

    private static boolean isNonPrintable(int c) {
        return c >= 0 && c <= 8 && c != 0 || c == 0x0B || c >= 0x0E && c <= 0x1F || c == 0x7F;
    }
}
