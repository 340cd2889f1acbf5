package party.wtp.site;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * Rewrites the references of CSS text — {@code url(…)} in both forms, {@code @import "…"}, and the strings of
 * {@code image-set(…)} and {@code src(…)} — and keeps every other character as it was, so any CSS (nesting, layers,
 * container queries, custom properties, hacks) survives. {@code @namespace} URLs are names, not references, and stay.
 */
public final class CssRewriter {
    private final SiteLinks links;

    public CssRewriter(SiteLinks links) {
        this.links = links;
    }

    /** Rewrites a stylesheet whose text is already decoded; {@link RewrittenFile#charset()} is then UTF-8. */
    public RewrittenFile rewrite(String logicalPath, String css) {
        return rewrite(logicalPath, css, StandardCharsets.UTF_8);
    }

    /**
     * Rewrites a stylesheet file's bytes, decoded as CSS says (byte order mark, else {@code @charset}, else UTF-8).
     * {@link RewrittenFile#bytes()} gives back the same bytes outside the rewritten references.
     */
    public RewrittenFile rewrite(String logicalPath, byte[] css) {
        FileReferences refs = new FileReferences(links, logicalPath);
        SourceText source = SourceText.decode(css, charsetOf(css), refs);
        return rewrite(logicalPath, source.text(), source.charset());
    }

    private RewrittenFile rewrite(String logicalPath, String css, Charset charset) {
        FileReferences refs = new FileReferences(links, logicalPath);
        List<TextEdit> edits = edits(css, refs, refs.fileLocation(), SourceText.encodable(charset));
        return new RewrittenFile(TextEdit.apply(css, edits), charset, refs.references());
    }

    /**
     * The edits that rewrite the references of {@code css}, resolved against {@code base}.
     *
     * @param encodable which code points the output charset can hold; others are written as CSS escapes
     */
    static List<TextEdit> edits(String css, FileReferences refs, Location base, IntPredicate encodable) {
        List<CssToken> tokens = CssTokenizer.tokenize(css);
        List<TextEdit> edits = new ArrayList<>();
        Deque<Block> blocks = new ArrayDeque<>();
        boolean inNamespace = false;
        for (int i = 0; i < tokens.size(); i++) {
            CssToken token = tokens.get(i);
            switch (token.type()) {
                case AT_KEYWORD -> {
                    if (CssTokenizer.asciiEqualsIgnoreCase(token.value(), "import")) {
                        CssToken target = nextSignificant(tokens, i + 1);
                        if (target != null && target.type() == CssToken.Type.STRING) {
                            rewriteString(css, target, refs, base, encodable, edits);
                        }
                    } else if (CssTokenizer.asciiEqualsIgnoreCase(token.value(), "namespace")) {
                        inNamespace = true;
                    }
                }
                case URL -> {
                    if (!inNamespace) {
                        String url = refs.replacement(token.value(), Usage.CSS, base);
                        if (url != null) {
                            edits.add(new TextEdit(token.valueStart(), token.valueEnd(), CssText.unquoted(url, encodable)));
                        }
                    }
                }
                case STRING -> {
                    Block block = blocks.peek();
                    if (block != null && !inNamespace && block.takesUrlString()) {
                        block.stringSeen = true;
                        rewriteString(css, token, refs, base, encodable, edits);
                    }
                }
                case FUNCTION -> blocks.push(new Block(')', token.value().toLowerCase(Locale.ROOT)));
                case OPEN_PAREN -> blocks.push(new Block(')', null));
                case OPEN_SQUARE -> blocks.push(new Block(']', null));
                case OPEN_CURLY -> {
                    blocks.push(new Block('}', null));
                    inNamespace = false;
                }
                case CLOSE_PAREN, CLOSE_SQUARE, CLOSE_CURLY -> {
                    if (!blocks.isEmpty() && blocks.peek().closer == css.charAt(token.start())) {
                        blocks.pop();
                    }
                    if (token.type() == CssToken.Type.CLOSE_CURLY) {
                        inNamespace = false;
                    }
                }
                case SEMICOLON -> inNamespace = false;
                default -> {
                }
            }
        }
        return edits;
    }

    private static void rewriteString(String css, CssToken string, FileReferences refs, Location base,
            IntPredicate encodable, List<TextEdit> edits) {
        String url = refs.replacement(string.value(), Usage.CSS, base);
        if (url != null) {
            char quote = css.charAt(string.start());
            edits.add(new TextEdit(string.valueStart(), string.valueEnd(), CssText.inString(url, quote, encodable)));
        }
    }

    private static CssToken nextSignificant(List<CssToken> tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            CssToken.Type type = tokens.get(i).type();
            if (type != CssToken.Type.WHITESPACE && type != CssToken.Type.COMMENT) {
                return tokens.get(i);
            }
        }
        return null;
    }

    /** The charset of a stylesheet's bytes (CSS Syntax 3, 3.2): byte order mark, then {@code @charset}, then UTF-8. */
    static Charset charsetOf(byte[] css) {
        Charset bom = SourceText.byteOrderMark(css);
        if (bom != null) {
            return bom;
        }
        byte[] prefix = "@charset \"".getBytes(StandardCharsets.US_ASCII);
        if (css.length > prefix.length && Arrays.equals(css, 0, prefix.length, prefix, 0, prefix.length)) {
            int end = prefix.length;
            while (end < css.length && end < 1024 && css[end] != '"' && css[end] > 0x20 && css[end] < 0x7F) {
                end++;
            }
            if (end + 1 < css.length && css[end] == '"' && css[end + 1] == ';') {
                String label = new String(css, prefix.length, end - prefix.length, StandardCharsets.US_ASCII);
                String lower = label.toLowerCase(Locale.ROOT);
                if (lower.equals("utf-16be") || lower.equals("utf-16le")) {
                    return StandardCharsets.UTF_8;
                }
                try {
                    return Charset.forName(label);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** An open function or bracket block, so a string can tell which function it is an argument of. */
    private static final class Block {
        final char closer;
        final String function;
        boolean stringSeen;

        Block(char closer, String function) {
            this.closer = closer;
            this.function = function;
        }

        /** Whether a string directly inside this block is a URL. */
        boolean takesUrlString() {
            if (function == null) {
                return false;
            }
            return switch (function) {
                case "url", "src" -> !stringSeen;
                case "image-set", "-webkit-image-set" -> true;
                default -> false;
            };
        }
    }
}
