package org.taizhang.cli.batch;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a job on many files in parallel, one thread per core, and hands the results over in the
 * order of the files, as soon as each and all before it are done. At most two files per thread are
 * in hand at any time, so memory stays bounded however many files there are.
 */
public final class Batch {
    private final int threads;

    /** @param threads the number of files worked on at once; at least 1 */
    public Batch(int threads) {
        this.threads = Math.max(1, threads);
    }

    /** @return a batch with one thread per available core */
    public static Batch onAllCores() {
        return new Batch(Runtime.getRuntime().availableProcessors());
    }

    /** @return the number of files worked on at once */
    public int threads() {
        return threads;
    }

    /**
     * The work done on one file. It should not throw: a failure belongs in its result.
     *
     * @param <R> the result
     */
    @FunctionalInterface
    public interface Job<R> {
        /**
         * @param file the file
         * @return what came of it
         */
        R run(Path file);
    }

    /**
     * What is done with each result, in the order of the files, on the calling thread.
     *
     * @param <R> the result
     */
    @FunctionalInterface
    public interface Sink<R> {
        /**
         * @param file the file
         * @param result what came of it
         */
        void accept(Path file, R result);
    }

    /**
     * Runs the job on every file.
     *
     * @param <R> the result
     * @param files the files
     * @param job the work on one file
     * @param sink what to do with each result, in file order
     * @param progress the bar to advance as files are done, or null
     * @throws InterruptedException if the calling thread is interrupted
     */
    public <R> void run(List<Path> files, Job<R> job, Sink<R> sink, ProgressBar progress) throws InterruptedException {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory daemons = r -> {
            Thread t = new Thread(r, "taizhang-batch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemons);
        try {
            Deque<Future<R>> inHand = new ArrayDeque<>();
            int next = 0;
            int delivered = 0;
            while (delivered < files.size()) {
                while (next < files.size() && inHand.size() < 2 * threads) {
                    Path file = files.get(next++);
                    inHand.add(pool.submit(() -> {
                        R r = job.run(file);
                        if (progress != null) {
                            progress.step(String.valueOf(file.getFileName()));
                        }
                        return r;
                    }));
                }
                R result = get(inHand.removeFirst());
                sink.accept(files.get(delivered++), result);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R get(Future<R> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        }
    }
}
