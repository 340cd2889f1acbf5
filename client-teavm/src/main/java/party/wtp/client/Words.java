package party.wtp.client;

import party.wtp.client.js.MirrorRequest;
import party.wtp.envelope.Failure;

/** What the reader is told, in plain words, when something cannot be shown. */
final class Words {
    static final String CANNOT_SHOW = "This page cannot be shown";

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
}
