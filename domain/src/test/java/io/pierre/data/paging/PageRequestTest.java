package io.pierre.data.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pierre.data.error.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void noCursorMeansTheFirstPage() {
        assertTrue(PageRequest.after(null, 10).after().isEmpty());
        assertTrue(PageRequest.after("", 10).after().isEmpty());
    }

    @Test
    void aValidCursorIsDecoded() {
        Cursor cursor = new Cursor(Instant.ofEpochMilli(5), "id");
        assertEquals(cursor, PageRequest.after(cursor.encode(), 10).after().orElseThrow());
    }

    @Test
    void aMalformedCursorIsInvalidInput() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PageRequest.after("garbage", 10));
        assertEquals("Invalid cursor format", e.getMessage());
    }

    @Test
    void limitMustBeWithinBounds() {
        assertThrows(InvalidInputException.class, () -> PageRequest.first(0));
        assertThrows(InvalidInputException.class, () -> PageRequest.first(PageRequest.MAX_LIMIT + 1));
        assertEquals(
                PageRequest.MAX_LIMIT, PageRequest.first(PageRequest.MAX_LIMIT).limit());
    }
}
