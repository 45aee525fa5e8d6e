package io.pierre.data.crypto;

import io.pierre.data.error.DataException;
import java.time.Duration;

/**
 * This node could not reload its key versions for longer than half the retire grace, so the version it would seal
 * with may have been demoted and be retired before the value is read again: it refuses to seal until a reload
 * succeeds. A transient condition (usually the database being unreachable): callers answer 503.
 */
public class StaleKeyRingException extends DataException {

    public StaleKeyRingException(Duration sinceLastReload, Duration allowed) {
        super("This node's data keys were last reloaded " + sinceLastReload.toSeconds() + " s ago, more than the "
                + allowed.toSeconds()
                + " s allowed, so it does not seal new secrets until the database answers its next reload.");
    }
}
