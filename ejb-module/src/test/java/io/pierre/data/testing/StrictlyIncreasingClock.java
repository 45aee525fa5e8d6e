package io.pierre.data.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A UTC clock that never returns the same millisecond twice: each reading is the current time, or one millisecond
 * after the previous reading if that is later. Rows written one after the other then never tie on their timestamps,
 * so tests of "newest first" need no sleeps.
 */
public final class StrictlyIncreasingClock extends Clock {

    private final AtomicLong lastMillis = new AtomicLong();

    @Override
    public Instant instant() {
        long now = System.currentTimeMillis();
        return Instant.ofEpochMilli(lastMillis.updateAndGet(previous -> Math.max(previous + 1, now)));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
