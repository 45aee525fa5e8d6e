package io.pierre.data.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserTest {

    @Test
    void newUserHasTheProductDefaults() {
        User user = User.newUser("a@example.com", "hash");
        assertEquals(UserTier.STARTER, user.tier());
        assertEquals(UserStatus.PENDING, user.status());
        assertEquals(UserRole.USER, user.role());
        assertTrue(user.isActive());
        assertFalse(user.isAdmin());
        assertEquals("email", user.authProvider());
        assertEquals(user.createdAt(), user.lastActive());
        assertEquals(user.createdAt(), user.createdAt().truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void activationRecordsTheApproverAndOtherStatusesClearIt() {
        User user = User.newUser("a@example.com", "hash");
        UUID admin = UUID.randomUUID();
        Instant at = Instant.parse("2026-02-15T13:04:05.123456Z");

        user.changeStatus(UserStatus.ACTIVE, admin, at);
        assertEquals(Optional.of(admin), user.approvedBy());
        assertEquals(Optional.of(Instant.parse("2026-02-15T13:04:05.123Z")), user.approvedAt());

        user.changeStatus(UserStatus.SUSPENDED, admin, at);
        assertTrue(user.approvedBy().isEmpty());
        assertTrue(user.approvedAt().isEmpty());
    }

    @Test
    void roleDecidesTheAdminFlag() {
        assertTrue(User.newUser("a@example.com", "h")
                .withRole(UserRole.SUPER_ADMIN)
                .isAdmin());
        assertFalse(User.newUser("a@example.com", "h")
                .withRole(UserRole.ADMIN)
                .withRole(UserRole.USER)
                .isAdmin());
    }

    @Test
    void toStringNeverShowsThePasswordHash() {
        assertFalse(User.newUser("a@example.com", "secret-hash").toString().contains("secret-hash"));
    }
}
