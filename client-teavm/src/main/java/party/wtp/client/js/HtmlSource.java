package party.wtp.client.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * A decrypted HTML page parsed into a detached document (nothing in it runs or loads), whose references to
 * subresources are rewritten before it is shown. Navigation links ({@code a}/{@code area href}) are left alone:
 * the client takes over clicks on them instead.
 */
public final class HtmlSource {
    /** Rewrites the text of one attribute or style sheet; returns it unchanged to leave it. */
    @JSFunctor
    public interface TextRewrite extends JSObject {
        String rewrite(String text);
    }

    private final JSObject document;

    private HtmlSource(JSObject document) {
        this.document = document;
    }

    public static HtmlSource parse(String html) {
        return new HtmlSource(parseHtml(html));
    }

    /**
     * Applies {@code rewrite} to every place a subresource can be named: {@code src}, {@code srcset},
     * {@code poster}, {@code data}, {@code background}, non-link {@code href}s (style sheets, icons, SVG; not
     * {@code <link rel=next>} and the like, which name pages),
     * {@code style} attributes and {@code <style>} elements.
     */
    public void rewriteReferences(TextRewrite rewrite) {
        rewriteAll(document, rewrite);
    }

    /** Makes links without a target of their own open in the whole window, not in the page's frame. */
    public void targetTop() {
        addBaseTarget(document);
    }

    /** The page's {@code <title>} text. */
    public String title() {
        return titleOf(document);
    }

    /** The document as HTML text again, with its doctype (or none, which keeps quirks mode). */
    public String serialize() {
        return serializeHtml(document);
    }

    @JSBody(params = "html", script = "return new DOMParser().parseFromString(html, 'text/html');")
    private static native JSObject parseHtml(String html);

    @JSBody(params = {"doc", "rewrite"}, script = ""
            + "var names = ['src', 'srcset', 'poster', 'data', 'background', 'href', 'xlink:href', 'style'];"
            + "var all = doc.querySelectorAll('*');"
            + "for (var index = 0; index < all.length; index++) {"
            + "  var element = all[index], tag = element.localName;"
            + "  for (var at = 0; at < names.length; at++) {"
            + "    var name = names[at];"
            + "    if ((name === 'href' || name === 'xlink:href') && (tag === 'a' || tag === 'area')) continue;"
            // rel=next, prev, search, index... name pages, not files this page uses: not fetched with it
            + "    if (name === 'href' && tag === 'link' && !/stylesheet|icon|preload|manifest/i.test(element.rel)) continue;"
            + "    var value = element.getAttribute(name);"
            + "    if (value !== null && value.indexOf('#') >= 0) {"
            + "      var rewritten = rewrite(value);"
            + "      if (rewritten !== value) element.setAttribute(name, rewritten);"
            + "    }"
            + "  }"
            + "  if (tag === 'style') {"
            + "    var css = element.textContent;"
            + "    if (css.indexOf('#') >= 0) { var newCss = rewrite(css); if (newCss !== css) element.textContent = newCss; }"
            + "  }"
            + "}")
    private static native void rewriteAll(JSObject doc, TextRewrite rewrite);

    @JSBody(params = "doc", script = ""
            + "if (doc.querySelector('base[target]')) return;"
            + "var base = doc.createElement('base'); base.setAttribute('target', '_top');"
            + "var head = doc.querySelector('head') || doc.documentElement;"
            + "head.insertBefore(base, head.firstChild);")
    private static native void addBaseTarget(JSObject doc);

    @JSBody(params = "doc", script = "return doc.title || '';")
    private static native String titleOf(JSObject doc);

    @JSBody(params = "doc", script = ""
            + "var doctype = doc.doctype ? new XMLSerializer().serializeToString(doc.doctype) : '';"
            + "return doctype + doc.documentElement.outerHTML;")
    private static native String serializeHtml(JSObject doc);
}
