package party.wtp.client;

import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.ArrayBuffer;
import party.wtp.client.js.Clock;
import party.wtp.client.js.EarlyTransfer;
import party.wtp.client.js.MirrorTransfer;
import party.wtp.naming.MirrorSalt;

/**
 * The first page's file on the reader's own mirror, asked for before the mirror's list is verified, so that its
 * transfer overlaps the verification: by the entry page's boot script when it ran ({@link EarlyTransfer}), else at
 * the client's start. The list's size limit is not known yet, so at most {@link #CAP} bytes are read; the walk's
 * first transfer of that file takes the copy over (in flight or arrived) and verifies it like any other, and asks
 * again with the list's limit when the file was larger.
 */
final class EarlyCopy {
    /** Read before the list is verified: room for an envelope's header and a page of about 250 KiB. */
    static final int CAP = EarlyTransfer.CAP;

    private final String name;
    private final JSObject xhr;
    private boolean arrived;
    private int status;
    private ArrayBuffer body;
    /** The walk's transfer that took the copy over, and what it wants; null before. */
    private MirrorChannels.Transfer taker;
    private int max;
    private MirrorTransfer.Progress progress;
    private MirrorTransfer.Done done;

    /**
     * The copy of the page the address names: the entry page's, or asked for first thing, before the client builds
     * its own UI; null when the address names no page (the reader then says why).
     */
    static EarlyCopy ofAddress(MirrorSalt salt) {
        String name = EarlyTransfer.addressFileName(salt);
        return name == null ? null : new EarlyCopy(name, EarlyTransfer.take(name));
    }

    /** Asks this mirror for {@code name} now, at most {@link #CAP} bytes. */
    EarlyCopy(String name) {
        this(name, null);
    }

    /** Takes over {@code started}, the entry page's transfer of {@code name}, or asks for it now when null. */
    private EarlyCopy(String name, JSObject started) {
        this.name = name;
        MirrorTransfer.Progress loaded = bytes -> {
            if (taker != null && !arrived) {
                progress.progress(bytes);
            }
        };
        MirrorTransfer.Done ended = (s, b) -> {
            arrived = true;
            status = s;
            body = b;
            if (taker != null) {
                deliver();
            }
        };
        xhr = started != null ? EarlyTransfer.listen(started, loaded, ended)
                : MirrorTransfer.xhr("GET", name, CAP, loaded, ended);
    }

    /** The file asked for. */
    String name() {
        return name;
    }

    /** Stops the transfer if no walk took it over. */
    void drop() {
        if (taker == null) {
            MirrorTransfer.abort(xhr);
        }
    }

    /**
     * The walk's transfer {@code t} of {@code file} (at most {@code max} bytes) takes this copy over; false for
     * another file or when one took it already. {@code done} is called once, never synchronously.
     */
    boolean handTo(String file, MirrorChannels.Transfer t, int max, MirrorTransfer.Progress progress,
                   MirrorTransfer.Done done) {
        if (taker != null || !file.equals(name)) {
            return false;
        }
        taker = t;
        this.max = max;
        this.progress = progress;
        this.done = done;
        t.running = xhr;
        if (arrived) {
            // right after the walk's current step, not behind the page's queued tasks: the copy is on the first
            // page's critical path
            Clock.soon(this::deliver);
        }
        return true;
    }

    private void deliver() {
        if (taker.aborted) {
            return;
        }
        if (status == MirrorTransfer.TOO_LARGE) {
            // larger than the early cap: asked again, now with the list's limit
            taker.running = MirrorTransfer.xhr("GET", name, max, progress, done);
        } else {
            // a copy over the list's limit is refused by its envelope's check, as one read in full would be
            done.done(status, body);
        }
    }
}
