package party.wtp.client.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** The page's clock and one-shot timers, which drive the mirror walk (it reads no clock of its own). */
public final class Clock {
    /** Called when a timer fires. */
    @JSFunctor
    public interface Tick extends JSObject {
        void tick();
    }

    private Clock() {
    }

    /** Milliseconds since 1970. */
    @JSBody(script = "return Date.now();")
    public static native double now();

    /** Calls {@code tick} after {@code delayMillis}; returns the timer's id for {@link #cancel}. */
    @JSBody(params = {"delayMillis", "tick"}, script = "return setTimeout(function () { tick(); }, delayMillis);")
    public static native int after(int delayMillis, Tick tick);

    /**
     * Calls {@code tick} as soon as the running script is done, before any timer or event: a promise's reaction
     * where the engine has promises (a {@code setTimeout} of 0 waits behind every task queued before it), else a
     * timer of 0.
     */
    @JSBody(params = "tick", script = ""
            + "if (typeof Promise === 'function') Promise.resolve().then(function () { tick(); });"
            + "else setTimeout(function () { tick(); }, 0);")
    public static native void soon(Tick tick);

    @JSBody(params = "id", script = "clearTimeout(id);")
    public static native void cancel(int id);
}
