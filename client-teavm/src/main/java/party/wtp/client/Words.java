package party.wtp.client;

import party.wtp.client.js.MirrorRequest;
import party.wtp.envelope.Failure;
import party.wtp.walk.Fetch;
import party.wtp.walk.WalkResult;

/** What the reader is told, in plain words, when something cannot be shown. */
final class Words {
    static final String CANNOT_SHOW = "This page cannot be shown";
    /** How a mirror answered, as the sidebar lists it. */
    static final String ASKED = "waiting for its answer";
    static final String ANSWERED = "answered";
    static final String NOT_ASKED = "not asked";
    static final String NO_ANSWER = "did not answer";
    static final String BAD_COPY = "sent a copy that failed the checks";
    static final String OTHER_SITE = "serves another site";

    private Words() {
    }

    static String unreachable(int status) {
        if (status == MirrorRequest.TIMED_OUT) {
            return "This mirror took too long to answer. It may be blocked or overloaded; try again later or use"
                    + " another mirror of this site.";
        }
        if (status == MirrorRequest.NETWORK_ERROR) {
            return "This mirror could not be reached. Check your connection, or use another mirror of this site.";
        }
        if (status == 404) {
            return "This mirror does not have this page. It may hold only part of the site; try another mirror.";
        }
        return "This mirror answered with an error (HTTP " + status + "). Try again later or use another mirror.";
    }

    static String refused(Failure failure) {
        switch (failure) {
            case BAD_PROOF:
            case BAD_SIGNATURE:
                return "The copy this mirror sent was changed or damaged on the way: it is not what the site's"
                        + " author published, so it is not shown. Try another mirror of this site.";
            case WRONG_RESOURCE:
                return "This mirror sent a different file than the one asked for, so it is not shown."
                        + " Try another mirror of this site.";
            case OVERSIZE:
                return "This mirror sent a file far larger than the site allows, so it was not read.";
            default:
                return "The file this mirror sent is damaged or incomplete, so it is not shown."
                        + " Try again, or use another mirror of this site.";
        }
    }

    /** The download link's words: {@code Download NAME (SIZE, TYPE)}, the type without its parameters. */
    static String download(String name, int length, String type) {
        int semicolon = type.indexOf(';');
        return "Download " + name + " (" + size(length) + ", " + (semicolon < 0 ? type : type.substring(0, semicolon))
                + ")";
    }

    /** A size as people read it: bytes below 1000, else KB, MB or GB (powers of 1000) with one decimal below 100. */
    static String size(int bytes) {
        if (bytes < 1000) {
            return bytes == 1 ? "1 byte" : bytes + " bytes";
        }
        String unit = " KB";
        int tenths = bytes / 100 + (bytes % 100 + 50) / 100;
        if (tenths >= 10000) {
            unit = " MB";
            tenths = (tenths + 500) / 1000;
            if (tenths >= 10000) {
                unit = " GB";
                tenths = (tenths + 500) / 1000;
            }
        }
        return (tenths >= 1000 ? String.valueOf((tenths + 5) / 10) : tenths / 10 + "." + tenths % 10) + unit;
    }

    /** No mirror had a copy that verified (or none answered): what the reader is told. */
    static String noGoodCopy(WalkResult result) {
        if (result.targetFailures(party.wtp.walk.Failure.BAD_PROOF) + result.targetFailures(
                party.wtp.walk.Failure.BAD_SIGNATURE) + result.targetFailures(party.wtp.walk.Failure.WRONG_FILE) > 0) {
            return "No mirror of this site sent a copy of this page that is what the site's author published."
                    + " Copies that were changed or damaged are never shown.";
        }
        return "No mirror of this site could give this page right now. They may be blocked, down or overloaded;"
                + " try again later.";
    }

    /** Which mirrors failed and why, one after the other: "m1.example: did not answer in time; ...". */
    static String perMirror(WalkResult result) {
        StringBuilder s = new StringBuilder();
        for (Fetch f : result.attempts()) {
            if (f.kind() == Fetch.Kind.TARGET && f.failure() != null) {
                s.append(s.length() == 0 ? "" : "; ").append(host(f.mirror())).append(' ')
                        .append(f.failure().plainWords());
            }
        }
        return s.append(s.length() == 0 ? "" : "; ").append(result.stopReason().plainWords()).append('.').toString();
    }

    /** A mirror's base URL without its scheme and trailing '/', as readers know mirrors. */
    static String host(String base) {
        int start = base.indexOf("://");
        String h = start < 0 ? base : base.substring(start + 3);
        return h.endsWith("/") ? h.substring(0, h.length() - 1) : h;
    }
}
