package party.wtp.client.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * The client's own UI on top of the page: a thin progress bar with a line of text while loading, a notice bar,
 * and a full-window message when a page cannot be shown. It lives in a shadow root (where the browser has
 * one) so nothing of the site's or the entry page's styling reaches it.
 */
public final class StatusPanel {
    private final JSObject root;

    public StatusPanel() {
        root = create();
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

    @JSBody(script = ""
            + "var host = document.createElement('div');"
            + "host.setAttribute('data-wtp-status', '');"
            + "host.setAttribute('style', 'all:initial;position:fixed;top:0;left:0;right:0;z-index:2147483647;"
            + "pointer-events:none');"
            + "document.body.appendChild(host);"
            + "var root = host.attachShadow ? host.attachShadow({mode: 'open'}) : host;"
            + "var style = document.createElement('style');"
            + "style.textContent = ':host{all:initial}"
            + "div{font:15px/1.4 system-ui,sans-serif;color:#222;box-sizing:border-box}"
            + ".bar{height:3px;background:#2b6cb0;width:0;transition:width .2s}"
            + ".text{display:inline-block;background:#fff;padding:2px 8px;font-size:12px;color:#555;"
            + "border:1px solid #ddd;border-top:0}"
            + ".notice{display:none;background:#fff8d6;border-bottom:1px solid #e5c200;padding:6px 12px;"
            + "pointer-events:auto}"
            + ".error{display:none;position:fixed;top:0;left:0;width:100%;height:100%;background:#fff;"
            + "padding:10vh 8vw;pointer-events:auto;overflow:auto}"
            + ".error h1{font:bold 22px/1.3 system-ui,sans-serif;margin:0 0 12px}"
            + ".error p{margin:0 0 10px;max-width:40em}"
            + ".error .detail{font-size:12px;color:#777}';"
            + "root.appendChild(style);"
            + "function div(cls) { var made = document.createElement('div'); made.className = cls; root.appendChild(made);"
            + "  return made; }"
            + "var state = {bar: div('bar'), text: div('text'), notice: div('notice'), error: div('error')};"
            + "state.text.setAttribute('role', 'status');"
            + "state.error.setAttribute('role', 'alert');"
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
            + "state.bar.style.display = 'none'; state.text.style.display = 'none'; state.notice.style.display = 'none';"
            + "while (state.error.firstChild) state.error.removeChild(state.error.firstChild);"
            + "var title = document.createElement('h1'); title.textContent = heading; state.error.appendChild(title);"
            + "var para = document.createElement('p'); para.textContent = words; state.error.appendChild(para);"
            + "if (detail) { var small = document.createElement('p'); small.className = 'detail'; small.textContent = detail;"
            + "  state.error.appendChild(small); }"
            + "state.error.style.display = 'block';"
            + "document.title = heading;")
    private static native void error(JSObject s, String heading, String words, String detail);

    /** Hides the full-window message (a new page is on its way). */
    public void clearError() {
        clearError(root);
    }

    @JSBody(params = "state", script = "state.error.style.display = 'none';")
    private static native void clearError(JSObject s);
}
