package io.pierre.data.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.transaction.xa.XAException;
import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.LockAcquisitionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The classifier against the drivers' own exceptions: SQLite's are raised by a real SQLite, PostgreSQL's are
 * built from the error fields the server sends (the driver's own parser, as on the wire), wrapped the way
 * Hibernate and the transaction manager wrap them in the container (stack-notes Part 2).
 */
class TransientFailureClassifierTest {

    @TempDir
    Path folder;

    private static PSQLException postgresql(String sqlState, String message) {
        return new PSQLException(new ServerErrorMessage("SERROR\0C" + sqlState + "\0M" + message + "\0"));
    }

    /** Like Hibernate inside the JPA layer, then the transaction manager at commit. */
    private static Exception asSeenAtCommit(SQLException root) {
        return new Exception(
                "ARJUNA016053: Could not commit transaction.",
                new jakarta.persistence.OptimisticLockException(
                        new LockAcquisitionException("could not execute statement", root)));
    }

    @Test
    void postgresqlSerializationDeadlockAndLockTimeoutAreTransient() {
        assertEquals(
                Optional.of(TransientFailure.POSTGRESQL_SERIALIZATION_FAILURE),
                TransientFailureClassifier.classify(asSeenAtCommit(postgresql("40001", "could not serialize access"))));
        assertEquals(
                Optional.of(TransientFailure.POSTGRESQL_DEADLOCK),
                TransientFailureClassifier.classify(asSeenAtCommit(postgresql("40P01", "deadlock detected"))));
        assertEquals(
                Optional.of(TransientFailure.POSTGRESQL_LOCK_NOT_AVAILABLE),
                TransientFailureClassifier.classify(postgresql("55P03", "could not obtain lock")));
    }

    @Test
    void aSerializationFailureAtCommitWithoutAnyHibernateExceptionIsTransient() {
        Exception commit = new Exception(
                "ARJUNA016053",
                new Exception(
                        "IJ001156: Could not commit local transaction",
                        new RuntimeException(
                                "SQLException", postgresql("40001", "canceled on identification as a pivot"))));
        assertEquals(
                Optional.of(TransientFailure.POSTGRESQL_SERIALIZATION_FAILURE),
                TransientFailureClassifier.classify(commit));
    }

    @Test
    void aCommitFailureThatPayaraReportsOnlyAsTextIsClassifiedByPostgresqlsWording() {
        XAException serialization =
                new XAException("jakarta.resource.spi.LocalTransactionException: ERROR: could not serialize access"
                        + " due to read/write dependencies among transactions");
        Exception commit = new Exception(
                "Transactional commit failed", new jakarta.transaction.SystemException(serialization.toString()));
        commit.getCause().initCause(serialization);
        assertEquals(
                Optional.of(TransientFailure.POSTGRESQL_SERIALIZATION_FAILURE),
                TransientFailureClassifier.classify(commit));
        assertEquals(
                Optional.of(TransientFailure.POSTGRESQL_DEADLOCK),
                TransientFailureClassifier.classify(
                        new XAException("LocalTransactionException: ERROR: deadlock detected")));
        assertEquals(
                Optional.empty(),
                TransientFailureClassifier.classify(new XAException("LocalTransactionException: ERROR: disk full")));
    }

    @Test
    void postgresqlConstraintViolationsCancellationAndConnectionLossAreNotTransient() {
        assertEquals(Optional.empty(), TransientFailureClassifier.classify(postgresql("23505", "duplicate key value")));
        assertEquals(
                Optional.empty(), TransientFailureClassifier.classify(postgresql("23503", "violates foreign key")));
        assertEquals(Optional.empty(), TransientFailureClassifier.classify(postgresql("57014", "canceling statement")));
        assertEquals(Optional.empty(), TransientFailureClassifier.classify(postgresql("08006", "connection failure")));
    }

    @Test
    void sqliteBusyFromARealSecondWriterIsTransient() throws SQLException {
        String url = "jdbc:sqlite:" + folder.resolve("busy.db") + "?busy_timeout=0";
        try (Connection holder = DriverManager.getConnection(url);
                Connection writer = DriverManager.getConnection(url)) {
            try (Statement ddl = holder.createStatement()) {
                ddl.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER)");
                ddl.execute("BEGIN IMMEDIATE");
                ddl.execute("INSERT INTO t (v) VALUES (1)");
            }
            SQLException busy = assertThrows(SQLException.class, () -> {
                try (Statement insert = writer.createStatement()) {
                    insert.execute("INSERT INTO t (v) VALUES (2)");
                }
            });
            assertEquals(
                    Optional.of(TransientFailure.SQLITE_BUSY),
                    TransientFailureClassifier.classify(asSeenAtCommit(busy)));
        }
    }

    @Test
    void sqliteConstraintAndOtherErrorsAreNotTransient() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("c.db"));
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE u (email TEXT UNIQUE)");
            statement.execute("INSERT INTO u VALUES ('a')");
            SQLException unique =
                    assertThrows(SQLException.class, () -> statement.execute("INSERT INTO u VALUES ('a')"));
            assertEquals(Optional.empty(), TransientFailureClassifier.classify(unique));
            SQLException syntax = assertThrows(SQLException.class, () -> statement.execute("SELEC 1"));
            assertEquals(Optional.empty(), TransientFailureClassifier.classify(syntax));
        }
        Files.deleteIfExists(folder.resolve("c.db"));
    }

    @Test
    void aVersionConflictWithoutADatabaseErrorIsTransientButUnknownFailuresAreNot() {
        assertEquals(
                Optional.of(TransientFailure.VERSION_CONFLICT),
                TransientFailureClassifier.classify(
                        new jakarta.persistence.OptimisticLockException(new StaleObjectStateException("User", 1))));
        assertEquals(
                Optional.of(TransientFailure.VERSION_CONFLICT),
                TransientFailureClassifier.classify(
                        new jakarta.persistence.OptimisticLockException("created by a concurrent call")));
        assertEquals(Optional.empty(), TransientFailureClassifier.classify(new IllegalStateException("bug")));
    }

    @Test
    void backoffDoublesFromTheInitialDelayWithinJitterAndRespectsTheCap() {
        RetryPolicy policy = new RetryPolicy(5, java.time.Duration.ofMillis(10), java.time.Duration.ofMillis(160));
        for (int retry = 1; retry <= 5; retry++) {
            long nominal = Math.min(10L << (retry - 1), 160);
            long delay = policy.delayBefore(retry).toMillis();
            assertEquals(true, delay >= nominal / 2 && delay <= nominal * 3 / 2, "retry " + retry + ": " + delay);
        }
        assertEquals(true, policy.delayBefore(20).toMillis() <= 240);
        assertEquals(100, RetryPolicy.POSTGRESQL.maxRetries());
        assertEquals(10, RetryPolicy.SQLITE.maxRetries());
        assertEquals(RetryPolicy.SQLITE, RetryPolicy.forFailure(TransientFailure.SQLITE_BUSY));
    }
}
