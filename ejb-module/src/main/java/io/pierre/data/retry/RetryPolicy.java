package io.pierre.data.retry;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how long to wait before retrying: exponential backoff from {@code initialDelay}, doubled per
 * retry, capped at {@code maxDelay}, each delay multiplied by a jitter in [0.5, 1.5) so that colliding
 * transactions do not collide again.
 *
 * <p>Defaults: PostgreSQL (and version conflicts) 40 retries of 10, 20, 40, 80, 160, 160, ... ms (about 6 s in
 * all). SQLite 100 retries, 10 ms doubling up to 250 ms (about 24 s in all): a SQLite transaction that read before
 * writing gets SQLITE_BUSY at once, without waiting for the busy timeout, so only the retry budget lets it
 * outlast other writers.
 *
 * <p>Why so many: the budget is sized from the tail of retries per call under the worst contention the tests
 * create (32 writers doing read-then-write on one row, 16 000 transactions; see README "Transactions and
 * retries"). On PostgreSQL the tail is geometric, about 0.6 odds of losing again per attempt once the pause is
 * capped: runs took at most 13-20 retries for one call, so 20 ran out about once in ten runs; 40 leaves odds
 * far below 1 in 10 000. On SQLite a read-then-write transaction can starve for seconds behind a stream of
 * writers: runs took at most 32-41 retries with 250 ms pauses (16-20 with 1 s pauses, which wait longer in
 * all), so the budget there is 100. Without contention the budget costs nothing.
 *
 * <p>Configurable with system properties {@code pierre.retry.<postgresql|sqlite>.max-retries},
 * {@code .initial-delay-ms} and {@code .max-delay-ms}.
 */
public record RetryPolicy(int maxRetries, Duration initialDelay, Duration maxDelay) {

    public static final RetryPolicy POSTGRESQL = fromSystemProperties("postgresql", 40, 10, 160);
    public static final RetryPolicy SQLITE = fromSystemProperties("sqlite", 100, 10, 250);

    public static RetryPolicy forFailure(TransientFailure failure) {
        return failure.backend() == TransientFailure.Backend.SQLITE ? SQLITE : POSTGRESQL;
    }

    /** The pause before retry number {@code retry} (1 = first retry). */
    public Duration delayBefore(int retry) {
        long base = initialDelay.toMillis() << Math.min(retry - 1, 30);
        long capped = Math.min(Math.max(base, 0), maxDelay.toMillis());
        double jitter = 0.5 + ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis(Math.round(capped * jitter));
    }

    private static RetryPolicy fromSystemProperties(String database, int maxRetries, long initialMillis, long maxMillis) {
        String prefix = "pierre.retry." + database + ".";
        return new RetryPolicy(Integer.getInteger(prefix + "max-retries", maxRetries),
                Duration.ofMillis(Long.getLong(prefix + "initial-delay-ms", initialMillis)),
                Duration.ofMillis(Long.getLong(prefix + "max-delay-ms", maxMillis)));
    }
}
