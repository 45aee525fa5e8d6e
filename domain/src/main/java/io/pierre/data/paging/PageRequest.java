package io.pierre.data.paging;

import io.pierre.data.error.InvalidInputException;
import java.util.Optional;

/**
 * What page to fetch: after an optional cursor, at most {@code limit} items. Pages only go forward (newest
 * first); the original accepted a direction and ignored it, so this type has none.
 */
public record PageRequest(Optional<Cursor> after, int limit) {

    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("Page limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        after = after == null ? Optional.empty() : after;
    }

    public static PageRequest first(int limit) {
        return new PageRequest(Optional.empty(), limit);
    }

    /**
     * The page after {@code cursorText} (an opaque cursor from a previous page; null or empty means the first page).
     *
     * @throws InvalidInputException if the cursor is malformed
     */
    public static PageRequest after(String cursorText, int limit) {
        if (cursorText == null || cursorText.isEmpty()) {
            return first(limit);
        }
        Cursor cursor = Cursor.decode(cursorText).orElseThrow(() -> new InvalidInputException("Invalid cursor format"));
        return new PageRequest(Optional.of(cursor), limit);
    }
}
