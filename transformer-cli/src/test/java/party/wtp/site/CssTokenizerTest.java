package party.wtp.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CssTokenizerTest {

    private static String describe(String css) {
        return CssTokenizer.tokenize(css).stream()
                .filter(t -> t.type() != CssToken.Type.WHITESPACE)
                .map(t -> t.type() + (t.value() == null ? "" : "=" + t.value()))
                .collect(Collectors.joining(" "));
    }

    @Test
    void readsUrlTokensWithEscapesAndSpaces() {
        assertEquals("IDENT=a COLON URL=my file).png SEMICOLON", describe("a: url(  my\\ file\\).png  );"));
        assertEquals("URL=café.png", describe("url(caf\\e9 .png)"));
        assertEquals("URL=a.png", describe("\\75 rl(a.png)"));
        assertEquals("URL=a.png", describe("URL(a.png)"));
        assertEquals("URL=", describe("url()"));
        assertEquals("URL=unterminated", describe("url(unterminated"));
    }

    @Test
    void urlWithQuotedArgumentIsAFunctionFollowedByAString() {
        assertEquals("FUNCTION=url STRING=it\"s.png CLOSE_PAREN", describe("url( \"it\\\"s.png\" )"));
        assertEquals("FUNCTION=url STRING=a.png CLOSE_PAREN", describe("url('a.png')"));
    }

    @Test
    void recoversFromBadUrlsAndBadStrings() {
        assertEquals("BAD_URL IDENT=b", describe("url(a b.png) b"));
        assertEquals("BAD_URL IDENT=b", describe("url(a\"b\\).png) b"));
        assertEquals("BAD_URL IDENT=b", describe("url(a(b) b"));
        assertEquals("BAD_STRING IDENT=b COLON IDENT=c", describe("'abc\nb:c"));
        assertEquals("STRING=line continues", describe("'line \\\r\ncontinues'"));
    }

    @Test
    void readsNumbersIdentsAndAtKeywords() {
        assertEquals("DIMENSION=px DIMENSION=e NUMBER PERCENTAGE NUMBER DIMENSION=em",
                describe("10px -1.5e +3e2 50% .5 -.5em"));
        assertEquals("AT_KEYWORD=import AT_KEYWORD=-moz-document HASH=fff HASH=1a DELIM",
                describe("@import @-moz-document #fff #1a #"));
        assertEquals("CDO IDENT=--custom-prop COLON OPEN_CURLY IDENT=a CLOSE_CURLY CDC",
                describe("<!-- --custom-prop: { a } -->"));
        assertEquals("COMMENT IDENT=a", describe("/* url(x.png) */ a"));
        assertEquals("COMMENT", describe("/* unterminated url(x"));
    }

    @Test
    void tokenSpansCoverAnyInputExactly() {
        String alphabet = "aZ-_09.+@#\\/*\"'(){}[];:,<!>% \t\n\r\féu\0\u0001url(import";
        Random random = new Random(20240611);
        for (int round = 0; round < 5000; round++) {
            StringBuilder css = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                if (random.nextInt(8) == 0) {
                    css.append(List.of("url(", "url( '", "/*", "*/", "\\\r\n", "\\", "\"", "\\61 ", "😀")
                            .get(random.nextInt(9)));
                } else {
                    css.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            String text = css.toString();
            List<CssToken> tokens = CssTokenizer.tokenize(text);
            int at = 0;
            for (CssToken token : tokens) {
                assertEquals(at, token.start(), () -> "gap or overlap in " + text);
                assertEquals(true, token.end() > token.start(), () -> "empty token in " + text);
                at = token.end();
            }
            assertEquals(text.length(), at, () -> "tokens do not reach the end of " + text);
        }
    }
}
