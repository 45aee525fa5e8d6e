package io.pierre.data.retry;

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
public @interface RetryOnTransientFailure {}
