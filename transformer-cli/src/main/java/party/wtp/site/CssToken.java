package party.wtp.site;

/**
 * One token of CSS source text (CSS Syntax Level 3, section 4), as a span of the original text. Comments are kept as
 * tokens so that the spans of all tokens cover the text exactly.
 *
 * @param type the token type
 * @param start index of the token's first character
 * @param end index after the token's last character
 * @param value the decoded value (escapes resolved) of names, strings and urls, else null
 * @param valueStart for strings and urls: where the value is written (inside the quotes or parentheses), else -1
 * @param valueEnd for strings and urls: where the written value ends, else -1
 */
record CssToken(Type type, int start, int end, String value, int valueStart, int valueEnd) {

    enum Type {
        WHITESPACE, COMMENT, IDENT, FUNCTION, AT_KEYWORD, HASH, STRING, BAD_STRING, URL, BAD_URL, DELIM,
        NUMBER, PERCENTAGE, DIMENSION, CDO, CDC, COLON, SEMICOLON, COMMA,
        OPEN_SQUARE, CLOSE_SQUARE, OPEN_PAREN, CLOSE_PAREN, OPEN_CURLY, CLOSE_CURLY
    }

    static CssToken of(Type type, int start, int end) {
        return new CssToken(type, start, end, null, -1, -1);
    }

    /** The token as written. */
    String text(String css) {
        return css.substring(start, end);
    }
}
