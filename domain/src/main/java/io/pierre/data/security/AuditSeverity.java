package io.pierre.data.security;

import io.pierre.data.db.DatabaseCode;
import io.pierre.data.db.DatabaseCodeConverter;
import jakarta.persistence.Converter;

/** Severity of an audit event; stored as the original's PascalCase names, read leniently (unknown: Info). */
public enum AuditSeverity implements DatabaseCode {
    INFO("Info"),
    WARNING("Warning"),
    ERROR("Error"),
    CRITICAL("Critical");

    private final String databaseValue;

    AuditSeverity(String databaseValue) {
        this.databaseValue = databaseValue;
    }

    @Override
    public String databaseValue() {
        return databaseValue;
    }

    @Converter
    public static class JpaConverter extends DatabaseCodeConverter<AuditSeverity> {
        public JpaConverter() {
            super(AuditSeverity.class, INFO);
        }
    }
}
