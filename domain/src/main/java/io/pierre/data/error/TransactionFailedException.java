package io.pierre.data.error;

/**
 * The transaction could not be committed, and retrying did not help (or was not allowed). The cause is the
 * original failure, e.g. the transaction manager's checked {@code RollbackException}, kept for diagnosis.
 */
public class TransactionFailedException extends DataException {

    public TransactionFailedException(String operation, Throwable cause) {
        super("Transaction of " + operation + " failed: " + cause.getClass().getSimpleName(), cause);
    }
}
