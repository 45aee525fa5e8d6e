package io.pierre.data.error;

/** The entity does not exist, or is not visible to the caller (another tenant's or user's row). */
public class NotFoundException extends DataException {

    public NotFoundException(String entityType, Object id) {
        super(entityType + " not found: " + id);
    }
}
