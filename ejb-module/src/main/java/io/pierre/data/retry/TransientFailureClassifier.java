package io.pierre.data.retry;

import io.pierre.data.db.SqlFailures;
import java.sql.SQLException;
import java.util.Optional;
import javax.transaction.xa.XAException;

/**
 * Decides whether a failure is transient by the database's own error code on the root {@link SQLException}
 * whenever there is one, never by wrapper type: Hibernate reports deadlocks and serialization failures as
 * {@code OptimisticLockException}, and a PostgreSQL 40001 at COMMIT reaches the caller as a
 * {@code RollbackException} with no Hibernate exception in the chain at all. Only with no SQL error beneath is
 * an optimistic conflict recognised by type: Hibernate's {@code StaleStateException}, or a JPA
 * {@code OptimisticLockException} that a repository throws itself (a row it was about to insert was inserted by
 * a concurrent call first).
 *
 * <p>Never transient: constraint violations, query cancellation (57014), connection loss (class 08), SQLite
 * errors other than BUSY/LOCKED (notably SQLITE_ERROR "cannot commit - no transaction is active", after which
 * the write may have landed), and anything unknown.
 */
public final class TransientFailureClassifier {

    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;

    private TransientFailureClassifier() {}

    public static Optional<TransientFailure> classify(Throwable failure) {
        Optional<SQLException> root = SqlFailures.rootSqlException(failure);
        if (root.isPresent()) {
            return classify(root.get());
        }
        if (isVersionConflict(failure)) {
            return Optional.of(TransientFailure.VERSION_CONFLICT);
        }
        return commitFailureReportedOnlyAsText(failure);
    }

    /**
     * Payara's transaction manager reports a failed one-phase commit as an {@link XAException} that carries the
     * driver's failure only as text (no cause), so PostgreSQL's SQLState is lost there. PostgreSQL's own wording
     * (English, the server default) still tells a serialization failure and a deadlock apart; anything else, or
     * another server language, stays non-transient.
     */
    private static Optional<TransientFailure> commitFailureReportedOnlyAsText(Throwable failure) {
        Optional<String> commitText = SqlFailures.causes(failure)
                .filter(cause -> cause instanceof XAException && cause.getMessage() != null)
                .map(Throwable::getMessage)
                .findFirst();
        if (commitText
                .filter(text -> text.contains("could not serialize access"))
                .isPresent()) {
            return Optional.of(TransientFailure.POSTGRESQL_SERIALIZATION_FAILURE);
        }
        if (commitText.filter(text -> text.contains("deadlock detected")).isPresent()) {
            return Optional.of(TransientFailure.POSTGRESQL_DEADLOCK);
        }
        return Optional.empty();
    }

    private static Optional<TransientFailure> classify(SQLException root) {
        String state = root.getSQLState();
        if (state != null) {
            return switch (state) {
                case "40001" -> Optional.of(TransientFailure.POSTGRESQL_SERIALIZATION_FAILURE);
                case "40P01" -> Optional.of(TransientFailure.POSTGRESQL_DEADLOCK);
                case "55P03" -> Optional.of(TransientFailure.POSTGRESQL_LOCK_NOT_AVAILABLE);
                default -> Optional.empty();
            };
        }
        if (root.getClass().getName().startsWith("org.sqlite.")) {
            int primaryCode = root.getErrorCode() & 0xff;
            if (primaryCode == SQLITE_BUSY) {
                return Optional.of(TransientFailure.SQLITE_BUSY);
            }
            if (primaryCode == SQLITE_LOCKED) {
                return Optional.of(TransientFailure.SQLITE_LOCKED);
            }
        }
        return Optional.empty();
    }

    /** Hibernate's stale-state check, or a repository's own optimistic conflict (JPA's exception, no SQL error). */
    private static boolean isVersionConflict(Throwable failure) {
        return SqlFailures.causes(failure)
                .anyMatch(cause -> cause instanceof org.hibernate.StaleStateException
                        || cause instanceof jakarta.persistence.OptimisticLockException);
    }
}
