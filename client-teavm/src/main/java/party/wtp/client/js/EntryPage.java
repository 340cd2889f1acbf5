package party.wtp.client.js;

import org.teavm.jso.JSBody;

/** The mirror's entry page the client runs in: what it names, and its plain "Loading…" text. */
public final class EntryPage {
    private EntryPage() {
    }

    /** The content of {@code <meta name=NAME>}, or "". */
    @JSBody(params = "name", script = ""
            + "var meta = document.querySelector('meta[name=\"' + name + '\"]');"
            + "return meta ? (meta.getAttribute('content') || '') : '';")
    public static native String meta(String name);

    /** Removes the plain "Loading…" text and the page margins, once the client shows its own progress. */
    @JSBody(script = ""
            + "var loading = document.getElementById('wtp-loading'); if (loading) loading.parentNode.removeChild(loading);"
            + "document.documentElement.style.height = '100%';"
            + "document.body.style.margin = '0';")
    public static native void takeOver();
}
