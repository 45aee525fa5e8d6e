package io.pierre.data.it;

import io.pierre.data.crypto.RotationService;
import io.pierre.data.error.ConflictException;
import java.time.Duration;
import java.time.Instant;

/** Waiting for key rotation in in-container tests: for the background rewrap, and for a version's retire grace. */
public final class Rotations {

    private static final Duration REWRAP_TIMEOUT = Duration.ofMinutes(3);

    private Rotations() {}

    /** Polls the rewrap until it stops with nothing left to do, or {@link #REWRAP_TIMEOUT} passes; returns the last progress. */
    public static RotationService.Progress awaitRewrap(RotationService rotation) throws InterruptedException {
        Instant deadline = Instant.now().plus(REWRAP_TIMEOUT);
        RotationService.Progress progress = rotation.progress();
        while ((progress.running() || progress.remaining() > 0) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            progress = rotation.progress();
        }
        return progress;
    }

    /** Retires {@code version} as soon as its retire grace (seconds on the test servers) allows. */
    public static void retireAfterGrace(RotationService rotation, int version, Duration grace)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(grace).plusSeconds(10);
        while (true) {
            try {
                rotation.retire(version);
                return;
            } catch (ConflictException e) {
                if (!e.getMessage().contains("retire grace") || Instant.now().isAfter(deadline)) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }
}
