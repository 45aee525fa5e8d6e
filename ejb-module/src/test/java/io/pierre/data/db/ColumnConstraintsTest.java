package io.pierre.data.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pierre.data.standalone.StandaloneDatabase;
import io.pierre.data.testing.PersistenceTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Function;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

/** The entities' Bean Validation constraints against the live schema, which the startup refuses to run without. */
@PersistenceTest
class ColumnConstraintsTest {

    @Inject
    StandaloneDatabase database;

    private <T> T withConnection(Function<Connection, T> work) {
        return database.inTransaction(em -> em.unwrap(Session.class).doReturningWork(work::apply));
    }

    private List<String> disagreements() {
        return withConnection(connection -> {
            try {
                return ColumnConstraints.disagreements(
                        database.entityManagerFactory().getMetamodel(), connection);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void execute(String... statements) {
        withConnection(connection -> {
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void everyEntityPromisesWhatItsColumnsHold() {
        assertEquals(List.of(), disagreements());
    }

    @Test
    void aColumnWhoseLimitChangedOutsideTheEntityIsReportedBothWays() {
        execute(
                "ALTER TABLE users RENAME COLUMN display_name TO display_name_kept",
                "ALTER TABLE users ADD COLUMN display_name VARCHAR(100) NOT NULL DEFAULT 'x'");
        try {
            assertEquals(
                    List.of(
                            "User.displayName (users.display_name) is varchar(100) but the field lacks @Size(max = 100)",
                            "User.displayName (users.display_name) is NOT NULL but the field lacks @NotNull"),
                    disagreements());
        } finally {
            execute(
                    "ALTER TABLE users DROP COLUMN display_name",
                    "ALTER TABLE users RENAME COLUMN display_name_kept TO display_name");
        }
        assertEquals(List.of(), disagreements());
    }
}
