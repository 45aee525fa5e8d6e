package io.pierre.data.error;

import jakarta.ejb.ApplicationException;

/**
 * Root of every failure the data layer reports on purpose. Unchecked, so a {@code @Transactional} boundary
 * rolls back when one escapes; an application exception, so an EJB passes it to its caller as it is instead of
 * wrapping it in {@code EJBException}. Messages never contain secrets.
 */
@ApplicationException(inherited = true, rollback = true)
public abstract class DataException extends RuntimeException {

    protected DataException(String message) {
        super(message);
    }

    protected DataException(String message, Throwable cause) {
        super(message, cause);
    }
}
