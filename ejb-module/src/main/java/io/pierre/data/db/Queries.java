package io.pierre.data.db;

import io.pierre.data.error.InvalidInputException;
import io.pierre.data.paging.Cursor;
import io.pierre.data.paging.CursorPage;
import io.pierre.data.paging.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Small helpers the JPA repositories share. Queries with optional filters are criteria queries built by
 * {@link #newestFirst}, and keyset pages (whose cursor is such a filter) by {@link #newestFirstPage}; every other
 * query is a named JPQL query on its entity.
 */
public final class Queries {

    private Queries() {}

    /**
     * The first result, or empty: for lookups by unique keys. A one-element list, not {@code getResultStream()}:
     * Hibernate runs a stream as a scrollable result, which costs a lookup about 50 µs more (BENCHMARKS.md, case 1).
     */
    public static <T> Optional<T> first(TypedQuery<T> query) {
        List<T> results = query.setMaxResults(1).getResultList();
        return results.isEmpty() ? Optional.empty() : Optional.of(results.get(0));
    }

    /**
     * A criteria query of {@code type}, newest first by {@code timeAttribute} and then {@code id}, restricted by every
     * condition {@code filters} gives; a {@code null} condition is a filter the caller did not ask for and is left out.
     */
    public static <T> TypedQuery<T> newestFirst(
            EntityManager em,
            Class<T> type,
            String timeAttribute,
            BiFunction<CriteriaBuilder, Root<T>, Stream<Predicate>> filters) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> query = cb.createQuery(type);
        Root<T> root = query.from(type);
        query.where(filters.apply(cb, root).filter(Objects::nonNull).toArray(Predicate[]::new))
                .orderBy(cb.desc(root.get(timeAttribute)), cb.desc(root.get("id")));
        return em.createQuery(query);
    }

    /**
     * One keyset page of {@code type}, newest first by {@code timeAttribute} and then {@code id}: the rows that match
     * every condition {@code filters} gives (null ones left out) and sort after the request's cursor. A row inserted
     * after a page was read sorts before its cursor, so it shows on no later page, and no row shows on two.
     *
     * @throws InvalidInputException when the cursor's id is not a UUID (every paged entity has a UUID id)
     */
    public static <T> CursorPage<T> newestFirstPage(
            EntityManager em,
            Class<T> type,
            String timeAttribute,
            Function<T, Instant> timeOf,
            Function<T, UUID> idOf,
            BiFunction<CriteriaBuilder, Root<T>, Stream<Predicate>> filters,
            PageRequest page) {
        Optional<Cursor> after = page.after();
        List<T> fetched = newestFirst(
                        em,
                        type,
                        timeAttribute,
                        (cb, root) -> Stream.concat(
                                filters.apply(cb, root),
                                after.map(cursor -> sortsAfter(cb, root, timeAttribute, cursor)).stream()))
                .setMaxResults(page.limit() + 1)
                .getResultList();
        return CursorPage.fromFetched(
                fetched,
                page.limit(),
                row -> new Cursor(timeOf.apply(row), idOf.apply(row).toString()));
    }

    /**
     * {@code time < t or (time = t and id < i)}, written as {@code time <= t and (time < t or id < i)}: the same rows,
     * but an index on the time column can start its scan at the cursor instead of reading every newer row.
     */
    private static <T> Predicate sortsAfter(CriteriaBuilder cb, Root<T> root, String timeAttribute, Cursor cursor) {
        Path<Instant> time = root.get(timeAttribute);
        Path<UUID> id = root.get("id");
        return cb.and(
                cb.lessThanOrEqualTo(time, cursor.createdAt()),
                cb.or(cb.lessThan(time, cursor.createdAt()), cb.lessThan(id, cursorId(cursor))));
    }

    private static UUID cursorId(Cursor cursor) {
        try {
            return UUID.fromString(cursor.id());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Invalid cursor format");
        }
    }

    /**
     * {@code query} limited to {@code limit} results after skipping {@code offset} (either null: no limit, no skip).
     *
     * @throws InvalidInputException for a negative limit or offset
     */
    public static <T> TypedQuery<T> window(TypedQuery<T> query, Integer limit, Integer offset) {
        if ((limit != null && limit < 0) || (offset != null && offset < 0)) {
            throw new InvalidInputException("limit and offset must not be negative");
        }
        if (limit != null) {
            query.setMaxResults(limit);
        }
        if (offset != null) {
            query.setFirstResult(offset);
        }
        return query;
    }
}
