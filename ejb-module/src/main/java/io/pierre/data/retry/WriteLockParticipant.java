package io.pierre.data.retry;

/**
 * Something that writes on a connection of its own during a call (a {@code REQUIRES_NEW} transaction) and must do it
 * before {@link SqliteWriteLockInterceptor} takes SQLite's write lock for that call: once the call holds the lock,
 * such a write would wait for it until the busy timeout. Beans implementing this are called before the lock is taken.
 */
public interface WriteLockParticipant {

    /** Does now what would otherwise need a write during the locked call. */
    void beforeWriteLock();
}
