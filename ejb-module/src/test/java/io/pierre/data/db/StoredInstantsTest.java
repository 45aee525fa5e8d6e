package io.pierre.data.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pierre.data.Database;
import io.pierre.data.testing.PersistenceTest;
import io.pierre.data.testing.TestDatabase;
import io.pierre.data.user.User;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
        assertEquals(
                now.minus(1, ChronoUnit.HOURS),
                db.users().findByIdGlobal(earlierToday).orElseThrow().createdAt());
    }

    /**
     * Hibernate reads UTC timestamps through one shared {@code Calendar}, and sqlite-jdbc sets the time on the calendar
     * it is given: two threads reading at once could get each other's instant (seen as an admin token whose expiry was
     * another row's last use). Reads on eight threads must each see their own row's instant.
     */
    @Test
    void concurrentReadsEachSeeTheirOwnRowsInstant() throws Exception {
        testDatabase.deleteAll();
        Instant base = Timestamps.now().minus(1, ChronoUnit.DAYS);
        List<UUID> users = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            UUID user = db.users().create(User.newUser("instant-" + i + "@example.com", "hash"));
            testDatabase.setCreatedAt(user, base.plusSeconds(i));
            users.add(user);
        }
        AtomicInteger wrong = new AtomicInteger();
        ExecutorService readers = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int reader = 0; reader < 8; reader++) {
                done.add(readers.submit(() -> {
                    for (int read = 0; read < 400; read++) {
                        int i = ThreadLocalRandom.current().nextInt(users.size());
                        if (!db.users()
                                .findByIdGlobal(users.get(i))
                                .orElseThrow()
                                .createdAt()
                                .equals(base.plusSeconds(i))) {
                            wrong.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> reader : done) {
                reader.get(2, TimeUnit.MINUTES);
            }
        } finally {
            readers.shutdownNow();
        }
        assertEquals(0, wrong.get(), "reads that returned another row's instant");
    }
}
