package io.pierre.data.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CursorTest {

    private static String base64(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void encodeThenDecodeKeepsMillisecondsAndId() {
        Cursor cursor = new Cursor(Instant.ofEpochMilli(1_771_160_645_123L), "3f1c2b1e-0000-4000-8000-000000000001");
        assertEquals(Optional.of(cursor), Cursor.decode(cursor.encode()));
    }

    @Test
    void wireFormIsUnpaddedBase64UrlOfMillisColonId() {
        Cursor cursor = new Cursor(Instant.ofEpochMilli(42), "abc");
        assertEquals(base64("42:abc"), cursor.encode());
        assertFalse(cursor.encode().contains("="));
    }

    @Test
    void idsMayContainColonsBecauseDecodingSplitsOnTheFirstOne() {
        assertEquals(Optional.of(new Cursor(Instant.ofEpochMilli(7), "a:b:c")), Cursor.decode(base64("7:a:b:c")));
    }

    @Test
    void garbageDecodesToNothing() {
        assertTrue(Cursor.decode("!!!not base64!!!").isEmpty());
        assertTrue(Cursor.decode(base64("no-colon-here")).isEmpty());
        assertTrue(Cursor.decode(base64("notanumber:id")).isEmpty());
        assertTrue(Cursor.decode(base64(":id")).isEmpty());
        assertTrue(Cursor.decode(base64("12:")).isEmpty());
        assertTrue(Cursor.decode("").isEmpty());
        assertTrue(Cursor.decode(null).isEmpty());
    }
}
