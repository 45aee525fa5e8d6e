package io.pierre.data.retry;

/** The kinds of failure that a fresh attempt of the same transaction can cure, and which database reports them. */
public enum TransientFailure {
    /** PostgreSQL 40001: the transaction conflicted with a concurrent one (SERIALIZABLE / REPEATABLE READ). */
    POSTGRESQL_SERIALIZATION_FAILURE(Backend.POSTGRESQL),
    /** PostgreSQL 40P01: chosen as the victim of a deadlock. */
    POSTGRESQL_DEADLOCK(Backend.POSTGRESQL),
    /** PostgreSQL 55P03: a lock could not be had within lock_timeout / NOWAIT. */
    POSTGRESQL_LOCK_NOT_AVAILABLE(Backend.POSTGRESQL),
    /** SQLite 5 (incl. 517 BUSY_SNAPSHOT): another connection holds the write lock or wrote since our snapshot. */
    SQLITE_BUSY(Backend.SQLITE),
    /** SQLite 6: a table in the same database is locked. */
    SQLITE_LOCKED(Backend.SQLITE),
    /**
     * An optimistic conflict with no database error: the row changed since it was read, or a row the call was
     * about to insert was inserted by a concurrent call.
     */
    VERSION_CONFLICT(Backend.ANY);

    /** Which retry schedule applies: SQLite retries wait for the write lock, so they need fewer attempts. */
    public enum Backend {
        POSTGRESQL,
        SQLITE,
        ANY
    }

    private final Backend backend;

    TransientFailure(Backend backend) {
        this.backend = backend;
    }

    public Backend backend() {
        return backend;
    }
}
