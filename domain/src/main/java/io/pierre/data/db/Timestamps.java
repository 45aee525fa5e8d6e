package io.pierre.data.db;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Every stored instant has millisecond precision: both databases then hold exactly the value Java holds, and
 * keyset cursors (which carry milliseconds) compare equal to the stored value.
 */
public final class Timestamps {

    private Timestamps() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    public static Instant truncate(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
