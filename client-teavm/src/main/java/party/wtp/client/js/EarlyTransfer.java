package party.wtp.client.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.ArrayBuffer;
import party.wtp.naming.MirrorSalt;
import party.wtp.route.Route;

/**
 * The transfer of the page the address names, started before the client runs: by the entry page's boot script
 * ({@code wtp-boot.js}, compiled from {@link party.wtp.client.boot.EntryBoot}) while the client's file is still on
 * the wire, and handed to the client through the entry page's window. A plain JavaScript object, since the boot
 * and the client are two separate compilations: nothing of it is trusted, the client verifies the copy as any other.
 */
public final class EarlyTransfer {
    /** Read before the list is verified: room for an envelope's header and a page of about 250 KiB. */
    public static final int CAP = 256 * 1024;

    private EarlyTransfer() {
    }

    /** The file name, on this mirror, of the page the address names; null when the address names none. */
    public static String addressFileName(MirrorSalt salt) {
        String fragment = Address.fragment();
        try {
            return fragment.isEmpty() ? null : salt.fileName(Route.parse(fragment).key().id());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Asks this mirror for {@code name} (at most {@link #CAP} bytes) and leaves the transfer for the client. */
    public static void start(String name) {
        JSObject handle = handle(name);
        attach(handle, MirrorTransfer.xhr("GET", name, CAP, loaded -> progressed(handle, loaded),
                (status, body) -> arrived(handle, status, body)));
    }

    /**
     * Takes the transfer the boot script left, if it is of {@code name}; null otherwise (one of another name is
     * stopped). Taken once: a second call finds none.
     */
    @JSBody(params = "name", script = ""
            + "var handle = window.wtpEarlyTransfer;"
            + "if (!handle) return null;"
            + "window.wtpEarlyTransfer = undefined;"
            + "if (handle.name === name) return handle;"
            + "handle.transfer.abort();"
            + "return null;")
    public static native JSObject take(String name);

    /**
     * Reports {@code handle}'s progress and end to the client from now on (an end already there in a promise
     * reaction, never synchronously); returns what {@link MirrorTransfer#abort} takes.
     */
    @JSBody(params = {"handle", "progress", "done"}, script = ""
            + "handle.progress = progress; handle.done = done;"
            + "if (handle.arrived) Promise.resolve().then(function () { if (handle.done) handle.done(handle.status, handle.body); });"
            + "return {abort: function () { handle.progress = handle.done = null; handle.transfer.abort(); }};")
    public static native JSObject listen(JSObject handle, MirrorTransfer.Progress progress, MirrorTransfer.Done done);

    @JSBody(params = "name", script = ""
            + "var handle = {name: name, arrived: false, status: 0, body: null, progress: null, done: null};"
            + "window.wtpEarlyTransfer = handle;"
            + "return handle;")
    private static native JSObject handle(String name);

    @JSBody(params = {"handle", "transfer"}, script = "handle.transfer = transfer;")
    private static native void attach(JSObject handle, JSObject transfer);

    @JSBody(params = {"handle", "loaded"}, script = "if (handle.progress) handle.progress(loaded);")
    private static native void progressed(JSObject handle, int loaded);

    @JSBody(params = {"handle", "status", "body"}, script = ""
            + "handle.arrived = true; handle.status = status; handle.body = body;"
            + "if (handle.done) { var done = handle.done; handle.done = null; done(status, body); }")
    private static native void arrived(JSObject handle, int status, ArrayBuffer body);
}
