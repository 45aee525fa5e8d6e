package io.pierre.data.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pierre.data.it.ConcurrentCalls;
import io.pierre.data.it.Deployments;
import io.pierre.data.it.TestServer;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The retry interceptor under real contention on the real databases. Figures are logged as
 * {@code RETRY-FIGURES} lines in the server log.
 */
@ExtendWith(ArquillianExtension.class)
class RetryIT {

    private static final Logger FIGURES = Logger.getLogger("RETRY-FIGURES");
    private static final int WRITERS = 32;
    private static final int INCREMENTS_PER_WRITER = 500;

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.pierreEar(RetryIT.class);
        ear.getAsType(WebArchive.class, "pierre-web.war")
                .addClasses(ContentionProbe.class, AttemptProbe.class, AttemptProbe.InnerAttemptProbe.class);
        return ear;
    }

    @Inject
    ContentionProbe probe;

    @Inject
    AttemptProbe attempts;

    @Inject
    RetryMetrics metrics;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @BeforeEach
    void freshProbeTables() {
        probe.createTables();
        probe.resetCounters(2);
        attempts.reset();
    }

    /** Runs {@code work} on {@code count} container threads at once and fails with the first failure. */
    private void concurrently(int count, ConcurrentCalls.Work work) throws InterruptedException {
        ConcurrentCalls.run(threads, count, () -> "retries exhausted: " + metrics.exhausted(), work);
    }

    @Test
    void concurrentReadThenWriteIncrementsLoseNoUpdate() throws Exception {
        long retriesBefore = metrics.retries();
        long exhaustedBefore = metrics.exhausted();
        LongAccumulator mostRetriesOneCall = new LongAccumulator(Math::max, 0);
        long start = System.nanoTime();

        concurrently(WRITERS, writer -> {
            for (int i = 0; i < INCREMENTS_PER_WRITER; i++) {
                int attemptsBefore = probe.readThenWriteAttemptsOnThisThread();
                probe.incrementReadThenWrite(1);
                mostRetriesOneCall.accumulate(probe.readThenWriteAttemptsOnThisThread() - attemptsBefore - 1);
            }
        });

        long retries = metrics.retries() - retriesBefore;
        long exhausted = metrics.exhausted() - exhaustedBefore;
        FIGURES.info(
                "RETRY-FIGURES lost-update " + WRITERS + "x" + INCREMENTS_PER_WRITER + ": counter=" + probe.counter(1)
                        + " retries=" + retries + " exhausted=" + exhausted + " most-retries-one-call="
                        + mostRetriesOneCall.get()
                        + " seconds=" + (System.nanoTime() - start) / 1_000_000_000.0);
        assertEquals(WRITERS * INCREMENTS_PER_WRITER, probe.counter(1));
        assertTrue(retries > 0, "contention must have caused retries");
        assertEquals(0, exhausted);
        assertTrue(
                metrics.mostRetriesBeforeSuccess() >= mostRetriesOneCall.get(), "the metric keeps the highest count");
        if (!probe.onPostgresql()) {
            assertTrue(
                    mostRetriesOneCall.get() <= 1,
                    "a retried SQLite transaction takes the write lock first, so it cannot"
                            + " lose the same race again; one call needed " + mostRetriesOneCall.get() + " retries");
        }
    }

    @Test
    @Tag("postgresql")
    void oneHundredDeadlocksAllComplete() throws Exception {
        long deadlocksBefore = metrics.retries(TransientFailure.POSTGRESQL_DEADLOCK);
        int rounds = 100;
        for (int round = 0; round < rounds; round++) {
            CountDownLatch bothHoldTheirFirstRow = new CountDownLatch(2);
            concurrently(2, side -> {
                if (side == 0) {
                    probe.lockBothRows(1, 2, bothHoldTheirFirstRow);
                } else {
                    probe.lockBothRows(2, 1, bothHoldTheirFirstRow);
                }
            });
        }
        long deadlocks = metrics.retries(TransientFailure.POSTGRESQL_DEADLOCK) - deadlocksBefore;
        FIGURES.info("RETRY-FIGURES deadlocks: rounds=" + rounds + " deadlock-retries=" + deadlocks);
        assertEquals(2 * rounds, probe.counter(1));
        assertEquals(2 * rounds, probe.counter(2));
        assertTrue(deadlocks >= rounds, "every round must have deadlocked once, saw " + deadlocks);
    }

    @Test
    @Tag("postgresql")
    void writeSkewUnderSerializableIsRetriedToACorrectResult() throws Exception {
        probe.resetDoctors();
        long serializationBefore = metrics.retries(TransientFailure.POSTGRESQL_SERIALIZATION_FAILURE);
        CountDownLatch bothHaveCounted = new CountDownLatch(2);

        concurrently(2, doctor -> probe.goOffCallIfAnotherDoctorStays(doctor + 1, bothHaveCounted));

        long serializationRetries =
                metrics.retries(TransientFailure.POSTGRESQL_SERIALIZATION_FAILURE) - serializationBefore;
        FIGURES.info("RETRY-FIGURES write-skew: on-call=" + probe.doctorsOnCall() + " serialization-retries="
                + serializationRetries);
        assertEquals(1, probe.doctorsOnCall());
        assertTrue(serializationRetries > 0);
    }

    @Test
    @Tag("sqlite")
    void aWriterBlockedLongerThanTheBusyTimeoutSucceedsOnceTheLockIsReleased() throws Exception {
        long busyBefore = metrics.retries(TransientFailure.SQLITE_BUSY);
        CountDownLatch lockHeld = new CountDownLatch(1);
        long holdMillis = 6_500;
        Thread holder = threads.newThread(() -> {
            try (Connection connection = TestServer.productDataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("BEGIN IMMEDIATE");
                lockHeld.countDown();
                Thread.sleep(holdMillis);
                statement.execute("COMMIT");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        holder.start();
        lockHeld.await();
        long start = System.nanoTime();

        probe.incrementWriteFirst(1);

        long waitedMillis = (System.nanoTime() - start) / 1_000_000;
        holder.join();
        long busyRetries = metrics.retries(TransientFailure.SQLITE_BUSY) - busyBefore;
        FIGURES.info("RETRY-FIGURES sqlite-lock-holder: held=" + holdMillis + "ms waited=" + waitedMillis
                + "ms busy-retries=" + busyRetries);
        assertEquals(1, probe.counter(1));
        assertTrue(busyRetries >= 1, "the busy timeout (5 s) is shorter than the lock, so at least one retry");
    }

    @Test
    void eachAttemptRunsInItsOwnTransactionAndOnlyTheLastOneCommits() throws Exception {
        attempts.insertMarkerFailingFirst(2);

        assertEquals(3, attempts.attempts());
        assertEquals(3, new HashSet<>(attempts.transactionKeys()).size(), "three attempts, three transactions");
        assertEquals(1003, probe.counter(1003), "the third attempt's row is there");
        assertThrows(Exception.class, () -> probe.counter(1001), "the first attempt rolled back");
        assertThrows(Exception.class, () -> probe.counter(1002), "the second attempt rolled back");
    }

    @Test
    void aUniqueConstraintViolationIsAttemptedExactlyOnce() {
        assertThrows(RuntimeException.class, () -> attempts.insertDuplicate());
        assertEquals(1, attempts.attempts());
    }

    @Test
    void aTransientFailureInsideACallersTransactionIsRetriedByTheCallersBoundary() {
        attempts.outerCallingInnerThatFailsOnce();

        assertEquals(2, attempts.attempts(), "the outer boundary ran twice");
        assertEquals(
                2, attempts.innerAttempts(), "the inner boundary ran once per outer attempt, never retried inside");
    }
}
