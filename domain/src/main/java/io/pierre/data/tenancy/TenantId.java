package io.pierre.data.tenancy;

import io.pierre.data.error.InvalidInputException;
import java.util.Objects;
import java.util.UUID;

/** Identity of a tenant. A distinct type so a user id can never be passed where a tenant id is meant. */
public record TenantId(UUID value) {

    public TenantId {
        Objects.requireNonNull(value, "value");
    }

    public static TenantId random() {
        return new TenantId(UUID.randomUUID());
    }

    /** Parses the hyphenated form; anything else is invalid input. */
    public static TenantId parse(String text) {
        try {
            return new TenantId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("Tenant id must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
