package party.wtp.client.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.ArrayBuffer;

/** One GET of a mirror file as an {@code ArrayBuffer}, by XHR with a time limit. */
public final class MirrorRequest {
    /** Status passed to {@link Done} when the time limit ran out. */
    public static final int TIMED_OUT = -1;
    /** Status passed to {@link Done} when the network failed (no answer, refused by CORS, offline). */
    public static final int NETWORK_ERROR = 0;

    /** Called once: the HTTP status (or {@link #TIMED_OUT}, {@link #NETWORK_ERROR}) and, for 200, the bytes. */
    @JSFunctor
    public interface Done extends JSObject {
        void done(int status, ArrayBuffer body);
    }

    private MirrorRequest() {
    }

    /** Starts the request; {@code done} is called exactly once. */
    @JSBody(params = {"url", "timeoutMillis", "done"}, script = ""
            + "var xhr = new XMLHttpRequest(), called = false;"
            + "function end(status, body) { if (!called) { called = true; done(status, body); } }"
            + "try {"
            + "  xhr.open('GET', url);"
            + "  xhr.responseType = 'arraybuffer';"
            + "  xhr.timeout = timeoutMillis;"
            + "  xhr.onload = function () { end(xhr.status, xhr.status === 200 ? xhr.response : null); };"
            + "  xhr.onerror = function () { end(0, null); };"
            + "  xhr.onabort = function () { end(0, null); };"
            + "  xhr.ontimeout = function () { end(-1, null); };"
            + "  xhr.send();"
            + "} catch (error) { setTimeout(function () { end(0, null); }, 0); }")
    public static native void get(String url, int timeoutMillis, Done done);
}
