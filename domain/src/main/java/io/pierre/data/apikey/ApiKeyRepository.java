package io.pierre.data.apikey;

import io.pierre.data.error.ConflictException;
import io.pierre.data.error.InvalidInputException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** API keys (spec §3.3). Keys belong to users; lookups that name a user see only that user's keys. */
public interface ApiKeyRepository {

    /** @throws ConflictException if the digest or prefix exists already */
    void create(ApiKey key);

    /**
     * The active key whose prefix is {@code prefix} and whose digest is {@code keyHash} (constant-time compare).
     * Like the original, expiry is the caller's check ({@link ApiKey#isExpired}), so it can say "expired".
     */
    Optional<ApiKey> findByPrefix(String prefix, String keyHash);

    /** The key if it exists and, when {@code userId} is given, belongs to that user. */
    Optional<ApiKey> findById(UUID id, UUID userId);

    /** The user's keys, inactive ones included, newest first. */
    List<ApiKey> listByUser(UUID userId);

    /**
     * Keys newest first, optionally of the user with {@code userEmail}; {@code activeOnly=false} means all keys
     * (the original's SQLite returned only inactive ones and ignored the email). No limit when null.
     *
     * @throws InvalidInputException for a negative limit or offset
     */
    List<ApiKey> listFiltered(String userEmail, boolean activeOnly, Integer limit, Integer offset);

    /** Stamps last use now; an unknown id is a no-op. */
    void updateLastUsed(UUID id);

    /** Deactivates the key if the user owns it; otherwise, or if missing, nothing happens. */
    void deactivate(UUID id, UUID userId);

    /** Deactivates (never deletes) active keys that expired; returns how many. */
    long cleanupExpired();

    /** Active keys that have expired. */
    List<ApiKey> getExpired();
}
