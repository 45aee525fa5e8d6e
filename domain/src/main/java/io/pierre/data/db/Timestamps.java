package io.pierre.data.db;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The one clock of the data layer. Every stored instant has millisecond precision: both databases then hold exactly
 * the value Java holds, and keyset cursors (which carry milliseconds) compare equal to the stored value. Tests replace
 * the clock ({@link #useClock}), for example with one that never returns the same millisecond twice, instead of
 * sleeping to keep two rows apart.
 */
public final class Timestamps {

    private static volatile Clock clock = Clock.systemUTC();

    private Timestamps() {}

    public static Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    public static Instant truncate(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }

    /** Replaces the clock for the whole JVM (tests only); returns the previous one, to restore it. */
    public static Clock useClock(Clock replacement) {
        Clock previous = clock;
        clock = Objects.requireNonNull(replacement, "replacement");
        return previous;
    }
}
