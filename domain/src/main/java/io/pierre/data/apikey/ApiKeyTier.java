package io.pierre.data.apikey;

import io.pierre.data.db.DatabaseCode;
import io.pierre.data.db.DatabaseCodeConverter;
import jakarta.persistence.Converter;
import java.time.Duration;
import java.util.OptionalInt;

/** Tier of an API key, with its monthly request quota (enterprise: unlimited) over a 30-day window. */
public enum ApiKeyTier implements DatabaseCode {
    TRIAL("trial", 1_000),
    STARTER("starter", 10_000),
    PROFESSIONAL("professional", 100_000),
    ENTERPRISE("enterprise", -1);

    public static final Duration RATE_WINDOW = Duration.ofDays(30);
    public static final Duration TRIAL_PERIOD = Duration.ofDays(14);

    private final String databaseValue;
    private final int monthlyLimit;

    ApiKeyTier(String databaseValue, int monthlyLimit) {
        this.databaseValue = databaseValue;
        this.monthlyLimit = monthlyLimit;
    }

    @Override
    public String databaseValue() {
        return databaseValue;
    }

    /** Requests per {@link #RATE_WINDOW}; empty means unlimited. */
    public OptionalInt monthlyLimit() {
        return monthlyLimit < 0 ? OptionalInt.empty() : OptionalInt.of(monthlyLimit);
    }

    @Converter
    public static class JpaConverter extends DatabaseCodeConverter<ApiKeyTier> {
        public JpaConverter() {
            super(ApiKeyTier.class);
        }
    }
}
