package io.pierre.data.db;

import jakarta.persistence.TypedQuery;
import java.util.Optional;

/** Small helpers the JPA repositories share. */
public final class Queries {

    private Queries() {
    }

    /** The first result, or empty: for lookups by unique keys. */
    public static <T> Optional<T> first(TypedQuery<T> query) {
        return query.setMaxResults(1).getResultStream().findFirst();
    }
}
