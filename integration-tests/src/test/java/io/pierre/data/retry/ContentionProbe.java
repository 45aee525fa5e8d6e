package io.pierre.data.retry;

import io.pierre.data.db.DatabaseVendor;
import io.pierre.data.lifecycle.DatabaseStartup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Test-only transaction boundary (in the test WAR, never in the product) that makes real database conflicts
 * on a test-only table: read-then-write increments, opposite-order locking, write skew. Each public method is
 * one transaction under the product's retry interceptor.
 */
@ApplicationScoped
@Transactional
@RetryOnTransientFailure
public class ContentionProbe {

    /** Entries into {@link #incrementReadThenWrite} per thread: every retry of a call enters it again. */
    private static final ThreadLocal<int[]> READ_THEN_WRITE_ATTEMPTS = ThreadLocal.withInitial(() -> new int[1]);

    @PersistenceContext(unitName = "pierre")
    EntityManager em;

    @Inject
    DatabaseStartup startup;

    public boolean onPostgresql() {
        return startup.info().vendor() == DatabaseVendor.POSTGRESQL;
    }

    public void createTables() {
        em.createNativeQuery(
                        "CREATE TABLE IF NOT EXISTS retry_probe_counter (id INTEGER PRIMARY KEY, value BIGINT NOT NULL)")
                .executeUpdate();
        em.createNativeQuery(
                        "CREATE TABLE IF NOT EXISTS retry_probe_doctor (id INTEGER PRIMARY KEY, on_call INTEGER NOT NULL)")
                .executeUpdate();
    }

    public void resetCounters(int count) {
        em.createNativeQuery("DELETE FROM retry_probe_counter").executeUpdate();
        for (int id = 1; id <= count; id++) {
            em.createNativeQuery("INSERT INTO retry_probe_counter (id, value) VALUES (?1, 0)")
                    .setParameter(1, id)
                    .executeUpdate();
        }
    }

    public long counter(int id) {
        return ((Number) em.createNativeQuery("SELECT value FROM retry_probe_counter WHERE id = ?1")
                        .setParameter(1, id)
                        .getSingleResult())
                .longValue();
    }

    /**
     * SELECT, then UPDATE from the value read. On PostgreSQL under REPEATABLE READ a concurrent update makes it
     * fail with 40001 (READ COMMITTED would silently lose the update); on SQLite the write after a read gets
     * SQLITE_BUSY(_SNAPSHOT). Either way only a retry keeps every increment.
     */
    public void incrementReadThenWrite(int id) {
        READ_THEN_WRITE_ATTEMPTS.get()[0]++;
        if (onPostgresql()) {
            em.createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                    .executeUpdate();
        }
        long value = counter(id);
        em.createNativeQuery("UPDATE retry_probe_counter SET value = ?1 WHERE id = ?2")
                .setParameter(1, value + 1)
                .setParameter(2, id)
                .executeUpdate();
    }

    /** How often the calling thread has entered {@link #incrementReadThenWrite}, retries included. */
    public int readThenWriteAttemptsOnThisThread() {
        return READ_THEN_WRITE_ATTEMPTS.get()[0];
    }

    /** A transaction whose first statement writes: on SQLite it waits up to the busy timeout for the lock. */
    public void incrementWriteFirst(int id) {
        em.createNativeQuery("UPDATE retry_probe_counter SET value = value + 1 WHERE id = ?1")
                .setParameter(1, id)
                .executeUpdate();
    }

    /**
     * Updates {@code first}, waits until the other transaction holds its first row too, then updates
     * {@code second}: two of these in opposite order deadlock. The latch only holds on the first attempt.
     */
    public void lockBothRows(int first, int second, CountDownLatch bothHoldTheirFirstRow) throws InterruptedException {
        lowerDeadlockTimeoutIfAllowed();
        incrementWriteFirst(first);
        bothHoldTheirFirstRow.countDown();
        bothHoldTheirFirstRow.await(10, TimeUnit.SECONDS);
        incrementWriteFirst(second);
    }

    /** Seconds of deadlock detection per round would make 100 rounds slow; a superuser may lower it per transaction. */
    private void lowerDeadlockTimeoutIfAllowed() {
        Object superuser = em.createNativeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
                .getSingleResult();
        if (Boolean.TRUE.equals(superuser)) {
            em.createNativeQuery("SET LOCAL deadlock_timeout = '100ms'").executeUpdate();
        }
    }

    public void resetDoctors() {
        em.createNativeQuery("DELETE FROM retry_probe_doctor").executeUpdate();
        em.createNativeQuery("INSERT INTO retry_probe_doctor (id, on_call) VALUES (1, 1), (2, 1)")
                .executeUpdate();
    }

    public long doctorsOnCall() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM retry_probe_doctor WHERE on_call = 1")
                        .getSingleResult())
                .longValue();
    }

    /** Classic write skew: leave the rota only if someone else stays on call. Correct only under SERIALIZABLE. */
    public void goOffCallIfAnotherDoctorStays(int doctor, CountDownLatch bothHaveCounted) throws InterruptedException {
        em.createNativeQuery("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE").executeUpdate();
        long onCall = doctorsOnCall();
        bothHaveCounted.countDown();
        bothHaveCounted.await(10, TimeUnit.SECONDS);
        if (onCall >= 2) {
            em.createNativeQuery("UPDATE retry_probe_doctor SET on_call = 0 WHERE id = ?1")
                    .setParameter(1, doctor)
                    .executeUpdate();
        }
    }
}
