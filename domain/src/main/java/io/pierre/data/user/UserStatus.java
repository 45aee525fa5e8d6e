package io.pierre.data.user;

import io.pierre.data.db.DatabaseCode;
import io.pierre.data.db.DatabaseCodeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Optional;

/**
 * Account lifecycle. New users are {@link #PENDING} until an admin approves them.
 *
 * <p>There is deliberately no lenient parse: the original turned any unknown string into {@code active}, which
 * would let a typo approve an account. {@link #parse} returns empty instead and the caller decides.
 */
public enum UserStatus implements DatabaseCode {
    PENDING("pending"),
    ACTIVE("active"),
    SUSPENDED("suspended");

    private final String databaseValue;

    UserStatus(String databaseValue) {
        this.databaseValue = databaseValue;
    }

    @Override
    public String databaseValue() {
        return databaseValue;
    }

    /** The status whose database string is exactly {@code value}, or empty. */
    public static Optional<UserStatus> parse(String value) {
        return Arrays.stream(values())
                .filter(s -> s.databaseValue.equals(value))
                .findFirst();
    }

    @Converter
    public static class JpaConverter extends DatabaseCodeConverter<UserStatus> {
        public JpaConverter() {
            super(UserStatus.class);
        }
    }
}
