package io.pierre.data.retry;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;

/**
 * Runs inside the transaction that {@link RetryInterceptor} retries: its priority ({@code PLATFORM_BEFORE + 300})
 * puts it after the {@code @Transactional} interceptor ({@code PLATFORM_BEFORE + 200}). When the retry interceptor
 * has marked the call because an attempt failed with SQLITE_BUSY or SQLITE_LOCKED, every further attempt that
 * runs in a transaction takes the SQLite write lock first ({@link SqliteWriteLock}). Other calls, and every call
 * on PostgreSQL, pass straight through.
 *
 * <p>Before it takes the lock it calls every {@link WriteLockParticipant} (the key ring, which reserves encryptions
 * if its reservation is low): such a write happens in a transaction of its own, on another connection, which would
 * otherwise wait for this transaction's lock until the busy timeout.
 */
@Interceptor
@RetryOnTransientFailure
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class SqliteWriteLockInterceptor {

    private static final String TAKE_WRITE_LOCK_KEY = SqliteWriteLockInterceptor.class.getName() + ".takeWriteLock";

    @Inject
    SqliteWriteLock writeLock;

    @Inject
    Instance<WriteLockParticipant> participants;

    /** Called by the retry interceptor: the following attempts of this call take the write lock first. */
    static void takeWriteLockOnNextAttempts(InvocationContext invocation) {
        invocation.getContextData().put(TAKE_WRITE_LOCK_KEY, Boolean.TRUE);
    }

    @AroundInvoke
    public Object takeWriteLockIfMarked(InvocationContext invocation) throws Exception {
        if (Boolean.TRUE.equals(invocation.getContextData().get(TAKE_WRITE_LOCK_KEY))
                && RetryInterceptor.transactionRegistry().getTransactionStatus() == Status.STATUS_ACTIVE) {
            participants.forEach(WriteLockParticipant::beforeWriteLock);
            writeLock.takeInCurrentTransaction();
        }
        return invocation.proceed();
    }
}
