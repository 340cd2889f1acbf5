package party.wtp.client.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * The client's own UI on top of the page: a thin progress bar with a line of text while loading, a notice bar,
 * and a full-window message when a page cannot be shown, or a card offering a file for download. It lives in a
 * shadow root (where the browser has one) so nothing of the site's or the entry page's styling reaches it;
 * the {@link Sidebar} shares that root.
 */
public final class StatusPanel {
    private final JSObject root;

    public StatusPanel() {
        root = create();
    }

    /** The panel's state, whose {@code root} is the shadow root the client's UI lives in. */
    JSObject state() {
        return root;
    }

    /** Shows progress: {@code done} of {@code total} steps (total 0: unknown), with a line of text. */
    public void progress(String text, int done, int total) {
        progress(root, text, total <= 0 ? 0.1 : Math.max(0.1, (double) done / total));
    }

    /** Hides the progress bar. */
    public void idle() {
        idle(root);
    }

    /** A notice bar above the page (empty text hides it), with a link when {@code href} is not empty. */
    public void notice(String text, String linkText, String href) {
        notice(root, text, linkText, href);
    }

    /** The full-window message when a page cannot be shown: a heading, plain words, and a technical detail. */
    public void error(String heading, String words, String detail) {
        error(root, heading, words, detail);
    }

    /**
     * A verified file the browser would not show as a page: a full-window card with a download link under the
     * file's own name, and, when {@code viewable}, a link opening it in the browser's own viewer.
     */
    public void file(String name, String download, String url, boolean viewable) {
        file(root, name, download, url, viewable);
    }

    @JSBody(script = ""
            + "var host = document.createElement('div');"
            + "host.setAttribute('data-wtp-status', '');"
            + "host.setAttribute('style', 'all:initial;position:fixed;top:0;left:0;right:0;z-index:2147483647;"
            + "pointer-events:none');"
            + "document.body.appendChild(host);"
            + "var root = host.attachShadow ? host.attachShadow({mode: 'open'}) : host;"
            + "function el(tag, text, parent, cls) { var made = document.createElement(tag); made.textContent = text;"
            + "  if (cls) made.className = cls; parent.appendChild(made); return made; }"
            + "el('style', ':host{all:initial}"
            + "div{font:15px/1.4 system-ui,sans-serif;color:#222;box-sizing:border-box}"
            + ".bar{height:3px;background:#2b6cb0;width:0;transition:width .2s}"
            + ".bar,.text{position:relative;z-index:1}"
            + ".text{display:inline-block;background:#fff;padding:2px 8px;font-size:12px;color:#555;"
            + "border:1px solid #ddd;border-top:0}"
            + ".notice{display:none;background:#fff8d6;border-bottom:1px solid #e5c200;padding:6px 12px;"
            + "pointer-events:auto}"
            + ".error{display:none;position:fixed;top:0;left:0;width:100%;height:100%;background:#fff;"
            + "padding:10vh 8vw;pointer-events:auto;overflow:auto}"
            + ".error h1{font:bold 22px/1.3 system-ui,sans-serif;margin:0 0 12px}"
            + ".error p{margin:0 0 10px;max-width:40em}"
            + ".error .detail{font-size:12px;color:#777}"
            + ".error a{display:inline-block;margin:6px 12px 6px 0;padding:8px 14px;border-radius:4px;"
            + "background:#2b6cb0;color:#fff;text-decoration:none;font-weight:bold;overflow-wrap:anywhere}"
            + ".error a.view{background:#fff;color:#2b6cb0;border:1px solid #2b6cb0}', root);"
            + "var state = {root: root, el: el, bar: el('div', '', root, 'bar'), text: el('div', '', root, 'text'),"
            + "  notice: el('div', '', root, 'notice'), error: el('div', '', root, 'error')};"
            + "state.text.setAttribute('role', 'status');"
            // the full-window box, emptied, headed and shown: for an error or a file
            + "state.full = function (heading, role) {"
            + "  var box = state.error; state.bar.style.display = 'none'; state.text.style.display = 'none';"
            + "  while (box.firstChild) box.removeChild(box.firstChild);"
            + "  box.setAttribute('role', role); el('h1', heading, box);"
            + "  box.style.display = 'block'; document.title = heading; };"
            + "state.add = function (tag, text, cls) { return el(tag, text, state.error, cls); };"
            + "return state;")
    private static native JSObject create();

    @JSBody(params = {"state", "text", "fraction"}, script = ""
            + "state.bar.style.display = 'block'; state.text.style.display = 'inline-block';"
            + "state.bar.style.width = Math.round(fraction * 100) + '%';"
            + "state.text.textContent = text;")
    private static native void progress(JSObject s, String text, double fraction);

    @JSBody(params = "state", script = "state.bar.style.display = 'none'; state.text.style.display = 'none';")
    private static native void idle(JSObject s);

    @JSBody(params = {"state", "text", "linkText", "href"}, script = ""
            + "state.notice.textContent = text; state.notice.style.display = text ? 'block' : 'none';"
            + "if (href) { var link = document.createElement('a'); link.href = href; link.textContent = linkText;"
            + "  link.target = '_top'; state.notice.appendChild(document.createTextNode(' '));"
            + "  state.notice.appendChild(link); }")
    private static native void notice(JSObject s, String text, String linkText, String href);

    @JSBody(params = {"state", "heading", "words", "detail"}, script = ""
            + "state.full(heading, 'alert'); state.notice.style.display = 'none'; state.add('p', words); if (detail) state.add('p', detail, 'detail');")
    private static native void error(JSObject s, String heading, String words, String detail);

    @JSBody(params = {"state", "name", "download", "url", "viewable"}, script = ""
            + "state.full(name, 'region');"
            + "state.add('p', 'This file was checked against the site’s key. Your browser does not show it as a page:');"
            + "var link = state.add('a', download, 'download'); link.href = url; link.setAttribute('download', name);"
            + "if (viewable) { link = state.add('a', 'Open in the browser’s viewer', 'view'); link.href = url;"
            + "  link.target = '_blank'; }")
    private static native void file(JSObject s, String name, String download, String url, boolean viewable);

    /** Hides the full-window message (a new page is on its way). */
    public void clearError() {
        clearError(root);
    }

    @JSBody(params = "state", script = "state.error.style.display = 'none';")
    private static native void clearError(JSObject s);
}
