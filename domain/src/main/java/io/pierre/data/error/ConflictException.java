package io.pierre.data.error;

/** The change contradicts data already stored: a duplicate unique value, or a row other rows still need. */
public class ConflictException extends DataException {

    public ConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
