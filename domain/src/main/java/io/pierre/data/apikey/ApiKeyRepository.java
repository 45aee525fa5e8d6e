package io.pierre.data.apikey;

import io.pierre.data.error.ConflictException;
import io.pierre.data.error.InvalidInputException;
import io.pierre.data.paging.CursorPage;
import io.pierre.data.paging.PageRequest;
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

    /** The key if it exists and belongs to the user. */
    Optional<ApiKey> findById(UUID id, UUID userId);

    /**
     * The key whoever owns it: for operators and system lookups. Decision against spec §3.3, where a missing user
     * meant "any owner": that reach has this method of its own.
     */
    Optional<ApiKey> findByIdGlobal(UUID id);

    /** The user's keys, inactive ones included, newest first. */
    List<ApiKey> listByUser(UUID userId);

    /** One keyset page of {@link #listByUser}: the user's keys, inactive ones included, newest first. */
    CursorPage<ApiKey> pageByUser(UUID userId, PageRequest page);

    /**
     * The keys of the user with {@code userEmail}, newest first; {@code activeOnly=false} means all of them (the
     * original's SQLite returned only inactive ones and ignored the email). No limit or offset when null.
     *
     * @throws InvalidInputException for a negative limit or offset
     */
    List<ApiKey> listByUserEmail(String userEmail, boolean activeOnly, Integer limit, Integer offset);

    /**
     * Every user's keys, newest first, as {@link #listByUserEmail} (spec §3.3 {@code list_api_keys_filtered} without
     * an email): the operators' view, with a method of its own.
     */
    List<ApiKey> listAll(boolean activeOnly, Integer limit, Integer offset);

    /** Stamps last use now; an unknown id is a no-op. */
    void updateLastUsed(UUID id);

    /** Deactivates the key if the user owns it; otherwise, or if missing, nothing happens. */
    void deactivate(UUID id, UUID userId);

    /** Deactivates (never deletes) active keys that expired; returns how many. */
    long cleanupExpired();

    /** Active keys that have expired. */
    List<ApiKey> getExpired();
}
