package party.wtp.client.shim;

import org.teavm.jso.JSBody;

/**
 * The one place the browser bundle joins the pieces of a Java string concatenation ({@code "a" + x + "b"}); see
 * {@link CompactConcat}, which routes every concatenation here instead of inlining a string builder at each site.
 */
public final class Concatenation {
    private Concatenation() {
    }

    /**
     * The pieces, already text, one after another: joined by the engine's own string concatenation (TeaVM's string
     * builder copies char by char, slow on long texts such as style sheets on a first visit's cold code).
     */
    public static String join(String[] pieces) {
        String out = "";
        for (String piece : pieces) {
            out = plus(out, piece);
        }
        return out;
    }

    @JSBody(params = {"a", "b"}, script = "return a + b;")
    private static native String plus(String a, String b);
}
