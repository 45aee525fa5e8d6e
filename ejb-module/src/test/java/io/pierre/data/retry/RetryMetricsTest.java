package io.pierre.data.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RetryMetricsTest {

    @Test
    void remembersTheMostRetriesOneCallNeededNotTheLatest() {
        RetryMetrics metrics = new RetryMetrics();
        assertEquals(0, metrics.mostRetriesBeforeSuccess());

        metrics.recordSuccessAfter(3);
        metrics.recordSuccessAfter(7);
        metrics.recordSuccessAfter(2);

        assertEquals(7, metrics.mostRetriesBeforeSuccess());
    }

    @Test
    void countsRetriesPerKindAndInTotal() {
        RetryMetrics metrics = new RetryMetrics();

        metrics.recordRetry(TransientFailure.SQLITE_BUSY);
        metrics.recordRetry(TransientFailure.SQLITE_BUSY);
        metrics.recordRetry(TransientFailure.POSTGRESQL_DEADLOCK);
        metrics.recordExhausted();

        assertEquals(2, metrics.retries(TransientFailure.SQLITE_BUSY));
        assertEquals(3, metrics.retries());
        assertEquals(1, metrics.exhausted());
    }
}
