package io.pierre.data.admin;

import io.pierre.data.apikey.ApiKeyTier;
import io.pierre.data.error.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Admin service tokens (spec §3.8). Decision (design.md): tokens are random opaque values stored as SHA-256
 * digests with a unique prefix, not RS256 JWTs with a bcrypt hash; so there is no JWT secret hash either.
 */
public interface AdminRepository {

    /**
     * Creates an active token; the raw token in the result is its only copy.
     *
     * @param validity null or zero: never expires
     */
    AdminToken.Issued createToken(String serviceName, String description, Collection<AdminPermission> permissions, boolean superAdmin,
            Duration validity);

    Optional<AdminToken> findTokenById(UUID tokenId);

    /** The token with this (unique) prefix, active or not; callers verify the digest ({@link AdminToken#accepts}). */
    Optional<AdminToken> findTokenByPrefix(String prefix);

    /** The active, unexpired token whose raw value is {@code rawToken} (constant-time digest comparison). */
    Optional<AdminToken> authenticate(String rawToken, Instant now);

    /** Newest first; inactive tokens only when asked for. */
    List<AdminToken> listTokens(boolean includeInactive);

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
    void recordProvisionedKey(UUID adminTokenId, UUID apiKeyId, String userEmail, ApiKeyTier tier, int rateLimitRequests,
            ProvisionedKey.RateLimitPeriod period);

    /** Keys provisioned in [start, end] (by one token, or by any when null), newest first. */
    List<ProvisionedKey> getProvisionedKeys(UUID adminTokenId, Instant start, Instant end);
}
