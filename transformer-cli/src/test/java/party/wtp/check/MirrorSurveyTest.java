package party.wtp.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import party.wtp.crypto.PartyKey;
import party.wtp.manifest.MirrorUrl;
import party.wtp.walk.WalkPolicy;

/** The survey's own clock: the walk's idle timeout ends a probe even when the transport would wait much longer. */
class MirrorSurveyTest {
    @Test
    void theWalksTimeoutEndsAProbeTheTransportWouldStillWaitFor() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (SilentServer silent = new SilentServer()) {
            MirrorUrl url = MirrorUrl.parse(silent.url());
            Fetcher fetcher = new Fetcher(Duration.ofSeconds(2), Duration.ofSeconds(60), 4, 8, 1 << 20);
            ManifestProbe probe = new ManifestProbe((m, u, max) -> fetcher.get(u, max, null),
                    PartyKey.fromSeed(new byte[32]).publicKey().fingerprint());
            WalkPolicy policy = WalkPolicy.defaults().withHedgeDelayMillis(0).withTargetTimeoutMillis(1000);
            List<String> problems = new ArrayList<>();
            long start = System.nanoTime();
            Map<MirrorUrl, MirrorHealth> found = new MirrorSurvey(pool, probe, policy).run(List.of(url), problems);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis >= 1000 && millis < 10_000, millis + " ms");
            assertEquals(List.of(url), List.copyOf(found.keySet()));
            assertEquals("timed out (no answer in 1 s)", found.get(url).problem);
            assertEquals(MirrorStatus.DOWN, found.get(url).status(0));
            assertEquals(List.of(), problems);
        } finally {
            pool.shutdownNow();
        }
    }
}
