package io.pierre.data.api.admin;

import io.pierre.data.error.InvalidInputException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Optional query parameters parsed by hand: JAX-RS answers an unconvertible query parameter with 404, which tells
 * the caller the resource is missing when in fact one parameter is malformed; these give a 400 naming it.
 */
final class QueryParams {

    private QueryParams() {}

    static Instant instant(String text, Instant fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("Times are ISO-8601 instants such as 2026-02-15T13:00:00Z, was: " + text);
        }
    }

    static UUID uuidOrNull(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    name + " must be a UUID such as 1b4e28ba-2fa1-11d2-883f-0016d3cca427, was: " + text);
        }
    }
}
