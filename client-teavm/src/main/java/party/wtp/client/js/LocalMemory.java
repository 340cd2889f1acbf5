package party.wtp.client.js;

import org.teavm.jso.JSBody;

/** Small values kept across visits in {@code localStorage}, where the browser has it and allows it; "" otherwise. */
public final class LocalMemory {
    private LocalMemory() {
    }

    @JSBody(params = "key", script = "try { return localStorage.getItem(key) || ''; } catch (e) { return ''; }")
    public static native String get(String key);

    @JSBody(params = {"key", "value"}, script = "try { localStorage.setItem(key, value); } catch (e) {}")
    public static native void put(String key, String value);
}
