package io.pierre.data.a2a;

import io.pierre.data.db.DatabaseCode;
import io.pierre.data.db.DatabaseCodeConverter;
import jakarta.persistence.Converter;

/** Lifecycle of an A2A task; completed, failed and cancelled are final. */
public enum TaskStatus implements DatabaseCode {
    PENDING,
    RUNNING,
    COMPLETED,
    FAILED,
    CANCELLED;

    @Override
    public String databaseValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isFinal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }

    @Converter
    public static class JpaConverter extends DatabaseCodeConverter<TaskStatus> {
        public JpaConverter() {
            super(TaskStatus.class);
        }
    }
}
