package io.pierre.data.oauthtoken;

import io.pierre.data.error.InvalidInputException;
import io.pierre.data.tenancy.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Users' provider tokens and their own OAuth app credentials (spec §3.2). Tokens and client secrets are sealed
 * (AES-256-GCM bound to tenant, user, provider and column); reading one that was tampered with or moved throws
 * {@link io.pierre.data.crypto.DecryptionException} instead of returning it.
 */
public interface OAuthTokenRepository {

    /**
     * Stores the token for (user, tenant, provider), replacing tokens, type, expiry and scope of an existing one.
     * Decision: the existing row keeps its id, creation time and last sync (the original replaced the id).
     */
    void upsert(UserOAuthToken token);

    Optional<UserOAuthToken> find(UUID userId, TenantId tenant, String provider);

    /** The user's tokens in {@code tenant}, newest first. */
    List<UserOAuthToken> listByUser(UUID userId, TenantId tenant);

    /**
     * The user's tokens in every tenant, newest first: for the user's own status view and operators. Decision against
     * spec §3.2, where a missing tenant meant "every tenant": that reach has this method of its own, so a null tenant
     * can never widen a read to other tenants' secrets.
     */
    List<UserOAuthToken> listByUserInEveryTenant(UUID userId);

    /** All tokens of one provider in a tenant, newest first. */
    List<UserOAuthToken> listByTenantProvider(TenantId tenant, String provider);

    /** A missing token is a no-op. */
    void delete(UUID userId, TenantId tenant, String provider);

    /** Deletes the user's tokens in this tenant only. */
    void deleteAllForUser(UUID userId, TenantId tenant);

    /**
     * Replaces access token, refresh token (null clears it) and expiry; scope and type stay.
     *
     * @return whether a token was there to refresh (the original silently did nothing)
     */
    boolean refresh(
            UUID userId, TenantId tenant, String provider, String accessToken, String refreshToken, Instant expiresAt);

    /**
     * Stores the user's own OAuth app for a provider, replacing client id, secret and redirect URI of an existing one.
     *
     * @throws InvalidInputException if the provider is not one Pierre supports
     */
    void storeApp(UUID userId, String provider, String clientId, String clientSecret, String redirectUri);

    Optional<UserOAuthApp> findApp(UUID userId, String provider);

    /** The user's apps, ordered by provider. */
    List<UserOAuthApp> listApps(UUID userId);

    /** A missing app is a no-op. */
    void removeApp(UUID userId, String provider);

    /** When the provider's data was last synced; empty without a token or a sync. */
    Optional<Instant> getLastSync(UUID userId, TenantId tenant, String provider);

    /** Records a sync; without a token it is a no-op (there is nothing to attach the time to). */
    void updateLastSync(UUID userId, TenantId tenant, String provider, Instant syncTime);
}
