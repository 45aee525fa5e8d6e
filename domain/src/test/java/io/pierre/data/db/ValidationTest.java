package io.pierre.data.db;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pierre.data.error.AccessDeniedException;
import io.pierre.data.error.InvalidInputException;
import io.pierre.data.error.NotFoundException;
import io.pierre.data.tenancy.TenantId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationTest {

    @Test
    void emailsNeedOneAtWithTextOnBothSides() {
        assertEquals("a@b", Validation.requireEmail("a@b"));
        for (String bad : new String[] {null, "", "@", "a@", "@b", "a@b@c", "plain", "x".repeat(320) + "@b"}) {
            assertEquals(
                    "Invalid email format",
                    assertThrows(InvalidInputException.class, () -> Validation.requireEmail(bad))
                            .getMessage());
        }
    }

    @Test
    void anotherTenantsRowIsNotFound() {
        TenantId mine = TenantId.random();
        assertDoesNotThrow(() -> Validation.requireTenant(mine, mine, "Token", 1));
        assertThrows(NotFoundException.class, () -> Validation.requireTenant(TenantId.random(), mine, "Token", 1));
    }

    @Test
    void equalToNowIsExpired() {
        Instant now = Instant.parse("2026-02-15T13:00:00Z");
        assertDoesNotThrow(() -> Validation.requireNotExpired(now.plusMillis(1), now, "Code"));
        assertEquals(
                "Code has expired",
                assertThrows(InvalidInputException.class, () -> Validation.requireNotExpired(now, now, "Code"))
                        .getMessage());
    }

    @Test
    void everyRequestedScopeMustBeGrantedExactly() {
        assertDoesNotThrow(() -> Validation.requireScopesGranted(List.of(), List.of()));
        assertDoesNotThrow(() -> Validation.requireScopesGranted(List.of("read"), List.of("read", "write")));
        assertEquals(
                "Scope 'Write' not granted",
                assertThrows(
                                AccessDeniedException.class,
                                () -> Validation.requireScopesGranted(
                                        List.of("read", "Write", "admin"), List.of("read", "write")))
                        .getMessage());
    }
}
