package io.pierre.data.retry;

import io.pierre.data.config.Setting;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how long to wait before retrying: exponential backoff from {@code initialDelay}, doubled per
 * retry, capped at {@code maxDelay}, each delay multiplied by a jitter in [0.5, 1.5) so that colliding
 * transactions do not collide again.
 *
 * <p>Defaults: PostgreSQL (and version conflicts) 100 retries of 10, 20, 40, 80, 160, 160, ... ms (about 16 s in
 * all). SQLite 10 retries, 10 ms doubling up to 250 ms: from the first retry on, a SQLite attempt takes the write
 * lock before it reads ({@link SqliteWriteLockInterceptor}) and so waits for other writers within the busy timeout
 * instead of failing at once; it only fails again if the lock stays held past the busy timeout.
 *
 * <p>Why so many on PostgreSQL: the budget is sized from the tail of retries per call under the worst contention
 * the tests create (32 writers doing read-then-write on one row under REPEATABLE READ, 16 000 transactions).
 * A transaction that has to wait keeps losing to fresh ones: runs needed at most 13 to 25 retries for one call,
 * and the former budget of 20 ran out in about one run in ten. A call that keeps losing costs a pause of at most
 * 240 ms per attempt and no extra load (the pool bounds the concurrent attempts); without contention the budget
 * costs nothing.
 *
 * <p>Configurable with the settings {@code pierre.retry.<postgresql|sqlite>.max-retries}, {@code .initial-delay-ms}
 * and {@code .max-delay-ms} ({@link Setting}).
 */
public record RetryPolicy(int maxRetries, Duration initialDelay, Duration maxDelay) {

    public static final RetryPolicy POSTGRESQL = of(
            Setting.RETRY_POSTGRESQL_MAX_RETRIES,
            Setting.RETRY_POSTGRESQL_INITIAL_DELAY_MS,
            Setting.RETRY_POSTGRESQL_MAX_DELAY_MS);
    public static final RetryPolicy SQLITE = of(
            Setting.RETRY_SQLITE_MAX_RETRIES, Setting.RETRY_SQLITE_INITIAL_DELAY_MS, Setting.RETRY_SQLITE_MAX_DELAY_MS);

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

    private static RetryPolicy of(Setting maxRetries, Setting initialDelayMillis, Setting maxDelayMillis) {
        return new RetryPolicy(
                maxRetries.asInt(),
                initialDelayMillis.asDuration(ChronoUnit.MILLIS),
                maxDelayMillis.asDuration(ChronoUnit.MILLIS));
    }
}
