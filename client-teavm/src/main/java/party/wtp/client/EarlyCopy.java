package party.wtp.client;

import org.teavm.jso.typedarrays.ArrayBuffer;
import party.wtp.client.js.Clock;
import party.wtp.client.js.MirrorTransfer;

/**
 * The first page's file on the reader's own mirror, asked for at the same time as the mirror's list rather than
 * after it verified: the first transfer of that file hands it on, and it is verified like any other copy.
 */
final class EarlyCopy {
    private final String name;
    private boolean arrived;
    private boolean taken;
    private int status;
    private ArrayBuffer body;
    private MirrorTransfer.Done waiting;

    private EarlyCopy(String name) {
        this.name = name;
    }

    /** Starts the transfer of {@code name} from this mirror, at most {@code max} bytes. */
    static EarlyCopy start(String name, int max) {
        EarlyCopy early = new EarlyCopy(name);
        MirrorTransfer.xhr("GET", name, max, loaded -> { }, (status, body) -> {
            early.arrived = true;
            early.status = status;
            early.body = body;
            if (early.waiting != null) {
                early.waiting.done(status, body);
            }
        });
        return early;
    }

    /**
     * Hands this copy, once, to the transfer of the same file; false for any other file or when already taken.
     * {@code done} is called once, never synchronously, unless {@code aborted} says the transfer was dropped.
     */
    boolean take(String file, MirrorChannels.Transfer transfer, MirrorTransfer.Done done) {
        if (taken || !file.equals(name)) {
            return false;
        }
        taken = true;
        MirrorTransfer.Done once = (s, b) -> {
            if (!transfer.aborted()) {
                done.done(s, b);
            }
        };
        if (arrived) {
            Clock.after(0, () -> once.done(status, body));
        } else {
            waiting = once;
        }
        return true;
    }
}
