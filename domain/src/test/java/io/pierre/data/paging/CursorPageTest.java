package io.pierre.data.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CursorPageTest {

    private static Cursor cursorOf(Integer item) {
        return new Cursor(Instant.ofEpochMilli(item), "id-" + item);
    }

    @Test
    void emptyPageHasNothing() {
        CursorPage<String> empty = CursorPage.empty();
        assertEquals(0, empty.count());
        assertFalse(empty.hasMore());
        assertTrue(empty.nextCursor().isEmpty());
    }

    @Test
    void anExtraFetchedRowMeansMoreAndPointsTheCursorAtTheLastReturnedItem() {
        CursorPage<Integer> page = CursorPage.fromFetched(List.of(30, 20, 10), 2, CursorPageTest::cursorOf);
        assertEquals(List.of(30, 20), page.items());
        assertEquals(2, page.count());
        assertTrue(page.hasMore());
        assertEquals(Optional.of(cursorOf(20).encode()), page.nextCursor());
    }

    @Test
    void noExtraRowMeansLastPageWithoutCursor() {
        CursorPage<Integer> page = CursorPage.fromFetched(List.of(30, 20), 2, CursorPageTest::cursorOf);
        assertEquals(page.items().size(), page.count());
        assertFalse(page.hasMore());
        assertTrue(page.nextCursor().isEmpty());
    }
}
