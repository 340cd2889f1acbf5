package party.wtp.client.shim;

/**
 * The one place the browser bundle joins the pieces of a Java string concatenation ({@code "a" + x + "b"}); see
 * {@link CompactConcat}, which routes every concatenation here instead of inlining a string builder at each site.
 */
public final class Concatenation {
    private Concatenation() {
    }

    /** The pieces, already text, one after another. */
    public static String join(String[] pieces) {
        int length = 0;
        for (String piece : pieces) {
            length += piece.length();
        }
        StringBuilder out = new StringBuilder(length);
        for (String piece : pieces) {
            out.append(piece);
        }
        return out.toString();
    }
}
