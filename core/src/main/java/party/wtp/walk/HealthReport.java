package party.wtp.walk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The optional health reports a reader's client sends to the creator's report URL (the manifest's signed
 * {@code report-url}): one plain GET per mirror and kind of failure, {@code URL?mirror=BASE&failure=KIND}, naming
 * nothing about the reader or the page read. Remembers what it already reported, so a visit reports each pair once.
 */
public final class HealthReport {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private final String reportUrl;
    private final Set<String> sent = new HashSet<String>();

    /** Reports to {@code reportUrl}; an empty one turns reports off. */
    public HealthReport(String reportUrl) {
        this.reportUrl = reportUrl == null ? "" : reportUrl;
    }

    /**
     * The report URLs not sent yet for the failed fetches of a walk (dead mirrors and bad copies; a plain "did not
     * have it" is no fault of a mirror and is not reported), each to be sent once with a GET.
     */
    public List<String> newReports(List<Fetch> attempts) {
        List<String> out = new ArrayList<String>();
        if (reportUrl.isEmpty()) {
            return out;
        }
        for (Fetch f : attempts) {
            Failure failure = f.failure();
            if (failure == null || failure == Failure.NOT_FOUND) {
                continue;
            }
            String url = url(reportUrl, f.mirror(), failure);
            if (sent.add(url)) {
                out.add(url);
            }
        }
        return out;
    }

    /** The report for one mirror and one kind of failure, e.g. {@code https://r.example/wtp?mirror=http%3A%2F%2Fm1%2F&failure=timeout}. */
    public static String url(String reportUrl, String mirror, Failure failure) {
        return reportUrl + (reportUrl.indexOf('?') < 0 ? '?' : '&') + "mirror=" + encode(mirror) + "&failure="
                + failure.name().toLowerCase();
    }

    private static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '_' || c == '.' || c == '~';
            if (plain) {
                out.append(c);
            } else if (c < 128) {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
            } else {
                out.append("%3F"); // base URLs are ASCII in normal form; anything else would be a forged one
            }
        }
        return out.toString();
    }
}
