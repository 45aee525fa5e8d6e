package io.pierre.data.insight;

import io.pierre.data.error.InvalidInputException;
import java.util.List;
import java.util.UUID;

/** Insights (spec §3.7). */
public interface InsightRepository {

    /** Default number of insights {@link #list} returns. */
    int DEFAULT_LIMIT = 50;

    /**
     * Stores an insight (a JSON object); its type is the document's string {@code "type"}, else {@code "general"}.
     *
     * @throws InvalidInputException if it is not a JSON object
     */
    UUID store(UUID userId, String insightJson);

    /**
     * The user's insights newest first, of {@code type} when given (the original's SQLite ignored the filter), at
     * most {@code limit} (default {@value #DEFAULT_LIMIT}).
     */
    List<String> list(UUID userId, String type, Integer limit);
}
