package party.wtp.build;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs a pass's per-file jobs on a small pool of threads; the first failure stops the rest and is rethrown. */
final class Workers {
    /** One file's work. */
    interface Job {
        void run() throws IOException, BuildException;
    }

    private Workers() {
    }

    static int threads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    static void runAll(List<Job> jobs) throws IOException, BuildException {
        if (jobs.isEmpty()) {
            return;
        }
        AtomicInteger counter = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads(), jobs.size()), r -> {
            Thread t = new Thread(r, "wtp-build-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        CompletionService<Void> done = new ExecutorCompletionService<>(pool);
        try {
            for (Job job : jobs) {
                done.submit(() -> {
                    job.run();
                    return null;
                });
            }
            for (int i = 0; i < jobs.size(); i++) {
                try {
                    done.take().get();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof BuildException) {
                        throw (BuildException) cause;
                    }
                    if (cause instanceof IOException) {
                        throw (IOException) cause;
                    }
                    if (cause instanceof RuntimeException) {
                        throw (RuntimeException) cause;
                    }
                    if (cause instanceof Error) {
                        throw (Error) cause;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("build interrupted");
        } finally {
            pool.shutdownNow();
        }
    }
}
