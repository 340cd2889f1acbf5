package party.wtp.client.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.ArrayBuffer;

/**
 * One file from a mirror as bytes, with progress and a size cap, by XHR (same origin, or another origin that sends
 * CORS headers) or through that mirror's {@link #openBridge bridge page} in a hidden iframe. The mirror walk times
 * every transfer and cancels it when it stalls, so no transfer needs its own short timeout.
 */
public final class MirrorTransfer {
    /** Status when the answer grew past the cap (the transfer was stopped there). */
    public static final int TOO_LARGE = 413;

    /** Bytes received so far (a running total). */
    @JSFunctor
    public interface Progress extends JSObject {
        void progress(int loaded);
    }

    /** Called once: the HTTP status (0: network error, {@link #TOO_LARGE}: cut at the cap) and, for 200, the bytes. */
    @JSFunctor
    public interface Done extends JSObject {
        void done(int status, ArrayBuffer body);
    }

    private MirrorTransfer() {
    }

    /**
     * Starts an XHR ({@code GET}, or {@code HEAD} to learn whether a mirror allows other origins to read it); returns
     * what {@link #abort} takes. {@code done} is called once, never synchronously.
     */
    @JSBody(params = {"method", "url", "max", "progress", "done"}, script = ""
            + "var xhr = new XMLHttpRequest(), called = false;"
            + "function end(status, body) { if (!called) { called = true; done(status, body); } }"
            + "try {"
            + "  xhr.open(method, url);"
            + "  xhr.responseType = 'arraybuffer';"
            + "  xhr.timeout = 60000;"
            // not 'e': old TeaVM renames the parameters to short names, and 'progress' became 'e'
            + "  xhr.onprogress = function (event) {"
            + "    if (event.loaded > max) { end(413, null); xhr.abort(); } else if (!called) progress(event.loaded); };"
            + "  xhr.onload = function () { end(xhr.status, xhr.status === 200 ? xhr.response : null); };"
            + "  xhr.onerror = xhr.onabort = xhr.ontimeout = function () { end(0, null); };"
            + "  xhr.send();"
            + "} catch (error) { setTimeout(function () { end(0, null); }, 0); }"
            + "return {abort: function () { called = true; try { xhr.abort(); } catch (ignored) {} }};")
    public static native JSObject xhr(String method, String url, int max, Progress progress, Done done);

    /**
     * Loads a mirror's bridge page in a hidden iframe; requests wait until it says it is ready. Only messages from that
     * frame's window and the mirror's origin are taken. A frame that loads without saying so (an error page) fails its
     * requests with status 0.
     */
    @JSBody(params = {"bridgeUrl", "origin"}, script = ""
            + "var frame = document.createElement('iframe');"
            + "frame.setAttribute('style', 'display:none');"
            + "frame.setAttribute('aria-hidden', 'true');"
            + "var bridge = {ready: false, dead: false, queue: [], pending: {}, next: 1, frame: frame, origin: origin};"
            + "function failAll() { bridge.dead = true; var p = bridge.pending; bridge.pending = {}; bridge.queue = [];"
            + "  for (var id in p) p[id].done(0, null); }"
            + "addEventListener('message', function (event) {"
            + "  if (event.origin !== origin || event.source !== frame.contentWindow) return;"
            + "  var d = event.data;"
            + "  if (d === 'ready') { bridge.ready = true;"
            + "    for (var i = 0; i < bridge.queue.length; i++) frame.contentWindow.postMessage(bridge.queue[i], origin);"
            + "    bridge.queue = []; return; }"
            + "  var waiting = d && typeof d.id === 'number' ? bridge.pending[d.id] : null;"
            + "  if (!waiting) return;"
            + "  if (typeof d.status !== 'number') { if (typeof d.loaded === 'number') waiting.progress(d.loaded); return; }"
            + "  delete bridge.pending[d.id];"
            + "  waiting.done(d.status, d.status === 200 && d.buffer instanceof ArrayBuffer ? d.buffer : null);"
            + "});"
            + "frame.onload = function () { setTimeout(function () { if (!bridge.ready) failAll(); }, 300); };"
            + "frame.src = bridgeUrl;"
            + "document.body.appendChild(frame);"
            + "return bridge;")
    public static native JSObject openBridge(String bridgeUrl, String origin);

    /** Asks the bridge for a file by name; returns what {@link #abort} takes. {@code done} is called once, later. */
    @JSBody(params = {"bridge", "path", "max", "progress", "done"}, script = ""
            + "var id = bridge.next++, message = {id: id, path: path, max: max};"
            + "if (bridge.dead) { setTimeout(function () { done(0, null); }, 0); }"
            + "else {"
            + "  bridge.pending[id] = {progress: progress, done: done};"
            + "  if (bridge.ready) bridge.frame.contentWindow.postMessage(message, bridge.origin);"
            + "  else bridge.queue.push(message);"
            + "}"
            + "return {abort: function () { delete bridge.pending[id]; }};")
    public static native JSObject viaBridge(JSObject bridge, String path, int max, Progress progress, Done done);

    /** Stops a transfer: its {@code done} is not called any more. */
    @JSBody(params = "transfer", script = "transfer.abort();")
    public static native void abort(JSObject transfer);

    /** Sends a health report: a plain GET that carries no cookies' worth of anything, its answer ignored. */
    @JSBody(params = "url", script = "try { new Image().src = url; } catch (ignored) {}")
    public static native void report(String url);
}
