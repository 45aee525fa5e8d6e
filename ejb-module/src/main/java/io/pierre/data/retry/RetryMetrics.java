package io.pierre.data.retry;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Counts retries per kind of transient failure, and transactions that failed even after retrying. */
@ApplicationScoped
public class RetryMetrics {

    private final Map<TransientFailure, LongAdder> retries = new EnumMap<>(TransientFailure.class);
    private final LongAdder exhausted = new LongAdder();

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

    public long retries() {
        return retries.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public long retries(TransientFailure kind) {
        return retries.get(kind).sum();
    }

    public long exhausted() {
        return exhausted.sum();
    }
}
