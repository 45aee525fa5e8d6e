package io.pierre.data.retry;

import io.pierre.data.db.EntityConstraintViolations;
import io.pierre.data.error.TransactionFailedException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Retries a transaction boundary when it fails transiently, each attempt in a fresh JTA transaction.
 *
 * <p>Its priority ({@code PLATFORM_BEFORE + 100}) puts it <em>outside</em> the {@code @Transactional}
 * interceptor ({@code PLATFORM_BEFORE + 200}), so every {@code proceed()} begins and ends its own transaction.
 * That matters because many failures surface at commit, inside the transactional interceptor: Hibernate's flush
 * in beforeCompletion, or the database's own COMMIT (PostgreSQL serialization failures).
 *
 * <p>Entered inside a caller's transaction it proceeds exactly once and rethrows: only the outermost boundary
 * can re-run the whole unit of work. The registry is looked up by JNDI at call time (Payara rejects
 * {@code @Resource} injection into interceptors) and then kept.
 *
 * <p>On SQLite, attempts after a SQLITE_BUSY/LOCKED failure take the write lock before anything else
 * ({@link SqliteWriteLockInterceptor}), so a read-then-write transaction cannot lose the same race again.
 *
 * <p>After the last attempt the original failure propagates; a checked exception the method does not declare
 * (the transaction manager's {@code RollbackException}) is wrapped in {@link TransactionFailedException} with
 * the cause kept. Every attempt is logged at FINE (DEBUG) as {@code Class.method attempt=n outcome=... ms=...},
 * never with parameters.
 */
@Interceptor
@RetryOnTransientFailure
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RetryInterceptor {

    private static final Logger OPERATIONS = Logger.getLogger("io.pierre.data.operations");
    private static final Logger RETRIES = Logger.getLogger(RetryInterceptor.class.getName());
    private static final String REGISTRY_JNDI_NAME = "java:comp/TransactionSynchronizationRegistry";
    private static volatile TransactionSynchronizationRegistry registry;

    @Inject
    RetryMetrics metrics;

    @AroundInvoke
    public Object retry(InvocationContext invocation) throws Exception {
        String operation = operationName(invocation.getMethod());
        if (transactionRegistry().getTransactionKey() != null) {
            return attempt(invocation, operation, 1, "joined");
        }
        for (int attempt = 1; ; attempt++) {
            try {
                Object result = attempt(invocation, operation, attempt, "own");
                if (attempt > 1) {
                    metrics.recordSuccessAfter(attempt - 1);
                }
                return result;
            } catch (Exception failure) {
                Optional<TransientFailure> transientFailure = TransientFailureClassifier.classify(failure);
                if (transientFailure.isEmpty()) {
                    throw unchecked(reported(failure), invocation.getMethod(), operation);
                }
                RetryPolicy policy = RetryPolicy.forFailure(transientFailure.get());
                if (attempt > policy.maxRetries()) {
                    metrics.recordExhausted();
                    RETRIES.fine(() -> operation + " gave up after " + policy.maxRetries() + " retries on "
                            + transientFailure.get());
                    throw unchecked(failure, invocation.getMethod(), operation);
                }
                metrics.recordRetry(transientFailure.get());
                if (transientFailure.get().backend() == TransientFailure.Backend.SQLITE
                        && locksSqliteOnRetry(invocation.getMethod())) {
                    SqliteWriteLockInterceptor.takeWriteLockOnNextAttempts(invocation);
                }
                long delay = policy.delayBefore(attempt).toMillis();
                int retry = attempt;
                RETRIES.fine(
                        () -> operation + " retry " + retry + " in " + delay + " ms after " + transientFailure.get());
                pause(delay, failure);
            }
        }
    }

    private static Object attempt(InvocationContext invocation, String operation, int attempt, String transaction)
            throws Exception {
        long start = System.nanoTime();
        String outcome = "ok";
        try {
            return invocation.proceed();
        } catch (Exception failure) {
            outcome = failure.getClass().getSimpleName();
            throw failure;
        } finally {
            if (OPERATIONS.isLoggable(Level.FINE)) {
                long micros = (System.nanoTime() - start) / 1_000;
                OPERATIONS.fine(operation + " attempt=" + attempt + " tx=" + transaction + " outcome=" + outcome
                        + " ms=" + micros / 1000 + "." + String.format("%03d", micros % 1000));
            }
        }
    }

    private static void pause(long millis, Exception failure) throws Exception {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            failure.addSuppressed(interrupted);
            throw failure;
        }
    }

    /** A refused entity constraint as the data layer's own exception, whatever wrapped it on the way out. */
    private static Exception reported(Exception failure) {
        Throwable reported = EntityConstraintViolations.reported(failure);
        return reported instanceof Exception exception ? exception : failure;
    }

    /** Unchecked failures and checked ones the method declares pass through; others are wrapped, cause kept. */
    private static Exception unchecked(Exception failure, Method method, String operation) {
        if (failure instanceof RuntimeException
                || Arrays.stream(method.getExceptionTypes()).anyMatch(declared -> declared.isInstance(failure))) {
            return failure;
        }
        return new TransactionFailedException(operation, failure);
    }

    private static boolean locksSqliteOnRetry(Method method) {
        RetryOnTransientFailure binding = method.getAnnotation(RetryOnTransientFailure.class);
        if (binding == null) {
            binding = method.getDeclaringClass().getAnnotation(RetryOnTransientFailure.class);
        }
        return binding == null || binding.lockSqliteOnRetry();
    }

    private static String operationName(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }

    static TransactionSynchronizationRegistry transactionRegistry() throws NamingException {
        TransactionSynchronizationRegistry found = registry;
        if (found == null) {
            found = InitialContext.doLookup(REGISTRY_JNDI_NAME);
            registry = found;
        }
        return found;
    }
}
