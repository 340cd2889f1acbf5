package party.wtp.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CrewTest {
    @Test
    void aJobsTasksRunOnOtherThreadsWhileItWaits() throws Exception {
        CountDownLatch both = new CountDownLatch(2);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        Crew.Task meet = scratch -> {
            threads.add(Thread.currentThread().getName());
            both.countDown();
            try {
                if (!both.await(20, TimeUnit.SECONDS)) {
                    throw new IOException("the other task never ran at the same time");
                }
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
        };
        Crew.runAll(List.of(crew -> crew.await(crew.submit(List.of(meet, meet)))), 2, 16);
        assertEquals(2, threads.size(), threads.toString());
    }

    @Test
    void awaitReturnsOnlyWhenEveryTaskOfTheBatchHasRun() throws Exception {
        AtomicInteger jobs = new AtomicInteger();
        List<Crew.Job> all = new ArrayList<>();
        for (int j = 0; j < 40; j++) {
            all.add(crew -> {
                for (int chunk = 0; chunk < 20; chunk++) {
                    AtomicInteger ran = new AtomicInteger();
                    List<Crew.Task> tasks = new ArrayList<>();
                    for (int t = 0; t < 3; t++) {
                        tasks.add(scratch -> {
                            scratch[0]++;
                            ran.incrementAndGet();
                        });
                    }
                    crew.await(crew.submit(tasks));
                    if (ran.get() != 3) {
                        throw new IllegalStateException("await returned after " + ran.get() + " of 3 tasks");
                    }
                }
                jobs.incrementAndGet();
            });
        }
        Crew.runAll(all, 3, 1);
        assertEquals(40, jobs.get());
    }

    @Test
    void theFirstFailingTaskStopsTheCrewAndIsRethrown() {
        IOException full = new IOException("No space left on device");
        AtomicInteger laterJobs = new AtomicInteger();
        List<Crew.Job> all = new ArrayList<>();
        all.add(crew -> crew.await(crew.submit(List.of(scratch -> {
        }, scratch -> {
            throw full;
        }))));
        for (int j = 0; j < 10; j++) {
            all.add(crew -> laterJobs.incrementAndGet());
        }
        IOException e = assertThrows(IOException.class, () -> Crew.runAll(all, 1, 1));
        assertSame(full, e);
        assertEquals(0, laterJobs.get(), "no job starts after the failure");
    }

    @Test
    void aFailingJobIsRethrownAsItWasAfterTheOtherThreadsStopped() {
        AtomicInteger running = new AtomicInteger();
        List<Crew.Job> all = new ArrayList<>();
        for (int j = 0; j < 8; j++) {
            int n = j;
            all.add(crew -> {
                running.incrementAndGet();
                try {
                    if (n == 3) {
                        throw new BuildException("site/file.bin: file disappeared during the build");
                    }
                    crew.await(crew.submit(List.of(scratch -> scratch[0]++)));
                } finally {
                    running.decrementAndGet();
                }
            });
        }
        BuildException e = assertThrows(BuildException.class, () -> Crew.runAll(all, 3, 1));
        assertEquals("site/file.bin: file disappeared during the build", e.getMessage());
        assertTrue(running.get() == 0, "every job ended before runAll returned");
    }
}
