package io.pierre.data.db;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.resource.ResourceException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Classification against the errors a real SQLite raises, and PostgreSQL's documented SQLStates. */
class SqlFailuresTest {

    private Connection sqlite;

    @BeforeEach
    void openSqlite() throws SQLException {
        sqlite = DriverManager.getConnection("jdbc:sqlite::memory:?foreign_keys=true");
        try (Statement ddl = sqlite.createStatement()) {
            ddl.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY, email TEXT UNIQUE)");
            ddl.execute(
                    "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parent (id))");
            ddl.execute("INSERT INTO parent (id, email) VALUES (1, 'a@example.com')");
        }
    }

    @AfterEach
    void closeSqlite() throws SQLException {
        sqlite.close();
    }

    private SQLException sqliteFailure(String sql) {
        return assertThrows(SQLException.class, () -> {
            try (Statement statement = sqlite.createStatement()) {
                statement.execute(sql);
            }
        });
    }

    @Test
    void sqliteUniqueAndPrimaryKeyViolationsAreUniqueViolations() {
        SQLException duplicateEmail = sqliteFailure("INSERT INTO parent (id, email) VALUES (2, 'a@example.com')");
        assertTrue(SqlFailures.isUniqueViolation(duplicateEmail));
        assertTrue(SqlFailures.mentions(duplicateEmail, "email"));
        assertTrue(SqlFailures.isUniqueViolation(
                sqliteFailure("INSERT INTO parent (id, email) VALUES (1, 'b@example.com')")));
        assertFalse(SqlFailures.isForeignKeyViolation(duplicateEmail));
    }

    @Test
    void sqliteForeignKeyViolationIsRecognised() {
        SQLException orphan = sqliteFailure("INSERT INTO child (id, parent_id) VALUES (1, 99)");
        assertTrue(SqlFailures.isForeignKeyViolation(orphan));
        assertFalse(SqlFailures.isUniqueViolation(orphan));
    }

    @Test
    void postgresqlViolationsAreRecognisedBySqlState() {
        assertTrue(SqlFailures.isUniqueViolation(new SQLException("duplicate key", "23505")));
        assertTrue(SqlFailures.isForeignKeyViolation(new SQLException("violates foreign key", "23503")));
        assertFalse(SqlFailures.isUniqueViolation(new SQLException("deadlock", "40P01")));
    }

    @Test
    void lostConnectionsAndAPoolThatCannotConnectAreConnectionFailures() {
        assertTrue(SqlFailures.isConnectionFailure(new RuntimeException(new SQLException("I/O error", "08006"))));
        assertTrue(SqlFailures.isConnectionFailure(
                new SQLException("terminating connection due to administrator command", "57P01")));
        SQLException refused = new SQLException("database \"pierre\" is not currently accepting connections", "55000");
        assertTrue(SqlFailures.isConnectionFailure(new SQLException(
                "IJ031084: Unable to allocate", new ResourceException("Could not create connection", refused))));
        assertFalse(SqlFailures.isConnectionFailure(refused), "55000 alone is a state error, not a lost database");
        assertFalse(SqlFailures.isConnectionFailure(new SQLException("deadlock", "40P01")));
        assertFalse(SqlFailures.isConnectionFailure(new RuntimeException("no SQL here")));
    }

    @Test
    void theSqlExceptionIsFoundBehindWrappersSuppressedAndNextExceptions() {
        SQLException root = new SQLException("duplicate key", "23505");
        SQLException batch = new SQLException("batch failed");
        batch.setNextException(root);
        RuntimeException suppressing = new RuntimeException("commit failed");
        suppressing.addSuppressed(new IllegalStateException("wrapper", batch));

        assertSame(
                root,
                SqlFailures.rootSqlException(new RuntimeException(suppressing)).orElseThrow());
        assertTrue(SqlFailures.isUniqueViolation(suppressing));
        assertTrue(SqlFailures.rootSqlException(new RuntimeException("no SQL here"))
                .isEmpty());
    }
}
