package io.pierre.data.user;

import io.pierre.data.db.DatabaseCode;
import io.pierre.data.db.DatabaseCodeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;

/** Subscription tier of a user; monthly request quotas live with the caller, not in the database. */
public enum UserTier implements DatabaseCode {
    STARTER("starter"),
    PROFESSIONAL("professional"),
    ENTERPRISE("enterprise");

    private final String databaseValue;

    UserTier(String databaseValue) {
        this.databaseValue = databaseValue;
    }

    @Override
    public String databaseValue() {
        return databaseValue;
    }

    /**
     * The original's lenient parse, kept for input from older clients: {@code pro} is an alias of
     * {@code professional}, case is ignored, and anything unrecognised is the safe lowest tier.
     */
    public static UserTier parseLenient(String value) {
        String normalized = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return switch (normalized) {
            case "professional", "pro" -> PROFESSIONAL;
            case "enterprise" -> ENTERPRISE;
            default -> STARTER;
        };
    }

    @Converter
    public static class JpaConverter extends DatabaseCodeConverter<UserTier> {
        public JpaConverter() {
            super(UserTier.class);
        }
    }
}
