package io.pierre.data.error;

/** The caller presented no credential this server accepts: unknown, expired or deactivated. Answered with 401. */
public class NotAuthenticatedException extends DataException {

    public NotAuthenticatedException(String message) {
        super(message);
    }
}
