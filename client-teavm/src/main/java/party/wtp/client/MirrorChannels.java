package party.wtp.client;

import java.util.HashMap;
import java.util.Map;
import org.teavm.jso.JSObject;
import party.wtp.client.js.MirrorTransfer;
import party.wtp.manifest.MirrorEntry;

/**
 * How this page reads each mirror's files: its own mirror by plain XHR; another mirror by XHR when a {@code HEAD} of
 * its bridge page shows it sends CORS headers, else (most dumb hosts) through its bridge page in a hidden iframe.
 * What was learnt about a mirror holds for the visit.
 */
final class MirrorChannels {
    /** One transfer in progress, whichever way it goes. */
    static final class Transfer {
        JSObject running;
        boolean aborted;

        void abort() {
            aborted = true;
            if (running != null) {
                MirrorTransfer.abort(running);
            }
        }
    }

    /** How one mirror is read: by XHR when {@code bridge} is null. */
    private static final class Way {
        final JSObject bridge;

        Way(JSObject bridge) {
            this.bridge = bridge;
        }
    }

    private final String here;
    /** Per mirror, once known. */
    private final Map<String, Way> ways = new HashMap<>();
    /** A file of this mirror asked for before the list verified, for the first transfer of it; or null. */
    private EarlyCopy early;

    MirrorChannels(String here) {
        this.here = here;
    }

    /** The next transfer of {@code copy}'s file from this mirror takes {@code copy} over instead of asking again. */
    void adopt(EarlyCopy copy) {
        early = copy;
    }

    /** Stops an adopted copy that no transfer took over. */
    void dropEarly() {
        if (early != null) {
            early.drop();
            early = null;
        }
    }

    Transfer get(MirrorEntry mirror, String name, int max, MirrorTransfer.Progress progress, MirrorTransfer.Done done) {
        Transfer t = new Transfer();
        String base = mirror.url().toString();
        if (base.equals(here)) {
            if (early != null && early.handTo(name, t, max, progress, done)) {
                early = null;
                return t;
            }
            t.running = MirrorTransfer.xhr("GET", name, max, progress, done);
            return t;
        }
        if (ways.containsKey(base)) {
            start(t, mirror, name, max, progress, done);
            return t;
        }
        t.running = MirrorTransfer.xhr("HEAD", mirror.bridgeUrl(), 0, loaded -> { }, (status, body) -> {
            if (!ways.containsKey(base)) {
                ways.put(base, new Way(status == 200 ? null
                        : MirrorTransfer.openBridge(mirror.bridgeUrl(), mirror.url().origin())));
            }
            if (!t.aborted) {
                start(t, mirror, name, max, progress, done);
            }
        });
        return t;
    }

    private void start(Transfer t, MirrorEntry mirror, String name, int max, MirrorTransfer.Progress progress,
                       MirrorTransfer.Done done) {
        Way way = ways.get(mirror.url().toString());
        t.running = way.bridge == null ? MirrorTransfer.xhr("GET", mirror.url().resolve(name), max, progress, done)
                : MirrorTransfer.viaBridge(way.bridge, name, max, progress, done);
    }
}
