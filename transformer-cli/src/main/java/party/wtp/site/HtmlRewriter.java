package party.wtp.site;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Rewrites the references of an HTML page: links, images and {@code srcset}, stylesheets, scripts, media, frames,
 * objects, forms, SVG {@code href}s, {@code meta} refresh, and the CSS of {@code style} attributes and {@code <style>}
 * elements. The page is parsed with jsoup to find them, but the output is the original text with only those values
 * replaced: doctype, formatting, entities, attribute quoting and everything else stay exactly as written.
 *
 * <p>A {@code <base href>} inside the site is honoured when resolving, then removed from the page (the rewritten
 * references no longer depend on it); a base outside the site is kept, and relative references under it stay as
 * they are.
 */
public final class HtmlRewriter {
    private final SiteLinks links;

    public HtmlRewriter(SiteLinks links) {
        this.links = links;
    }

    /** Rewrites a page whose text is already decoded; {@link RewrittenFile#charset()} is then UTF-8. */
    public RewrittenFile rewrite(String logicalPath, String html) {
        return rewrite(logicalPath, html, StandardCharsets.UTF_8);
    }

    /**
     * Rewrites a page file's bytes, decoded as a browser would (byte order mark, else {@code <meta charset>}, else
     * UTF-8). {@link RewrittenFile#bytes()} gives back the same bytes outside the rewritten references.
     */
    public RewrittenFile rewrite(String logicalPath, byte[] html) {
        FileReferences refs = new FileReferences(links, logicalPath);
        SourceText source = SourceText.decode(html, charsetOf(html), refs);
        return rewrite(logicalPath, source.text(), source.charset());
    }

