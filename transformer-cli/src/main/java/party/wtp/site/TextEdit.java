package party.wtp.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A replacement of the characters {@code [start, end)} of a text; everything outside edits is kept as it is. */
record TextEdit(int start, int end, String replacement) {

    TextEdit shift(int offset) {
        return new TextEdit(start + offset, end + offset, replacement);
    }

    /** Applies non-overlapping edits to {@code text}. */
    static String apply(String text, List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(TextEdit::start));
        StringBuilder out = new StringBuilder(text.length() + 64);
        int at = 0;
        for (TextEdit edit : sorted) {
            if (edit.start < at) {
                throw new IllegalStateException("overlapping edits at " + edit.start);
            }
            out.append(text, at, edit.start).append(edit.replacement);
            at = edit.end;
        }
        return out.append(text, at, text.length()).toString();
    }
}
