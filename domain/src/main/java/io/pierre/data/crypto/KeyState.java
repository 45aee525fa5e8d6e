package io.pierre.data.crypto;

import io.pierre.data.db.DatabaseCode;
import io.pierre.data.db.DatabaseCodeConverter;
import jakarta.persistence.Converter;

/**
 * Life of a data-key version (Tink's add → promote → retire): {@link #DECRYPT_ONLY} keys open values but seal
 * nothing, the single {@link #PRIMARY} key seals new values, {@link #RETIRED} keys open nothing.
 */
public enum KeyState implements DatabaseCode {
    DECRYPT_ONLY("decrypt_only"),
    PRIMARY("primary"),
    RETIRED("retired");

    private final String databaseValue;

    KeyState(String databaseValue) {
        this.databaseValue = databaseValue;
    }

    @Override
    public String databaseValue() {
        return databaseValue;
    }

    @Converter
    public static class JpaConverter extends DatabaseCodeConverter<KeyState> {
        public JpaConverter() {
            super(KeyState.class);
        }
    }
}
