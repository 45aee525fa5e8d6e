package io.pierre.data.retry;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs each call of the annotated bean (or method) again, in a fresh transaction, when it fails transiently:
 * deadlock, serialization failure, lock timeout, SQLITE_BUSY/LOCKED, optimistic version conflict. Put it on
 * every class that is a transaction boundary ({@code @Transactional} repositories and services).
 *
 * @see RetryInterceptor
 */
@InterceptorBinding
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RetryOnTransientFailure {

    /**
     * Whether a retry after SQLITE_BUSY takes SQLite's write lock before its first statement ({@link SqliteWriteLock}),
     * so a transaction that reads then writes cannot lose the race again. {@code false} only for beans whose every
     * call is one statement: it waits for the lock like any write, and taking the lock first would also run the
     * {@link WriteLockParticipant}s, which may be what called it.
     */
    @Nonbinding
    boolean lockSqliteOnRetry() default true;
}
