package party.wtp.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Health reports: one GET per mirror and kind of failure, nothing about the page, off without a report URL. */
class HealthReportTest {
    private static final long T0 = 5_000L;

    /** A finished walk: a refused, b sent a damaged copy, c did not have it, d delivered. */
    private static List<Fetch> attempts() {
        MirrorWalk w = MirrorWalk.builder(WalkPolicy.defaults().withMaxParallel(4).withHedgeDelayMillis(0))
                .firstHop(Arrays.asList(new ListedMirror("http://a.test/", Holds.YES),
                        new ListedMirror("http://b.test:8080/x/", Holds.YES),
                        new ListedMirror("http://c.test/", Holds.YES), new ListedMirror("http://d.test/", Holds.YES)))
                .start(T0);
        List<Action> actions = w.next(T0);
        assertEquals(4, actions.size());
        for (Action a : actions) {
            Fetch f = a.fetch();
            if (f.mirror().startsWith("http://a.")) {
                w.failed(f, Failure.REFUSED, T0 + 1);
            } else if (f.mirror().startsWith("http://b.")) {
                w.failed(f, Failure.BAD_PROOF, T0 + 2);
            } else if (f.mirror().startsWith("http://c.")) {
                w.failed(f, Failure.NOT_FOUND, T0 + 3);
            }
        }
        for (Action a : actions) {
            if (a.fetch().mirror().startsWith("http://d.")) {
                w.found(a.fetch(), 1, T0 + 4);
            }
        }
        w.next(T0 + 4);
        return w.result().attempts();
    }

    @Test
    void reportsDeadMirrorsAndBadCopiesOnce() {
        HealthReport report = new HealthReport("https://reports.example/wtp");
        List<String> first = report.newReports(attempts());
        assertEquals(new HashSet<>(Arrays.asList(
                "https://reports.example/wtp?mirror=http%3A%2F%2Fa.test%2F&failure=refused",
                "https://reports.example/wtp?mirror=http%3A%2F%2Fb.test%3A8080%2Fx%2F&failure=bad_proof")),
                new HashSet<>(first));
        assertEquals(2, first.size());
        assertTrue(report.newReports(attempts()).isEmpty(), "the same failures are reported once per visit");
    }

    @Test
    void offWithoutAReportUrl() {
        assertTrue(new HealthReport("").newReports(attempts()).isEmpty());
        assertTrue(new HealthReport(null).newReports(attempts()).isEmpty());
    }

    @Test
    void appendsToAReportUrlThatHasAQuery() {
        assertEquals("http://r.example/h?site=1&mirror=http%3A%2F%2Fm.test%2F&failure=wrong_file",
                HealthReport.url("http://r.example/h?site=1", "http://m.test/", Failure.WRONG_FILE));
    }
}
