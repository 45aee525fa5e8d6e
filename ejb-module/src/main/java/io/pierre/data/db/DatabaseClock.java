package io.pierre.data.db;

import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import org.hibernate.Session;

/**
 * The database's clock, for instants that several nodes compare (when a key version stopped being primary, when
 * a lease expires): one clock for every node, whatever their own clocks say.
 */
public final class DatabaseClock {

    private DatabaseClock() {}

    /** The database's current time, read on the connection of {@code em}'s transaction. */
    public static Instant now(EntityManager em) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            DatabaseVendor vendor = DatabaseVendor.fromProductName(
                            connection.getMetaData().getDatabaseProductName())
                    .orElseThrow(() -> new IllegalStateException("Not a supported database"));
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery(vendor.currentTimeMillisQuery())) {
                result.next();
                return Instant.ofEpochMilli(result.getLong(1));
            }
        });
    }
}
