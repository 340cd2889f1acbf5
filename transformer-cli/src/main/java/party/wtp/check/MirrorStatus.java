package party.wtp.check;

import java.util.Locale;

/** A mirror's verdict, worst first in {@link #compareTo} order reversed: what the table's status column says. */
enum MirrorStatus {
    /** Reachable, newest generation, bridge page present, every copy it holds verified. */
    OK,
    /** Healthy in what it served, but a resource it says it holds was not served. */
    INCOMPLETE,
    /** Serves an older generation than the newest seen. */
    STALE,
    /** Serves a copy that fails verification, a manifest that does, or no bridge page. */
    BAD,
    /** Its entry page or manifest could not be fetched: refused, timed out, not found. */
    DOWN;

    String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
