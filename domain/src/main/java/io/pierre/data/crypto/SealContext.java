package io.pierre.data.crypto;

import java.util.List;
import java.util.Objects;

/**
 * Where a sealed value belongs: table, column and the row's natural identity (tenant, user, provider, or a
 * natural key such as {@code secret_type}). Built by the entity from its own fields, never from the stored
 * envelope, and bound into the AAD so a ciphertext moved anywhere else fails to open.
 */
public record SealContext(String table, String column, List<String> identity) {

    public SealContext {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        identity = List.copyOf(identity);
    }

    public static SealContext of(String table, String column, Object... identity) {
        return new SealContext(
                table,
                column,
                java.util.Arrays.stream(identity).map(String::valueOf).toList());
    }

    /** Names the place, never the value: safe for messages and logs. */
    public String place() {
        return table + "." + column;
    }
}
