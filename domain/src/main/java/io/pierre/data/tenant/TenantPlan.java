package io.pierre.data.tenant;

import io.pierre.data.db.DatabaseCode;
import io.pierre.data.db.DatabaseCodeConverter;
import jakarta.persistence.Converter;

/** Commercial plan of a tenant. */
public enum TenantPlan implements DatabaseCode {
    STARTER("starter"),
    PROFESSIONAL("professional"),
    ENTERPRISE("enterprise");

    private final String databaseValue;

    TenantPlan(String databaseValue) {
        this.databaseValue = databaseValue;
    }

    @Override
    public String databaseValue() {
        return databaseValue;
    }

    @Converter
    public static class JpaConverter extends DatabaseCodeConverter<TenantPlan> {
        public JpaConverter() {
            super(TenantPlan.class);
        }
    }
}
