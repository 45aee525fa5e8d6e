package io.pierre.data.db;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Classifies database failures by the driver's own {@link SQLException}, never by wrapper types: Hibernate, JPA
 * and the transaction manager wrap the same failure differently depending on where it surfaced (statement,
 * flush or commit). PostgreSQL reports SQLStates; sqlite-jdbc reports no SQLState, only SQLite result codes.
 */
public final class SqlFailures {

    private static final int SQLITE_CONSTRAINT = 19;

    private SqlFailures() {}

    /**
     * The innermost {@link SQLException} reachable from {@code failure} through causes, suppressed exceptions
     * and {@link SQLException#getNextException()} chains.
     */
    public static Optional<SQLException> rootSqlException(Throwable failure) {
        SQLException deepest = null;
        Deque<Throwable> pending = new ArrayDeque<>();
        Set<Throwable> seen = new HashSet<>();
        pending.add(failure);
        while (!pending.isEmpty()) {
            Throwable current = pending.poll();
            if (!seen.add(current)) {
                continue;
            }
            if (current instanceof SQLException sql) {
                deepest = sql;
                addIfPresent(pending, sql.getNextException());
            }
            addIfPresent(pending, current.getCause());
            for (Throwable suppressed : current.getSuppressed()) {
                addIfPresent(pending, suppressed);
            }
        }
        return Optional.ofNullable(deepest);
    }

    private static void addIfPresent(Deque<Throwable> pending, Throwable next) {
        if (next != null) {
            pending.add(next);
        }
    }

    public static boolean isUniqueViolation(Throwable failure) {
        return rootSqlException(failure)
                .filter(e -> "23505".equals(e.getSQLState())
                        || isSqliteConstraint(e, "UNIQUE constraint failed")
                        || isSqliteConstraint(e, "PRIMARY KEY constraint failed")
                        || isSqliteConstraint(e, "SQLITE_CONSTRAINT_PRIMARYKEY"))
                .isPresent();
    }

    public static boolean isForeignKeyViolation(Throwable failure) {
        return rootSqlException(failure)
                .filter(e -> "23503".equals(e.getSQLState()) || isSqliteConstraint(e, "FOREIGN KEY constraint failed"))
                .isPresent();
    }

    /**
     * Whether the database could not be reached: the pool could not hand out a connection (a {@code jakarta.resource}
     * failure, whatever the driver said behind it, e.g. PostgreSQL's "not currently accepting connections"), or the
     * driver reports SQLState class 08 (connection exception) or 57P (the server shut the session down).
     */
    public static boolean isConnectionFailure(Throwable failure) {
        if (causes(failure).anyMatch(cause -> cause.getClass().getName().startsWith("jakarta.resource."))) {
            return true;
        }
        return rootSqlException(failure)
                .map(SQLException::getSQLState)
                .filter(state -> state != null && (state.startsWith("08") || state.startsWith("57P")))
                .isPresent();
    }

    /** {@code failure} and its causes, outermost first (a cause that is its own cause ends the chain). */
    public static Stream<Throwable> causes(Throwable failure) {
        return Stream.iterate(
                failure,
                current -> current != null,
                current -> current.getCause() == current ? null : current.getCause());
    }

    /** Whether the driver's message names {@code column} or a constraint containing it (both databases do). */
    public static boolean mentions(Throwable failure, String column) {
        return rootSqlException(failure)
                .map(SQLException::getMessage)
                .filter(m -> m != null && m.contains(column))
                .isPresent();
    }

    private static boolean isSqliteConstraint(SQLException e, String messagePart) {
        return e.getSQLState() == null
                && (e.getErrorCode() & 0xff) == SQLITE_CONSTRAINT
                && e.getMessage() != null
                && e.getMessage().contains(messagePart);
    }
}
