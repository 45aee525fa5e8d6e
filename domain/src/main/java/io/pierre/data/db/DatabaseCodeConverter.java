package io.pierre.data.db;

import jakarta.persistence.AttributeConverter;

/**
 * Stores an enum as its {@link DatabaseCode}. Reading is strict: the CHECK constraints allow only known codes,
 * so an unknown one means the row was written by something else and must not be guessed at.
 */
public abstract class DatabaseCodeConverter<E extends Enum<E> & DatabaseCode> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected DatabaseCodeConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.databaseValue();
    }

    @Override
    public E convertToEntityAttribute(String code) {
        return code == null ? null : fromCode(type, code);
    }

    /** The constant whose database value is exactly {@code code}. */
    public static <E extends Enum<E> & DatabaseCode> E fromCode(Class<E> type, String code) {
        for (E constant : type.getEnumConstants()) {
            if (constant.databaseValue().equals(code)) {
                return constant;
            }
        }
        throw new IllegalStateException("Unknown " + type.getSimpleName() + " code in the database: " + code);
    }
}
