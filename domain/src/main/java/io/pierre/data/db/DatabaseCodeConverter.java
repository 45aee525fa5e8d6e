package io.pierre.data.db;

import jakarta.persistence.AttributeConverter;

/**
 * Stores an enum as its {@link DatabaseCode}. Reading is strict by default: the CHECK constraints allow only known
 * codes, so an unknown one means the row was written by something else and must not be guessed at. Columns that
 * the original read leniently (audit event types) name a fallback instead.
 */
public abstract class DatabaseCodeConverter<E extends Enum<E> & DatabaseCode> implements AttributeConverter<E, String> {

    private final Class<E> type;
    private final E fallbackForUnknown;

    protected DatabaseCodeConverter(Class<E> type) {
        this(type, null);
    }

    protected DatabaseCodeConverter(Class<E> type, E fallbackForUnknown) {
        this.type = type;
        this.fallbackForUnknown = fallbackForUnknown;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.databaseValue();
    }

    @Override
    public E convertToEntityAttribute(String code) {
        if (code == null) {
            return null;
        }
        if (fallbackForUnknown != null) {
            return java.util.Arrays.stream(type.getEnumConstants())
                    .filter(c -> c.databaseValue().equals(code))
                    .findFirst()
                    .orElse(fallbackForUnknown);
        }
        return fromCode(type, code);
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