    private RewrittenFile rewrite(String logicalPath, String html, Charset charset) {
        IntPredicate encodable = SourceText.encodable(charset);
        FileReferences refs = new FileReferences(links, logicalPath);
        Document document = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        List<TextEdit> edits = new ArrayList<>();
        Location base = documentBase(document, html, refs, edits);
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                AttributeRole role = AttributeRole.of(element, attribute.getKey());
                Range value = attribute.sourceRange().valueRange();
                if (role != null && value.isTracked()) {
                    List<TextEdit> valueEdits = valueEdits(attribute.getValue(), role, refs, base);
                    splice(html, value.startPos(), value.endPos(), attribute.getValue(), valueEdits,
                            quoteOf(html, value), encodable, edits);
                }
            }
            if (element.normalName().equals("style")) {
                styleContent(element, html, refs, base, encodable, edits);
            }
        }
        return new RewrittenFile(TextEdit.apply(html, edits), charset, refs.references());
    }

    /**
     * The location relative references resolve against: the page itself, or its first {@code <base href>}. A base
     * inside the site is removed from the output, since every reference it affected has been resolved.
     */
    private static Location documentBase(Document document, String html, FileReferences refs, List<TextEdit> edits) {
        Location page = refs.fileLocation();
        Element baseElement = document.selectFirst("base[href]");
        if (baseElement == null) {
            return page;
        }
        Location base = refs.locate(baseElement.attr("href"), page);
        if (base.kind() == Location.Kind.NONE) {
            return page;
        }
        Range.AttributeRange range = baseElement.attributes().sourceRange("href");
        if (base.kind() == Location.Kind.HOST_PATH && refs.insideSite(base) && range.nameRange().isTracked()) {
            int start = range.nameRange().startPos();
            while (start > 0 && Srcset.isSpace(html.charAt(start - 1))) {
                start--;
            }
            Range value = range.valueRange();
            int end = value.endPos() + (quoteOf(html, value) == 0 ? 0 : 1);
            edits.add(new TextEdit(start, end, ""));
        }
        return base;
    }

    /** Edits of an attribute's decoded value that replace its references. */
    private static List<TextEdit> valueEdits(String value, AttributeRole role, FileReferences refs, Location base) {
        List<TextEdit> edits = new ArrayList<>();
        switch (role.syntax()) {
            case URL -> addUrl(value, 0, value.length(), role.usage(), refs, base, edits, false);
            case SRCSET -> {
                for (int[] span : Srcset.urlSpans(value)) {
                    addUrl(value, span[0], span[1], role.usage(), refs, base, edits, true);
                }
            }
            case REFRESH -> {
                int[] span = MetaRefresh.urlSpan(value);
                if (span != null) {
                    addUrl(value, span[0], span[1], role.usage(), refs, base, edits, false);
                }
            }
            case CSS -> edits.addAll(CssRewriter.edits(value, refs, base, cp -> true));
        }
        return edits;
    }

    /** Replaces the URL in {@code value[start, end)}, keeping surrounding spaces (which the URL parser ignores). */
    private static void addUrl(String value, int start, int end, Usage usage, FileReferences refs, Location base,
            List<TextEdit> edits, boolean inSrcset) {
        while (start < end && value.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && value.charAt(end - 1) <= ' ') {
            end--;
        }
        String url = refs.replacement(value.substring(start, end), usage, base);
        if (url != null) {
            edits.add(new TextEdit(start, end, inSrcset ? encodeSpaces(url) : url));
        }
    }

    /** A srcset URL ends at the first space, so spaces in a new URL are percent-encoded. */
    private static String encodeSpaces(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (Srcset.isSpace(c)) {
                out.append('%').append(String.format("%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Rewrites the CSS inside a {@code <style>} element (raw text in HTML; escaped text inside SVG). */
    private static void styleContent(Element style, String html, FileReferences refs, Location base,
            IntPredicate encodable, List<TextEdit> edits) {
        for (Node child : style.childNodes()) {
            Range range = child.sourceRange();
            if (!range.isTracked()) {
                continue;
            }
            if (child instanceof DataNode data) {
                String css = data.getWholeData();
                List<TextEdit> cssEdits = CssRewriter.edits(css, refs, base, encodable);
                splice(html, range.startPos(), range.endPos(), css, cssEdits, RAW, encodable, edits);
            } else if (child instanceof TextNode text) {
                String css = text.getWholeText();
                List<TextEdit> cssEdits = CssRewriter.edits(css, refs, base, cp -> true);
                splice(html, range.startPos(), range.endPos(), css, cssEdits, '<', encodable, edits);
            }
        }
    }

    /** Marks raw text (script and style data), which is written without escaping. */
    private static final char RAW = 1;

    /**
     * Turns edits of a decoded value into edits of the source text where that value is written at
     * {@code [rawStart, rawEnd)}. When the source spells the value literally (no character references), only the
     * edited spans change; otherwise the value is written anew.
     *
     * @param quote the attribute's quote, 0 for an unquoted attribute, {@code '<'} for element text, {@link #RAW}
     */
    private static void splice(String html, int rawStart, int rawEnd, String decoded, List<TextEdit> valueEdits,
            char quote, IntPredicate encodable, List<TextEdit> out) {
        if (valueEdits.isEmpty()) {
            return;
        }
        List<TextEdit> escaped = new ArrayList<>();
        for (TextEdit edit : valueEdits) {
            escaped.add(new TextEdit(edit.start(), edit.end(), escape(edit.replacement(), quote, encodable)));
        }
        String raw = html.substring(rawStart, rawEnd);
        if (raw.equals(decoded)) {
            if (quote != 0 || !HtmlText.needsQuotes(TextEdit.apply(raw, escaped))) {
                escaped.forEach(edit -> out.add(edit.shift(rawStart)));
                return;
            }
        }
        String value = TextEdit.apply(decoded, valueEdits);
        String written = escape(value, quote, encodable);
        if (quote == 0 && HtmlText.needsQuotes(written)) {
            written = '"' + escape(value, '"', encodable) + '"';
        }
        out.add(new TextEdit(rawStart, rawEnd, written));
    }

    private static String escape(String text, char quote, IntPredicate encodable) {
        return quote == RAW ? text : HtmlText.escape(text, quote, encodable);
    }

    private static char quoteOf(String html, Range value) {
        int start = value.startPos();
        int end = value.endPos();
        if (start > 0 && end < html.length()) {
            char before = html.charAt(start - 1);
            if ((before == '"' || before == '\'') && html.charAt(end) == before) {
                return before;
            }
        }
        return 0;
    }

    /** The charset a browser would read the page with: byte order mark, else the declared charset, else UTF-8. */
    static Charset charsetOf(byte[] html) {
        Charset bom = SourceText.byteOrderMark(html);
        if (bom != null) {
            return bom;
        }
        try {
            Charset declared = Jsoup.parse(new ByteArrayInputStream(html), null, "").charset();
            String name = declared.name().toUpperCase(Locale.ROOT);
            return name.startsWith("UTF-16") || name.startsWith("UTF-32") ? StandardCharsets.UTF_8 : declared;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
