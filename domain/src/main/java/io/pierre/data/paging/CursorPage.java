package io.pierre.data.paging;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of results. {@code nextCursor} is present exactly when {@code hasMore}: it points after the last
 * item, so rows inserted later (which sort first) never shift the following pages.
 */
public record CursorPage<T>(List<T> items, Optional<String> nextCursor, boolean hasMore) {

    public CursorPage {
        items = List.copyOf(items);
    }

    public static <T> CursorPage<T> empty() {
        return new CursorPage<>(List.of(), Optional.empty(), false);
    }

    /**
     * Builds a page from up to {@code limit + 1} fetched rows: the extra row only signals that more exist.
     *
     * @param cursorOf the sort key of an item, used for the last returned item when more rows exist
     */
    public static <T> CursorPage<T> fromFetched(List<T> fetched, int limit, Function<T, Cursor> cursorOf) {
        if (fetched.size() <= limit) {
            return new CursorPage<>(fetched, Optional.empty(), false);
        }
        List<T> items = fetched.subList(0, limit);
        return new CursorPage<>(
                items, Optional.of(cursorOf.apply(items.get(limit - 1)).encode()), true);
    }

    public int count() {
        return items.size();
    }
}
