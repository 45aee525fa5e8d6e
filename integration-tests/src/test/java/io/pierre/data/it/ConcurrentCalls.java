package io.pierre.data.it;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** Runs the same work on several container threads at once, for tests that need real contention. */
public final class ConcurrentCalls {

    @FunctionalInterface
    public interface Work {
        void run(int index) throws Exception;
    }

    private ConcurrentCalls() {
    }

    /**
     * Runs {@code work} on {@code count} threads of {@code threads}, released together once all have started,
     * waits for all, and fails with the first failure's cause chain, after what {@code context} says then, if any
     * thread failed.
     */
    public static void run(ManagedThreadFactory threads, int count, Supplier<String> context, Work work) throws InterruptedException {
        AtomicReference<Throwable> firstFailure = new AtomicReference<>();
        List<Thread> started = new ArrayList<>();
        CountDownLatch allStarted = new CountDownLatch(count);
        for (int i = 0; i < count; i++) {
            int index = i;
            Thread thread = threads.newThread(() -> {
                try {
                    allStarted.countDown();
                    allStarted.await();
                    work.run(index);
                } catch (Throwable t) {
                    firstFailure.compareAndSet(null, t);
                }
            });
            thread.start();
            started.add(thread);
        }
        for (Thread thread : started) {
            thread.join();
        }
        if (firstFailure.get() != null) {
            StringBuilder chain = new StringBuilder();
            for (Throwable t = firstFailure.get(); t != null && chain.length() < 2000; t = t.getCause()) {
                chain.append(" <- ").append(t);
            }
            throw new AssertionError("a concurrent call failed (" + context.get() + "):" + chain);
        }
    }
}
