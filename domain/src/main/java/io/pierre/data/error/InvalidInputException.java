package io.pierre.data.error;

/** The caller passed a value the data layer cannot accept (malformed cursor, out-of-range limit, ...). */
public class InvalidInputException extends DataException {

    public InvalidInputException(String message) {
        super(message);
    }
}
