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

    /** The text to write in place of a file the page references, or null to keep the reference. */
    @JSFunctor
    public interface InlineText extends JSObject {
        String textOf(String reference, String kind);
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

    /**
     * Writes classic scripts ({@code <script src>}) and plain style sheets ({@code <link rel=stylesheet>}) into the
     * page, with the text {@code source} gives for their reference ("script" or "style"), so the page's frame
     * neither fetches them nor waits for a {@code blob:} URL. Only where the page cannot tell the difference in its
     * order of execution or its events: a script that is {@code async}, {@code defer}, a module, has an
     * {@code onload}/{@code onerror} or another charset, and a sheet that is an alternate one, has a title, an id,
     * events or any other attribute a script could look for, keep their reference; so does text that would end its
     * element early ({@code </script}, {@code </style}) or change how it is parsed ({@code <!--} with
     * {@code <script}), and a sheet with {@code @import}: Firefox does not load an import from an inline sheet of
     * a written frame.
     */
    public void inlineFiles(InlineText source) {
        inlineAll(document, source);
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

    @JSBody(params = {"doc", "source"}, script = ""
            + "var scripts = doc.querySelectorAll('script[src]');"
            + "for (var index = 0; index < scripts.length; index++) {"
            + "  var script = scripts[index], type = (script.getAttribute('type') || '').replace(/^\\s+|\\s+$/g, '').toLowerCase();"
            + "  var charset = script.getAttribute('charset');"
            + "  if (type && !/^(text|application)\\/(x-)?(javascript|ecmascript)$/.test(type)) continue;"
            + "  if (script.hasAttribute('async') || script.hasAttribute('defer') || script.hasAttribute('nomodule')"
            + "      || script.hasAttribute('onload') || script.hasAttribute('onerror')"
            + "      || (charset !== null && !/^\\s*utf-?8\\s*$/i.test(charset))) continue;"
            + "  var code = source(script.getAttribute('src'), 'script');"
            + "  if (code === null || code === undefined || /<\\/script/i.test(code)"
            // '<!' + '--': this client's own text stands inline in the entry page, where '<!--' would change its parse
            + "      || (code.indexOf('<!' + '--') >= 0 && /<script/i.test(code))) continue;"
            + "  script.removeAttribute('src');"
            + "  script.text = code;"
            + "}"
            + "var allowed = {rel: 1, href: 1, type: 1, media: 1, crossorigin: 1, integrity: 1, referrerpolicy: 1};"
            + "var links = doc.querySelectorAll('link[href]');"
            + "for (index = 0; index < links.length; index++) {"
            + "  var link = links[index], plain = /^\\s*stylesheet\\s*$/i.test(link.getAttribute('rel') || '');"
            + "  for (var at = 0; plain && at < link.attributes.length; at++)"
            + "    plain = allowed[link.attributes[at].name.toLowerCase()] === 1;"
            + "  var linkType = link.getAttribute('type');"
            + "  if (!plain || (linkType !== null && !/^\\s*text\\/css\\s*$/i.test(linkType))) continue;"
            + "  var css = source(link.getAttribute('href'), 'style');"
            + "  if (css === null || css === undefined || /<\\/style|@import/i.test(css)) continue;"
            + "  var style = doc.createElement('style');"
            + "  if (link.hasAttribute('media')) style.setAttribute('media', link.getAttribute('media'));"
            + "  style.appendChild(doc.createTextNode(css));"
            + "  link.parentNode.replaceChild(style, link);"
            + "}")
    private static native void inlineAll(JSObject doc, InlineText source);

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
