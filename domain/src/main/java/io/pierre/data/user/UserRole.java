package io.pierre.data.user;

import io.pierre.data.db.DatabaseCode;
import io.pierre.data.db.DatabaseCodeConverter;
import jakarta.persistence.Converter;

/** Platform-wide role of a user (tenant roles live in tenant membership). */
public enum UserRole implements DatabaseCode {
    USER("user"),
    ADMIN("admin"),
    SUPER_ADMIN("super_admin");

    private final String databaseValue;

    UserRole(String databaseValue) {
        this.databaseValue = databaseValue;
    }

    @Override
    public String databaseValue() {
        return databaseValue;
    }

    public boolean isAdministrative() {
        return this != USER;
    }

    /** The original's lenient parse: the two admin roles by name, anything else is the least privileged role. */
    public static UserRole parseLenient(String value) {
        if (SUPER_ADMIN.databaseValue.equals(value)) {
            return SUPER_ADMIN;
        }
        return ADMIN.databaseValue.equals(value) ? ADMIN : USER;
    }

    @Converter
    public static class JpaConverter extends DatabaseCodeConverter<UserRole> {
        public JpaConverter() {
            super(UserRole.class);
        }
    }
}
