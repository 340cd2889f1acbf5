package party.wtp.client.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * The reader's "About this site" sidebar, in the {@link StatusPanel}'s shadow root: a small round button in the
 * corner of every page opens it (Escape or its close button closes it). It says what this is, the party's key
 * fingerprint and generation, the mirrors known and how each answered, the creator's text (or how to host a
 * mirror), and that a mirror can see who reads it. All text goes in as text, never as markup.
 */
public final class Sidebar {
    /** Called the first time the reader opens the sidebar (what it shows may be fetched only then); may be null. */
    @JSFunctor
    public interface Opened extends JSObject {
        void opened();
    }

    private final JSObject state;

    public Sidebar(StatusPanel panel, Opened firstOpen) {
        state = create(panel.state(), firstOpen);
    }

    /** The party's key fingerprint and the generation this mirror serves. */
    public void party(String fingerprint, double generation) {
        party(state, fingerprint, generation);
    }

    /** Adds the mirror at {@code baseUrl} to the list, or updates it: {@code state} says how it answered. */
    public void mirror(String baseUrl, String state) {
        mirror(this.state, baseUrl, state);
    }

    /** The creator's text ({@code wtp build --about}), shown as plain text in place of the default. */
    public void about(String text) {
        set(state, text);
    }

    @JSBody(params = {"state", "text"}, script = "state.about.textContent = text;")
    private static native void set(JSObject state, String text);

    @JSBody(params = {"state", "fingerprint", "generation"}, script = ""
            + "state.fp.textContent = fingerprint; state.gen.textContent = String(generation);")
    private static native void party(JSObject state, String fingerprint, double generation);

    @JSBody(params = {"state", "url", "answer"}, script = ""
            + "var row = state.rows[url];"
            + "if (!row) { row = state.rows[url] = state.el('li', '', state.mirrors); state.el('span', url, row);"
            + "  row.answer = state.el('span', '', row, 'answer'); }"
            + "row.answer.textContent = ' \u2014 ' + answer;")
    private static native void mirror(JSObject state, String url, String answer);

    @JSBody(params = {"panel", "firstOpen"}, script = ""
            + "var root = panel.root, el = panel.el, first = true;"
            + "el('style', '.tab{position:fixed;right:12px;bottom:12px;z-index:2;width:34px;height:34px;"
            + "border-radius:50%;border:1px solid #999;background:#fff;color:#2b6cb0;font:bold 18px/1 serif;"
            + "cursor:pointer;pointer-events:auto}"
            + ".side{display:none;position:fixed;top:0;right:0;bottom:0;z-index:3;width:24em;max-width:100%;"
            + "box-sizing:border-box;padding:14px 18px;overflow:auto;background:#fff;border-left:1px solid #ccc;"
            + "box-shadow:0 0 9px #999;pointer-events:auto;font:15px/1.45 system-ui,sans-serif;"
            + "color:#222;overflow-wrap:anywhere}"
            + ".side h2{font-size:19px;margin:0 0 10px}.side h3{font-size:15px;margin:14px 0 4px}"
            + ".side p,.side ul{margin:0 0 8px}.side ul{padding-left:18px}.about{white-space:pre-wrap}"
            + ".fp{font-family:monospace}.answer{color:#555}"
            + ".warn{background:#fff3f3;border-left:3px solid #c53030;padding:8px 10px}"
            + ".close{float:right;font:inherit;padding:2px 10px}', root);"
            + "var tab = el('button', 'i', root, 'tab'), side = el('aside', '', root, 'side');"
            + "tab.setAttribute('aria-label', 'About this site'); tab.title = 'About this site';"
            + "tab.setAttribute('aria-expanded', 'false');"
            + "side.setAttribute('aria-label', 'About this site'); side.tabIndex = -1;"
            + "var close = el('button', 'Close', side, 'close');"
            + "el('h2', 'About this site', side);"
            + "el('p', 'This page came through WTP: your browser checked every file of it against the site\u2019s key"
            + " before showing it, so no mirror can change what you read.', side);"
            + "var state = {el: el, rows: {}, about: el('p', 'To host a mirror, ask the site\u2019s author for a"
            + " mirror folder and put it on any static web host. Readers find it through the signed lists of the"
            + " other mirrors.', side, 'about')};"
            + "el('h3', 'Site key', side); state.fp = el('p', 'not known yet', side, 'fp');"
            + "el('h3', 'Generation', side); state.gen = el('p', 'not known yet', side, 'gen');"
            + "el('h3', 'Mirrors', side); state.mirrors = el('ul', '', side);"
            + "el('p', 'A mirror can see who reads it, and so can anyone watching your connection: WTP keeps pages"
            + " authentic, not you anonymous. To read without being seen, use Tor Browser (torproject.org).', side,"
            + " 'warn');"
            + "function open(yes) { side.style.display = yes ? 'block' : 'none';"
            + "  tab.setAttribute('aria-expanded', String(yes)); (yes ? side : tab).focus();"
            + "  if (yes && first && firstOpen) { first = false; firstOpen(); } }"
            + "tab.onclick = function () { open(side.style.display !== 'block'); };"
            + "close.onclick = function () { open(false); };"
            + "side.onkeydown = function (event) { if (event.key === 'Escape') open(false); };"
            + "return state;")
    private static native JSObject create(JSObject panel, Opened firstOpen);
}
