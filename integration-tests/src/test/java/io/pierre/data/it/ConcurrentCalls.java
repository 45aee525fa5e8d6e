package io.pierre.data.it;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** Runs the same work on several container threads at once, for tests that need real contention. */
public final class ConcurrentCalls {

    /** Longer than any call takes even when it exhausts its retries: a thread still running then is stuck. */
    private static final Duration DEADLINE = Duration.ofMinutes(3);

    @FunctionalInterface
    public interface Work {
        void run(int index) throws Exception;
    }

    private ConcurrentCalls() {}

    /**
     * Runs {@code work} on {@code count} threads of {@code threads}, released together once all have started,
     * waits for all (at most {@link #DEADLINE}), and fails with the first failure's cause chain, after what
     * {@code context} says then, if any thread failed or did not finish.
     */
    public static void run(ManagedThreadFactory threads, int count, Supplier<String> context, Work work)
            throws InterruptedException {
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
        Instant deadline = Instant.now().plus(DEADLINE);
        for (Thread thread : started) {
            thread.join(Math.max(1, Duration.between(Instant.now(), deadline).toMillis()));
            if (thread.isAlive()) {
                throw new AssertionError(
                        "a concurrent call did not finish within " + DEADLINE + " (" + context.get() + ")");
            }
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
