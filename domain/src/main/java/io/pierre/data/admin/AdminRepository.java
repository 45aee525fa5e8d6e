package io.pierre.data.admin;

import io.pierre.data.apikey.ApiKeyTier;
import io.pierre.data.error.InvalidInputException;
import io.pierre.data.error.NotFoundException;
import io.pierre.data.paging.CursorPage;
import io.pierre.data.paging.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Admin service tokens (spec §3.8). Decision (design.md): tokens are random opaque values stored as SHA-256
 * digests with a unique prefix, not RS256 JWTs with a bcrypt hash; so there is no JWT secret hash either.
 */
public interface AdminRepository {

    /**
     * Creates an active token; the raw token in the result is its only copy. Decision against spec §3.8, where no
     * validity meant "never expires" and no permissions meant a default set: every token expires, and its
     * permissions are the ones given. Who may grant what is the admin service's rule, not the repository's.
     *
     * @param permissions what it may do; ignored for a super-admin token, which may do everything
     * @param expiresAt when it stops working, after now
     * @throws InvalidInputException for no permissions on a token that is not super-admin, or an expiry not in the future
     */
    AdminToken.Issued createToken(
            String serviceName,
            String description,
            Set<AdminPermission> permissions,
            boolean superAdmin,
            Instant expiresAt);

    /** Whether this database has ever held an admin token (tokens are deactivated, never deleted). */
    boolean hasAnyToken();

    Optional<AdminToken> findTokenById(UUID tokenId);

    /** The token with this (unique) prefix, active or not; callers verify the digest ({@link AdminToken#accepts}). */
    Optional<AdminToken> findTokenByPrefix(String prefix);

    /** The active, unexpired token whose raw value is {@code rawToken} (constant-time digest comparison). */
    Optional<AdminToken> authenticate(String rawToken, Instant now);

    /** Newest first; inactive tokens only when asked for. */
    List<AdminToken> listTokens(boolean includeInactive);

    /** One keyset page of {@link #listTokens}: newest first, inactive tokens only when asked for. */
    CursorPage<AdminToken> pageTokens(boolean includeInactive, PageRequest page);

    /** A missing token is a no-op. */
    void deactivateToken(UUID tokenId);

    /** Stamps last use, its IP, and counts it. */
    void updateTokenLastUsed(UUID tokenId, String ip);

    void recordUsage(AdminTokenUsage usage);

    /** Uses of the token in [start, end], newest first. */
    List<AdminTokenUsage> getUsageHistory(UUID tokenId, Instant start, Instant end);

    /**
     * Records that the token provisioned an API key.
     *
     * @throws NotFoundException if the token does not exist
     */
    void recordProvisionedKey(
            UUID adminTokenId,
            UUID apiKeyId,
            String userEmail,
            ApiKeyTier tier,
            int rateLimitRequests,
            ProvisionedKey.RateLimitPeriod period);

    /** Keys the token provisioned in [start, end], newest first. */
    List<ProvisionedKey> getProvisionedKeys(UUID adminTokenId, Instant start, Instant end);

    /**
     * Keys any token provisioned in [start, end], newest first. Decision against spec §3.8, where a missing token
     * meant "any token": that reach has this method of its own.
     */
    List<ProvisionedKey> getAllProvisionedKeys(Instant start, Instant end);
}
