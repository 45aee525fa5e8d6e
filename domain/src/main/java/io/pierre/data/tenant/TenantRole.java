package io.pierre.data.tenant;

import io.pierre.data.db.DatabaseCode;
import io.pierre.data.db.DatabaseCodeConverter;
import jakarta.persistence.Converter;

/** Role of a member inside one tenant. */
public enum TenantRole implements DatabaseCode {
    OWNER("owner"),
    ADMIN("admin"),
    MEMBER("member"),
    VIEWER("viewer");

    private final String databaseValue;

    TenantRole(String databaseValue) {
        this.databaseValue = databaseValue;
    }

    @Override
    public String databaseValue() {
        return databaseValue;
    }

    @Converter
    public static class JpaConverter extends DatabaseCodeConverter<TenantRole> {
        public JpaConverter() {
            super(TenantRole.class);
        }
    }
}
