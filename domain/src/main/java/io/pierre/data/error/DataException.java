package io.pierre.data.error;

/**
 * Root of every failure the data layer reports on purpose. Unchecked, so a {@code @Transactional} boundary
 * rolls back when one escapes. Messages never contain secrets.
 */
public abstract class DataException extends RuntimeException {

    protected DataException(String message) {
        super(message);
    }

    protected DataException(String message, Throwable cause) {
        super(message, cause);
    }
}
