package io.pierre.data.retry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Statement;
import org.hibernate.Session;

/**
 * Takes SQLite's database write lock in the current transaction, before it reads anything.
 *
 * <p>A SQLite transaction that reads and then writes fails with SQLITE_BUSY(_SNAPSHOT) at once when another
 * connection wrote in between; under a steady stream of writers a retried transaction can lose that race
 * again and again (RetryIT saw one call lose 41 times in a row). Holding the write lock from its first statement,
 * a retried attempt cannot lose it: other writers wait for it, readers are not blocked (WAL), and the lock
 * itself is awaited within the busy timeout like any write.
 *
 * <p>While it holds the lock, a write the same call makes on another connection (a {@code REQUIRES_NEW}
 * transaction) waits for this one and fails after the busy timeout; the key ring's reservation, the only such
 * write in the data layer, is therefore topped up before the lock is taken.
 */
@ApplicationScoped
public class SqliteWriteLock {

    /** Changes no row, but SQLite takes the database write lock for any write statement. */
    private static final String TAKE_WRITE_LOCK = "UPDATE tenants SET id = id WHERE 0";

    @PersistenceContext(unitName = "pierre")
    EntityManager em;

    /** Must run inside the transaction that is to hold the lock, before its first read. */
    public void takeInCurrentTransaction() {
        em.unwrap(Session.class).doWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate(TAKE_WRITE_LOCK);
            }
        });
    }
}
