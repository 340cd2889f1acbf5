package party.wtp.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CssRewriterTest {
    private final TestSite site = new TestSite("a.png", "img/b.png", "fonts/f.woff2", "css/base.css", "css/site.css",
            "my file.png", "a).png", "café.png", "图片.png", "sprite.svg", "print.css");

    private String rewrite(String css) {
        return new CssRewriter(site.links()).rewrite("css/site.css", css).text();
    }

    private String rewriteAtRoot(String css) {
        return new CssRewriter(site.links()).rewrite("main.css", css).text();
    }

    @Test
    void rewritesUnquotedUrlsKeepingTheirSpacing() {
        assertEquals("a{background:url(wtp:C/a.png)}", rewriteAtRoot("a{background:url(a.png)}"));
        assertEquals("a{background:url(  wtp:C/a.png\t)}", rewriteAtRoot("a{background:url(  a.png\t)}"));
        assertEquals("a{background:URL(wtp:C/a.png)}", rewriteAtRoot("a{background:URL(a.png)}"));
        assertEquals("a{b:\\75 rl(wtp:C/a.png)}", rewriteAtRoot("a{b:\\75 rl(a.png)}"));
    }

    @Test
    void rewritesQuotedUrlsKeepingTheirQuotes() {
        assertEquals("a{b:url(\"wtp:C/a.png\")}", rewriteAtRoot("a{b:url(\"a.png\")}"));
        assertEquals("a{b:url( 'wtp:C/a.png' )}", rewriteAtRoot("a{b:url( 'a.png' )}"));
    }

    @Test
    void decodesEscapesInReferences() {
        assertEquals("x{b:url(wtp:C/my\\20 file.png)}", rewriteAtRoot("x{b:url(my\\ file.png)}"));
        assertEquals("x{b:url(wtp:C/a\\).png)}", rewriteAtRoot("x{b:url(a\\).png)}"));
        assertEquals("x{b:url(wtp:C/café.png)}", rewriteAtRoot("x{b:url(caf\\e9 .png)}"));
        assertEquals("x{b:url('wtp:C/a).png')}", rewriteAtRoot("x{b:url('a\\).png')}"));
        assertEquals("x{b:url(\"wtp:C/my file.png\")}", rewriteAtRoot("x{b:url(\"my\\20 file.png\")}"));
        assertEquals("x{b:url(wtp:C/图片.png)}", rewriteAtRoot("x{b:url(图片.png)}"));
        assertEquals("x{b:url(wtp:C/图片.png)}", rewriteAtRoot("x{b:url(%E5%9B%BE%E7%89%87.png)}"));
    }

    @Test
    void escapesNewUrlsSoTheyReadBackExactly() {
        TestSite odd = new TestSite("a.png") {
            @Override
            public java.util.Optional<String> urlFor(String logicalPath, String fragment, Usage usage) {
                return java.util.Optional.of("x y(\"q')\\<é");
            }
        };
        CssRewriter rewriter = new CssRewriter(odd.links());
        for (String css : List.of("p{b:url(a.png)}", "p{b:url(\"a.png\")}", "p{b:url('a.png')}", "@import 'a.png';")) {
            String out = rewriter.rewrite("s.css", css).text();
            List<CssToken> tokens = CssTokenizer.tokenize(out);
            assertTrue(tokens.stream().anyMatch(t -> "x y(\"q')\\<é".equals(t.value())
                    && (t.type() == CssToken.Type.URL || t.type() == CssToken.Type.STRING)), out);
            assertTrue(!out.contains("<"), "'<' must be escaped so CSS can sit in a <style> element: " + out);
        }
    }

    @Test
    void rewritesImportsInEveryForm() {
        String css = "@import \"base.css\" screen and (min-width: 40em);\n"
                + "@import url(base.css) layer(reset);\n"
                + "@import url('../print.css') print;\n"
                + "@IMPORT /* note */ 'base.css' supports(display: grid);\n";
        String expected = "@import \"wtp:C/css/base.css\" screen and (min-width: 40em);\n"
                + "@import url(wtp:C/css/base.css) layer(reset);\n"
                + "@import url('wtp:C/print.css') print;\n"
                + "@IMPORT /* note */ 'wtp:C/css/base.css' supports(display: grid);\n";
        assertEquals(expected, rewrite(css));
    }

    @Test
    void resolvesAgainstTheStylesheetsOwnFolder() {
        RewrittenFile out = new CssRewriter(site.links()).rewrite("css/site.css",
                "@font-face{src:url(../fonts/f.woff2) format(\"woff2\")}b{c:url(/img/b.png)}d{e:url(base.css)}");
        assertEquals("@font-face{src:url(wtp:C/fonts/f.woff2) format(\"woff2\")}b{c:url(wtp:C/img/b.png)}"
                + "d{e:url(wtp:C/css/base.css)}", out.text());
        assertEquals(List.of("fonts/f.woff2", "img/b.png", "css/base.css"), List.copyOf(out.referencedPaths()));
        assertEquals(Map.of("fonts/f.woff2", Set.of(Usage.CSS), "img/b.png", Set.of(Usage.CSS),
                "css/base.css", Set.of(Usage.CSS)), out.references());
    }

    @Test
    void keepsFragmentsAndDropsQueries() {
        assertEquals("i{m:url(wtp:C/sprite.svg#icon-home)}", rewriteAtRoot("i{m:url(sprite.svg#icon-home)}"));
        assertEquals("@font-face{src:url('wtp:C/fonts/f.woff2#iefix')}",
                rewriteAtRoot("@font-face{src:url('fonts/f.woff2?v=3.1#iefix')}"));
    }

    @Test
    void leavesCommentsStringsAndBadTokensAlone() {
        String css = "/* url(a.png) @import 'a.png'; */\n"
                + "a::before{content:\"url(a.png) \\\" url(a.png)\"}\n"
                + "b{background:url(a b.png)}\n"
                + "c{content:'unterminated\n"
                + "d{x:url(a.png)}";
        String expected = css.replace("d{x:url(a.png)}", "d{x:url(wtp:C/a.png)}");
        assertEquals(expected, rewriteAtRoot(css));
        assertEquals(List.of(), site.warnings);
    }

    @Test
    void leavesExternalAndDataUrlsAndAnchorsAlone() {
        String css = "a{b:url(https://cdn.example.com/x.png)}c{d:url(//cdn.example.com/y.png)}"
                + "e{f:url(data:image/png;base64,iVBO==)}g{filter:url(#shadow)}h{i:url(\"data:image/svg+xml,<svg/>\")}";
        RewrittenFile out = new CssRewriter(site.links()).rewrite("main.css", css);
        assertEquals(css, out.text());
        assertEquals(Map.of(), out.references());
        assertEquals(List.of(), site.warnings);
    }

    @Test
    void rewritesImageSetStringsButNotNamespaces() {
        String css = "@namespace svg url(a.png);\n"
                + "a{b:image-set(\"a.png\" 1x, url(img/b.png) 2x, 'a.png' type(\"image/png\"))}"
                + "c{d:-webkit-image-set('img/b.png' 2x)}";
        String expected = "@namespace svg url(a.png);\n"
                + "a{b:image-set(\"wtp:C/a.png\" 1x, url(wtp:C/img/b.png) 2x, 'wtp:C/a.png' type(\"image/png\"))}"
                + "c{d:-webkit-image-set('wtp:C/img/b.png' 2x)}";
        assertEquals(expected, rewriteAtRoot(css));
    }

    @Test
    void keepsModernCssByteForByte() {
        String css = "@charset \"utf-8\";\r\n"
                + "@layer reset, base, components;\n"
                + "@layer base {\n  :root { --brand: oklch(70% 0.1 200); --url-like: \"url(a.png)\"; --empty:; }\n}\n"
                + ".card {\n  container: card / inline-size;\n  &:hover { color: color-mix(in srgb, red 40%, blue); }\n"
                + "  & .title { font: 700 1.2rem/1.1 system-ui; }\n  .dark & { background: url(a.png) no-repeat; }\n}\n"
                + "@container card (min-width: 30em) { .title { font-size: clamp(1rem, 2cqi + .5rem, 3rem); } }\n"
                + "@supports (selector(:has(> img))) { figure:has(> img) { inset: 0 auto auto 0 } }\n"
                + "@media (width >= 600px) and (prefers-color-scheme: dark) { html { color-scheme: dark } }\n"
                + "@property --angle { syntax: '<angle>'; inherits: false; initial-value: 0deg; }\n"
                + ".u\\:hover\\:x:hover { grid-template-areas: \"a b\" \"c d\"; }\n"
                + "*zoom: 1; _height: 1px; filter: progid:DXImageTransform.Microsoft.gradient(startColorstr='#80000000');\n"
                + "@font-feature-values Font One { @styleset { nice-style: 12; } }\n"
                + "@scope (.card) to (.content) { img { border: 1px solid \\000023; } }\n"
                + "p::after { content: \"\\201C é 😀\"; unicode-range: U+0025-00FF, u+4??; }\n"
                + "<!-- --> /* trailing comment without end";
        String expected = css.replace(".dark & { background: url(a.png)", ".dark & { background: url(wtp:C/a.png)");
        assertEquals(expected, rewriteAtRoot(css));
    }

    @Test
    void warnsAboutMissingFilesAndKeepsThem() {
        RewrittenFile out = new CssRewriter(site.links()).rewrite("css/site.css",
                "a{b:url(missing.png)}@import 'nope.css';c{d:url(a.png)}");
        assertEquals("a{b:url(missing.png)}@import 'nope.css';c{d:url(a.png)}", out.text(),
                "a.png is relative to css/, where it does not exist");
        assertEquals(List.of(
                "css/site.css | missing.png | no such file in the site: css/missing.png",
                "css/site.css | nope.css | no such file in the site: css/nope.css",
                "css/site.css | a.png | no such file in the site: css/a.png"), site.warnings);
        assertEquals(Map.of(), out.references());
    }

    @Test
    void keepsReferencesTheBuildDoesNotRewrite() {
        site.notRewritten.add("a.png");
        RewrittenFile out = new CssRewriter(site.links()).rewrite("main.css", "a{b:url(a.png)}");
        assertEquals("a{b:url(a.png)}", out.text());
        assertEquals(Set.of("a.png"), out.referencedPaths());
        assertEquals(List.of(), site.warnings);
    }

    @Test
    void bytesStayIdenticalInTheDeclaredCharset() {
        Charset latin = Charset.forName("windows-1252");
        String css = "@charset \"windows-1252\";\np::before{content:\"Ça coûte 5€\"}\nq{b:url(café.png)}";
        RewrittenFile out = new CssRewriter(site.links()).rewrite("main.css", css.getBytes(latin));
        assertEquals(latin, out.charset());
        assertArrayEquals(css.replace("url(café.png)", "url(wtp:C/café.png)").getBytes(latin), out.bytes());

        byte[] bom = "\uFEFFa{b:url(a.png)}".getBytes(StandardCharsets.UTF_8);
        RewrittenFile withBom = new CssRewriter(site.links()).rewrite("main.css", bom);
        assertArrayEquals("\uFEFFa{b:url(wtp:C/a.png)}".getBytes(StandardCharsets.UTF_8), withBom.bytes());
    }

    @Test
    void escapesCharactersTheCharsetCannotHold() {
        Charset latin = Charset.forName("ISO-8859-1");
        RewrittenFile out = new CssRewriter(site.links()).rewrite("main.css",
                "@charset \"iso-8859-1\";a{b:url(%E5%9B%BE%E7%89%87.png)}c{d:url('%E5%9B%BE%E7%89%87.png')}"
                        .getBytes(latin));
        assertEquals("@charset \"iso-8859-1\";a{b:url(wtp:C/\\56fe \\7247 .png)}c{d:url('wtp:C/\\56fe \\7247 .png')}",
                new String(out.bytes(), latin));
    }

    @Test
    void invalidBytesAreKeptWithAWarning() {
        byte[] css = {'a', '{', 'c', ':', '"', (byte) 0xC3, '"', '}', 'b', '{', 'c', ':', 'u', 'r', 'l', '(', 'a', '.',
            'p', 'n', 'g', ')', '}'};
        RewrittenFile out = new CssRewriter(site.links()).rewrite("main.css", css);
        byte[] expected = new String(css, StandardCharsets.ISO_8859_1).replace("url(a.png)", "url(wtp:C/a.png)")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertArrayEquals(expected, out.bytes());
        assertEquals(1, site.warnings.size());
        assertTrue(site.warnings.get(0).startsWith("main.css | main.css | is not valid UTF-8"), site.warnings.get(0));
    }

    /**
     * CSS built from random tokens with no url(): the rewriter must hand back every character unchanged. (Strings after
     * {@code @import} or in {@code image-set(} are references, but never to an existing file here, so they stay too.)
     */
    @Test
    void randomCssWithoutReferencesRoundTripsExactly() {
        Random random = new Random(7);
        CssRewriter rewriter = new CssRewriter(site.links());
        for (int round = 0; round < 3000; round++) {
            StringBuilder css = new StringBuilder();
            int count = random.nextInt(60);
            for (int i = 0; i < count; i++) {
                css.append(randomToken(random));
            }
            String text = css.toString();
            RewrittenFile out = rewriter.rewrite("main.css", text);
            assertEquals(text, out.text());
            assertEquals(Map.of(), out.references());
        }
    }

    /** Random CSS with url() references mixed in: exactly the references change, everything else stays. */
    @Test
    void randomCssWithReferencesChangesOnlyTheReferences() {
        Random random = new Random(11);
        CssRewriter rewriter = new CssRewriter(site.links());
        for (int round = 0; round < 2000; round++) {
            StringBuilder css = new StringBuilder();
            StringBuilder expected = new StringBuilder();
            int count = random.nextInt(40);
            for (int i = 0; i < count; i++) {
                if (random.nextInt(6) == 0) {
                    String[][] refs = {
                        {"url(a.png)", "url(wtp:C/a.png)"},
                        {"url( \"img/b.png\" )", "url( \"wtp:C/img/b.png\" )"},
                        {"url('my file.png')", "url('wtp:C/my file.png')"},
                        {"url(my\\ file.png)", "url(wtp:C/my\\20 file.png)"},
                        {"url(./sprite.svg#x)", "url(wtp:C/sprite.svg#x)"},
                        {"url(https://elsewhere.example/a.png)", "url(https://elsewhere.example/a.png)"},
                        {"url(#local)", "url(#local)"},
                    };
                    String[] ref = refs[random.nextInt(refs.length)];
                    css.append("\n;\n").append(ref[0]).append(' ');
                    expected.append("\n;\n").append(ref[1]).append(' ');
                } else {
                    String token = randomToken(random);
                    css.append(token);
                    expected.append(token);
                }
            }
            assertEquals(expected.toString(), rewriter.rewrite("main.css", css.toString()).text());
        }
    }

    private static final String[] TOKENS = {
        "a", "div", "--x", "-webkit-box", "\\31 23", "é", "图", "😀", "10px", "-1.5e3", "50%", ".5", "+3", "#fff", "#a-b",
        "@media", "@layer", "@container", "@supports", "@font-face", "@import", "@namespace", ":", ";", ",", "{", "}",
        "(", ")", "[", "]", "!important", ">", "~", "+", "*", "&", "|", "=", "$", "^", "<!--", "-->", "/", "\\",
        "calc(", "var(", "color-mix(", "image-set(", "src(", "rgb(", "\"str\"", "'s\\'q'", "\"u\\rl(x)\"",
        "\"url(a.png)\"", "'a\\\nb'", "\"bad\n", "/* c */", "/* url(a.png) */", "/**/", " ", "\t", "\n", "\r\n", "\f",
        "U+0-7F", "u+4??", "\\", "\\\n", "\\0", "\0", "\u0001",
    };

    private static String randomToken(Random random) {
        String token = TOKENS[random.nextInt(TOKENS.length)];
        // A lone backslash escapes whatever follows, and "/" then "*" opens a comment: give both a space to end them.
        return random.nextBoolean() || token.equals("\\") || token.equals("/") ? token + " " : token;
    }
}
