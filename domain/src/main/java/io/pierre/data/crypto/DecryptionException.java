package io.pierre.data.crypto;

import io.pierre.data.error.DataException;

/**
 * A sealed value failed its integrity check: it was moved from another row, column, tenant, user or provider,
 * altered, or sealed with a key this deployment does not have. Names the place, never the value.
 */
public class DecryptionException extends DataException {

    public DecryptionException(SealContext context, String reason) {
        super("Cannot open the sealed value in " + context.place() + ": " + reason);
    }
}
