package io.orderservice.benchmark;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/** Starts workers together and lets each run until a common deadline: the frame of every closed-loop run. */
final class TimedRun {

    /** One worker: does its work in a loop until {@code deadlineNanos} (a {@link System#nanoTime()} value). */
    interface Worker {
        void runUntil(long deadlineNanos) throws Exception;
    }

    private TimedRun() {
    }

    /** Runs {@code concurrency} workers for {@code duration}; returns the seconds that actually elapsed. */
    static double of(int concurrency, Duration duration, java.util.function.Supplier<Worker> workers)
            throws InterruptedException {
        var start = new CountDownLatch(1);
        var done = new CountDownLatch(concurrency);
        var failure = new AtomicReference<Exception>();
        var deadline = new long[1];
        var pool = Executors.newFixedThreadPool(concurrency);
        try {
            for (int i = 0; i < concurrency; i++) {
                var worker = workers.get();
                pool.execute(() -> {
                    try {
                        start.await();
                        worker.runUntil(deadline[0]);
                    } catch (Exception e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        done.countDown();
                    }
                });
            }
            long begin = System.nanoTime();
            deadline[0] = begin + duration.toNanos();
            start.countDown();
            done.await();
            if (failure.get() != null) {
                throw new IllegalStateException("a worker failed", failure.get());
            }
            return (System.nanoTime() - begin) / 1e9;
        } finally {
            pool.shutdownNow();
        }
    }
}
