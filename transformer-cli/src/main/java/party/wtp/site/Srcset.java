package party.wtp.site;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the URLs of a {@code srcset} value with the HTML standard's parsing algorithm ("parse a srcset attribute"), so
 * descriptors, commas inside URLs and {@code (…)} in descriptors are all read as a browser reads them.
 */
final class Srcset {
    private Srcset() {
    }

    /** The {@code [start, end)} spans of the candidate URLs in {@code value}. */
    static List<int[]> urlSpans(String value) {
        List<int[]> spans = new ArrayList<>();
        int n = value.length();
        int pos = 0;
        while (true) {
            while (pos < n && (isSpace(value.charAt(pos)) || value.charAt(pos) == ',')) {
                pos++;
            }
            if (pos >= n) {
                return spans;
            }
            int start = pos;
            while (pos < n && !isSpace(value.charAt(pos))) {
                pos++;
            }
            int end = pos;
            if (value.charAt(end - 1) == ',') {
                while (end > start && value.charAt(end - 1) == ',') {
                    end--;
                }
                spans.add(new int[] {start, end});
                continue;
            }
            spans.add(new int[] {start, end});
            pos = skipDescriptors(value, pos);
        }
    }

    /** The descriptor tokenizer: returns the position after this candidate's descriptors (and its comma, if any). */
    private static int skipDescriptors(String value, int pos) {
        int n = value.length();
        while (pos < n && isSpace(value.charAt(pos))) {
            pos++;
        }
        boolean inParens = false;
        boolean afterDescriptor = false;
        while (pos < n) {
            char c = value.charAt(pos);
            if (inParens) {
                if (c == ')') {
                    inParens = false;
                }
            } else if (afterDescriptor) {
                if (!isSpace(c)) {
                    afterDescriptor = false;
                    continue;
                }
            } else if (isSpace(c)) {
                afterDescriptor = true;
            } else if (c == ',') {
                return pos + 1;
            } else if (c == '(') {
                inParens = true;
            }
            pos++;
        }
        return pos;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }
}
