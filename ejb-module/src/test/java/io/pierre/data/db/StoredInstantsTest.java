package io.pierre.data.db;

import io.pierre.data.Database;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pierre.data.testing.PersistenceTest;
import io.pierre.data.testing.TestDatabase;
import io.pierre.data.user.User;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Stored instants compare as instants on both databases, including within one day (the original compared SQLite
 * text in two formats, so 13:00 with a 'T' sorted after 14:00 with a space).
 */
@PersistenceTest
class StoredInstantsTest {

    @Inject
    Database db;

    @Inject
    TestDatabase testDatabase;

    @Test
    void instantsEarlierTheSameDayCompareAsEarlierAndReadBackToTheMillisecond() {
        testDatabase.deleteAll();
        Instant now = Timestamps.now();
        UUID earlierToday = db.users().create(User.newUser("earlier@example.com", "hash"));
        UUID laterToday = db.users().create(User.newUser("later@example.com", "hash"));
        testDatabase.setCreatedAt(earlierToday, now.minus(1, ChronoUnit.HOURS));
        testDatabase.setCreatedAt(laterToday, now.plus(1, ChronoUnit.HOURS));

        assertEquals(1, testDatabase.countUsersCreatedBefore(now));
        assertEquals(now.minus(1, ChronoUnit.HOURS), db.users().findByIdGlobal(earlierToday).orElseThrow().createdAt());
    }
}
