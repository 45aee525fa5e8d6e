package io.pierre.data.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pierre.data.db.Timestamps;
import io.pierre.data.paging.CursorPage;
import io.pierre.data.paging.PageRequest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The keyset-paging contract, checked the same way for every paged repository method: pages are newest first with the
 * id breaking ties between rows of the same millisecond, no row shows on two pages, every row shows once, the last
 * page says there is no more, and a row inserted after the first page was read shows on no later page.
 */
public final class KeysetPaging {

    private KeysetPaging() {}

    /**
     * Creates five rows that the page lists (the first three in one millisecond, so only their ids order them), pages
     * through them two at a time, inserting one more row after the first page, and checks the contract.
     *
     * @param createRow creates one row the page lists and returns its id
     * @param pageOf the paged repository method, restricted to what {@code createRow} creates
     */
    public static <T> void assertNewestFirstPagesOfTwo(
            Supplier<UUID> createRow, Function<PageRequest, CursorPage<T>> pageOf, Function<T, UUID> idOf) {
        // Three rows in one millisecond, older than anything the running clock gives, then two rows one after the
        // other.
        List<UUID> tied = new ArrayList<>();
        Clock running = Timestamps.useClock(Clock.fixed(Timestamps.now().minusSeconds(60), ZoneOffset.UTC));
        try {
            for (int i = 0; i < 3; i++) {
                tied.add(createRow.get());
            }
        } finally {
            Timestamps.useClock(running);
        }
        UUID older = createRow.get();
        UUID newer = createRow.get();
        List<UUID> newestFirst = new ArrayList<>(List.of(newer, older));
        // Both databases order UUIDs by their bytes, which is the order of their lowercase text.
        tied.stream().sorted(Comparator.comparing(UUID::toString).reversed()).forEach(newestFirst::add);

        CursorPage<T> first = pageOf.apply(PageRequest.first(2));
        UUID late = createRow.get();
        List<CursorPage<T>> pages = new ArrayList<>(List.of(first));
        while (pages.get(pages.size() - 1).hasMore()) {
            String cursor = pages.get(pages.size() - 1).nextCursor().orElseThrow();
            pages.add(pageOf.apply(PageRequest.after(cursor, 2)));
        }

        assertEquals(List.of(2, 2, 1), pages.stream().map(CursorPage::count).toList(), "page sizes");
        List<UUID> listed =
                pages.stream().flatMap(page -> page.items().stream()).map(idOf).toList();
        assertEquals(newestFirst, listed, "every row once, newest first, the id breaking ties");
        assertFalse(listed.contains(late), "a row inserted after the first page shows on no later page");
        assertTrue(pages.get(2).nextCursor().isEmpty(), "the last page has no cursor");
        assertEquals(
                Collections.nCopies(pages.size() - 1, true),
                pages.subList(0, pages.size() - 1).stream()
                        .map(CursorPage::hasMore)
                        .toList());
    }
}
