package io.pierre.data.retry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Test-only transaction boundaries that count their attempts and record each attempt's transaction key, to show
 * how the retry interceptor runs them. Failures are the PostgreSQL serialization-failure SQLException the driver
 * raises (SQLState 40001), thrown on purpose on chosen attempts.
 */
@ApplicationScoped
@Transactional
@RetryOnTransientFailure
public class AttemptProbe {

    @PersistenceContext(unitName = "pierre")
    EntityManager em;

    @Inject
    InnerAttemptProbe inner;

    private final AtomicInteger attempts = new AtomicInteger();
    private final List<Object> transactionKeys = new CopyOnWriteArrayList<>();

    /** Accessors, not fields: callers hold a client proxy, whose fields are not this instance's. */
    public int attempts() {
        return attempts.get();
    }

    public int innerAttempts() {
        return inner.attempts();
    }

    public List<Object> transactionKeys() {
        return List.copyOf(transactionKeys);
    }

    public void reset() {
        attempts.set(0);
        transactionKeys.clear();
        inner.reset();
    }

    static RuntimeException serializationFailure() {
        return new IllegalStateException("simulated", new SQLException("could not serialize access", "40001"));
    }

    /** Inserts a marker row per attempt and fails the first {@code failures} attempts. */
    public void insertMarkerFailingFirst(int failures) throws NamingException {
        int attempt = attempts.incrementAndGet();
        TransactionSynchronizationRegistry registry =
                InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
        transactionKeys.add(registry.getTransactionKey());
        em.createNativeQuery("INSERT INTO retry_probe_counter (id, value) VALUES (?1, ?1)")
                .setParameter(1, 1000 + attempt)
                .executeUpdate();
        if (attempt <= failures) {
            throw serializationFailure();
        }
    }

    /** Inserts the same primary key twice: a constraint violation, which must not be retried. */
    public void insertDuplicate() {
        attempts.incrementAndGet();
        em.createNativeQuery("INSERT INTO retry_probe_counter (id, value) VALUES (2000, 0)")
                .executeUpdate();
        em.createNativeQuery("INSERT INTO retry_probe_counter (id, value) VALUES (2000, 0)")
                .executeUpdate();
    }

    /** An outer unit of work whose inner boundary fails transiently once: only this outer boundary may retry. */
    public void outerCallingInnerThatFailsOnce() {
        attempts.incrementAndGet();
        inner.failOnFirstAttempt();
    }

    @ApplicationScoped
    @Transactional
    @RetryOnTransientFailure
    public static class InnerAttemptProbe {

        private final AtomicInteger attempts = new AtomicInteger();

        public int attempts() {
            return attempts.get();
        }

        public void reset() {
            attempts.set(0);
        }

        public void failOnFirstAttempt() {
            if (attempts.incrementAndGet() == 1) {
                throw serializationFailure();
            }
        }
    }
}
