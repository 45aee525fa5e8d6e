package io.pierre.data.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pierre.data.Database;
import io.pierre.data.testing.PersistenceTest;
import io.pierre.data.testing.TestDatabase;
import io.pierre.data.user.User;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every {@link NotificationRepository} method; users never see each other's notifications. */
@PersistenceTest
class NotificationRepositoryTest {

    @Inject
    Database db;

    @Inject
    TestDatabase testDatabase;

    private NotificationRepository notifications;
    private UUID alice;
    private UUID bob;

    @BeforeEach
    void twoUsers() {
        testDatabase.deleteAll();
        notifications = db.notifications();
        alice = db.users().create(User.newUser("alice@example.com", "hash"));
        bob = db.users().create(User.newUser("bob@example.com", "hash"));
    }

    @Test
    void aStoredNotificationIsUnreadUntilMarkedAndKeepsItsFields() {
        UUID id = notifications.store(
                alice, "strava", true, "Connected to Strava ✓ \"quoted\" <b>", "2026-12-01T00:00:00Z");
        OAuthNotification unread = notifications.getUnread(alice).get(0);
        assertEquals(
                List.of(id, "strava", true, "Connected to Strava ✓ \"quoted\" <b>", "2026-12-01T00:00:00Z"),
                List.of(
                        unread.id(),
                        unread.provider(),
                        unread.isSuccess(),
                        unread.message(),
                        unread.expiresAt().orElseThrow()));
        assertTrue(unread.readAt().isEmpty());

        assertFalse(notifications.markRead(id, bob), "another user's notification");
        assertTrue(notifications.markRead(id, alice));
        assertFalse(notifications.markRead(id, alice), "already read");
        assertTrue(notifications.getUnread(alice).isEmpty());
        assertTrue(notifications.getAll(alice, null).get(0).readAt().isPresent());
    }

    @Test
    void usersSeeOnlyTheirOwnNotificationsAcrossProviders() {
        notifications.store(alice, "strava", true, "a1", null);
        notifications.store(alice, "fitbit", false, "a2", null);
        notifications.store(bob, "garmin", true, "b1", null);

        assertEquals(2, notifications.getUnread(alice).size());
        assertEquals(
                List.of("b1"),
                notifications.getUnread(bob).stream()
                        .map(OAuthNotification::message)
                        .toList());
        assertEquals(2, notifications.markAllRead(alice));
        assertEquals(0, notifications.markAllRead(alice));
        assertEquals(1, notifications.getUnread(bob).size());
        assertEquals(1, notifications.getAll(alice, 1).size());
        assertEquals(2, notifications.getAll(alice, null).size());
    }

    @Test
    void tenConcurrentStoresAllLand() throws Exception {
        List<Callable<UUID>> stores = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String message = "concurrent " + i;
            stores.add(() -> notifications.store(alice, "strava", true, message, null));
        }
        ExecutorService executor = Executors.newFixedThreadPool(stores.size());
        try {
            for (Future<UUID> stored : executor.invokeAll(stores)) {
                stored.get();
            }
        } finally {
            executor.shutdown();
        }
        assertEquals(10, notifications.getUnread(alice).size());
    }
}
