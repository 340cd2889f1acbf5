package party.wtp.build;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The build's threads: a fixed number of them runs one {@link Job} per resource, in parallel across files and, for
 * sealing, within one file. A job runs on one thread from start to end (sealing reads its content in order); it may
 * hand each chunk's per-copy work to the crew as a {@link Batch} of {@link Task}s that any thread may run, and
 * waits for one batch before it hands over the next. Idle threads, and jobs while they wait, run queued tasks
 * before a new job starts, so one large file keeps every thread busy and memory stays at a few chunks per thread.
 * The first failure stops the crew: queued tasks are dropped, running ones finish, and it is rethrown.
 */
final class Crew {
    /** One resource's work, start to end, on one thread. */
    interface Job {
        void run(Crew crew) throws IOException, BuildException;
    }

    /** One piece of a chunk's work, given a scratch buffer of the crew's chunk size that only it uses while it runs. */
    interface Task {
        void run(byte[] scratch) throws IOException;
    }

    /** Tasks handed over together; {@link #await} returns when all have run. */
    static final class Batch {
        private int pending;
        private Throwable failure;
    }

    /** Unwinds a job when another one failed; never reported. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("stopped", null, false, false);
        }
    }

    private final Object lock = new Object();
    private final ArrayDeque<Queued> queue = new ArrayDeque<>();
    private final Iterator<Job> jobs;
    private final ThreadLocal<byte[]> scratch;
    private final ThreadLocal<byte[][]> jobBuffers;
    private Throwable failure;
    /** Jobs started and not yet ended: while there are any, more tasks may come. */
    private int running;

    private Crew(Iterator<Job> jobs, int chunk) {
        this.jobs = jobs;
        this.scratch = ThreadLocal.withInitial(() -> new byte[chunk]);
        this.jobBuffers = ThreadLocal.withInitial(() -> new byte[][] {new byte[chunk], new byte[chunk]});
    }

    private record Queued(Task task, Batch batch) {
    }

    /** The default number of threads: one per core. */
    static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Runs every job, started in list order, on {@code threads} threads (tasks get scratch buffers of {@code chunk}
     * bytes); returns when all have ended, or rethrows the first failure once every thread has stopped.
     */
    static void runAll(List<Job> jobs, int threads, int chunk) throws IOException, BuildException {
        Crew crew = new Crew(jobs.iterator(), chunk);
        List<Thread> crewThreads = new ArrayList<>();
        for (int i = 0; i < Math.max(1, threads); i++) {
            Thread t = new Thread(crew::work, "wtp-build-" + (i + 1));
            t.setDaemon(true);
            crewThreads.add(t);
            t.start();
        }
        for (Thread t : crewThreads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                crew.fail(new IOException("build interrupted"));
                Thread.currentThread().interrupt();
                joinUninterruptibly(crewThreads);
                break;
            }
        }
        if (crew.failure != null) {
            rethrow(crew.failure);
        }
    }

    private static void joinUninterruptibly(List<Thread> threads) {
        for (Thread t : threads) {
            while (t.isAlive()) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    // keep waiting: the threads stop at their next task
                }
            }
        }
    }

    /**
     * Two buffers of the chunk size that the running job may use until it ends: they belong to its thread, which
     * runs one job at a time, so jobs do not allocate their own. Tasks that read them must have run when it ends.
     */
    byte[][] jobBuffers() {
        return jobBuffers.get();
    }

    /** Queues one task per element of {@code tasks} as one batch. */
    Batch submit(List<Task> tasks) {
        Batch b = new Batch();
        synchronized (lock) {
            b.pending = tasks.size();
            for (Task t : tasks) {
                queue.add(new Queued(t, b));
            }
            lock.notifyAll();
        }
        return b;
    }

    /**
     * Waits until every task of {@code batch} (may be null) has run, running queued tasks meanwhile; rethrows the
     * first failure among them, and stops the job when another one failed.
     */
    void await(Batch batch) throws IOException {
        settle(batch);
        synchronized (lock) {
            if (batch != null && batch.failure != null) {
                rethrowIo(batch.failure);
            }
            if (failure != null) {
                throw new Stopped();
            }
        }
    }

    /** Waits until every task of {@code batch} (may be null) has run or was dropped, whatever happened. */
    void settle(Batch batch) {
        while (batch != null) {
            Queued next;
            synchronized (lock) {
                if (batch.pending == 0) {
                    return;
                }
                next = queue.poll();
                if (next == null) {
                    waitLocked();
                    continue;
                }
            }
            runTask(next);
        }
    }

    private void work() {
        while (true) {
            Queued next = null;
            Job job = null;
            synchronized (lock) {
                while (next == null && job == null) {
                    if (failure != null) {
                        return;
                    }
                    next = queue.poll();
                    if (next == null && jobs.hasNext()) {
                        job = jobs.next();
                    } else if (next == null) {
                        if (running == 0) {
                            return;
                        }
                        waitLocked();
                    }
                }
            }
            if (next != null) {
                runTask(next);
            } else {
                runJob(job);
            }
        }
    }

    private void runJob(Job job) {
        synchronized (lock) {
            running++;
        }
        try {
            job.run(this);
        } catch (Stopped e) {
            // another job failed first; that is the failure to report
        } catch (Throwable t) {
            fail(t);
        } finally {
            synchronized (lock) {
                running--;
                lock.notifyAll();
            }
        }
    }

    private void runTask(Queued q) {
        Throwable thrown = null;
        try {
            q.task.run(scratch.get());
        } catch (Throwable t) {
            thrown = t;
        }
        synchronized (lock) {
            if (thrown != null && q.batch.failure == null) {
                q.batch.failure = thrown;
            }
            q.batch.pending--;
            lock.notifyAll();
        }
    }

    private void waitLocked() {
        try {
            lock.wait();
        } catch (InterruptedException e) {
            failLocked(new IOException("build interrupted"));
        }
    }

    private void fail(Throwable t) {
        synchronized (lock) {
            failLocked(t);
        }
    }

    /** Records the first failure and drops queued tasks, so that waiting jobs return and the threads stop. */
    private void failLocked(Throwable t) {
        if (failure == null) {
            failure = t;
        }
        for (Queued q : queue) {
            q.batch.pending--;
        }
        queue.clear();
        lock.notifyAll();
    }

    /** Rethrows a failure from another thread as what it was. */
    static void rethrow(Throwable cause) throws IOException, BuildException {
        if (cause instanceof BuildException) {
            throw (BuildException) cause;
        }
        rethrowIo(cause);
    }

    /** Rethrows a failure from another thread that can only be an I/O error or unchecked. */
    static void rethrowIo(Throwable cause) throws IOException {
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
