package io.pierre.data.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * Position after the last row of a page, as the sort key of that row: its creation instant (milliseconds) and
 * its id, which breaks ties between rows created in the same millisecond.
 *
 * <p>Wire form (kept from the original so cursors stay opaque and compatible):
 * {@code base64url-without-padding("<epoch millis>:<id>")}. Decoding splits on the first colon, so ids may
 * contain colons.
 */
public record Cursor(Instant createdAt, String id) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public Cursor {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(id, "id");
    }

    public String encode() {
        String raw = createdAt.toEpochMilli() + ":" + id;
        return ENCODER.encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor {@code text} encodes, or empty when it is not one (bad base64, no colon, bad number). */
    public static Optional<Cursor> decode(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        try {
            String raw = new String(DECODER.decode(text), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            if (colon <= 0 || colon == raw.length() - 1) {
                return Optional.empty();
            }
            long millis = Long.parseLong(raw.substring(0, colon));
            return Optional.of(new Cursor(Instant.ofEpochMilli(millis), raw.substring(colon + 1)));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
