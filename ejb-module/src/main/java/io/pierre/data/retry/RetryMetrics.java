package io.pierre.data.retry;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts retries per kind of transient failure, transactions that failed even after retrying, and the most
 * retries one call needed before it succeeded: how close contention came to the budget.
 */
@ApplicationScoped
public class RetryMetrics {

    private final Map<TransientFailure, LongAdder> retries = new EnumMap<>(TransientFailure.class);
    private final LongAdder exhausted = new LongAdder();
    private final LongAccumulator mostRetriesBeforeSuccess = new LongAccumulator(Math::max, 0);

    public RetryMetrics() {
        for (TransientFailure kind : TransientFailure.values()) {
            retries.put(kind, new LongAdder());
        }
    }

    void recordRetry(TransientFailure kind) {
        retries.get(kind).increment();
    }

    void recordExhausted() {
        exhausted.increment();
    }

    void recordSuccessAfter(int retries) {
        mostRetriesBeforeSuccess.accumulate(retries);
    }

    public long retries() {
        return retries.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public long retries(TransientFailure kind) {
        return retries.get(kind).sum();
    }

    public long exhausted() {
        return exhausted.sum();
    }

    /** The highest number of retries one call needed before it succeeded, since the application started. */
    public long mostRetriesBeforeSuccess() {
        return mostRetriesBeforeSuccess.get();
    }
}
