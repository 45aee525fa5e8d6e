package io.pierre.data.error;

/** The caller is known but may not do this (a scope or permission it was not granted). */
public class AccessDeniedException extends DataException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
