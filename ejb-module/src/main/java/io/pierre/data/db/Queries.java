package io.pierre.data.db;

import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** Small helpers the JPA repositories share. */
public final class Queries {

    private Queries() {
    }

    /**
     * The first result, or empty: for lookups by unique keys. A one-element list, not {@code getResultStream()}:
     * Hibernate runs a stream as a scrollable result, which costs a lookup about 50 µs more (BENCHMARKS.md, case 1).
     */
    public static <T> Optional<T> first(TypedQuery<T> query) {
        List<T> results = query.setMaxResults(1).getResultList();
        return results.isEmpty() ? Optional.empty() : Optional.of(results.get(0));
    }
}
