package io.pierre.data.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UserEnumsTest {

    @Test
    void databaseStringsAreTheOriginalOnes() {
        assertEquals("professional", UserTier.PROFESSIONAL.databaseValue());
        assertEquals("suspended", UserStatus.SUSPENDED.databaseValue());
        assertEquals("super_admin", UserRole.SUPER_ADMIN.databaseValue());
    }

    @Test
    void tierParsingIsLenientAndDefaultsToStarter() {
        assertEquals(UserTier.PROFESSIONAL, UserTier.parseLenient("pro"));
        assertEquals(UserTier.PROFESSIONAL, UserTier.parseLenient("Professional"));
        assertEquals(UserTier.ENTERPRISE, UserTier.parseLenient("enterprise"));
        assertEquals(UserTier.STARTER, UserTier.parseLenient("platinum"));
        assertEquals(UserTier.STARTER, UserTier.parseLenient(null));
    }

    @Test
    void roleParsingIsLenientAndDefaultsToUser() {
        assertEquals(UserRole.SUPER_ADMIN, UserRole.parseLenient("super_admin"));
        assertEquals(UserRole.ADMIN, UserRole.parseLenient("admin"));
        assertEquals(UserRole.USER, UserRole.parseLenient("root"));
    }

    @Test
    void statusParsingNeverGuessesActive() {
        assertEquals(Optional.of(UserStatus.ACTIVE), UserStatus.parse("active"));
        assertEquals(Optional.empty(), UserStatus.parse("Active"));
        assertEquals(Optional.empty(), UserStatus.parse("typo"));
    }

    @Test
    void readingAnUnknownDatabaseCodeFails() {
        UserTier.JpaConverter converter = new UserTier.JpaConverter();
        assertEquals(UserTier.ENTERPRISE, converter.convertToEntityAttribute("enterprise"));
        assertThrows(IllegalStateException.class, () -> converter.convertToEntityAttribute("gold"));
    }
}
