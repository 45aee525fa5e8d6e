package io.pierre.data.oauthtoken;

import io.pierre.data.crypto.SealContext;
import io.pierre.data.crypto.Sealed;
import io.pierre.data.crypto.SealedConverter;
import io.pierre.data.crypto.SealedRow;
import io.pierre.data.db.Timestamps;
import io.pierre.data.tenancy.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A user's OAuth token for one provider in one tenant. Access and refresh tokens are sealed and bound to
 * (tenant, user, provider) and to their column, so neither can be moved to another row, tenant or column.
 */
@Entity
@Table(name = "user_oauth_tokens")
@NamedQuery(
        name = UserOAuthToken.FIND,
        query = "select t from UserOAuthToken t"
                + " where t.userId = :userId and t.tenantId = :tenantId and t.provider = :provider")
@NamedQuery(
        name = UserOAuthToken.LIST_BY_USER,
        query = "select t from UserOAuthToken t where t.userId = :userId" + " order by t.createdAt desc, t.id desc")
@NamedQuery(
        name = UserOAuthToken.LIST_BY_USER_IN_TENANT,
        query = "select t from UserOAuthToken t"
                + " where t.userId = :userId and t.tenantId = :tenantId order by t.createdAt desc, t.id desc")
@NamedQuery(
        name = UserOAuthToken.LIST_BY_TENANT_PROVIDER,
        query = "select t from UserOAuthToken t"
                + " where t.tenantId = :tenantId and t.provider = :provider order by t.createdAt desc, t.id desc")
@NamedQuery(
        name = UserOAuthToken.DELETE,
        query = "delete from UserOAuthToken t"
                + " where t.userId = :userId and t.tenantId = :tenantId and t.provider = :provider")
@NamedQuery(
        name = UserOAuthToken.DELETE_ALL_FOR_USER,
        query = "delete from UserOAuthToken t" + " where t.userId = :userId and t.tenantId = :tenantId")
@NamedQuery(
        name = UserOAuthToken.UPDATE_LAST_SYNC,
        query = "update UserOAuthToken t set t.lastSync = :at"
                + " where t.userId = :userId and t.tenantId = :tenantId and t.provider = :provider")
public class UserOAuthToken implements SealedRow {

    public static final String FIND = "UserOAuthToken.find";
    public static final String LIST_BY_USER = "UserOAuthToken.listByUser";
    public static final String LIST_BY_USER_IN_TENANT = "UserOAuthToken.listByUserInTenant";
    public static final String LIST_BY_TENANT_PROVIDER = "UserOAuthToken.listByTenantProvider";
    public static final String DELETE = "UserOAuthToken.delete";
    public static final String DELETE_ALL_FOR_USER = "UserOAuthToken.deleteAllForUser";
    public static final String UPDATE_LAST_SYNC = "UserOAuthToken.updateLastSync";
    public static final String TABLE = "user_oauth_tokens";
    public static final String ACCESS_TOKEN = "access_token";
    public static final String REFRESH_TOKEN = "refresh_token";
    public static final String DEFAULT_TOKEN_TYPE = "Bearer";
    private static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);

    @Id
    @NotNull
    private UUID id;

    @NotNull
    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @NotNull
    @Column(name = "tenant_id", nullable = false)
    private UUID tenantId;

    @NotNull
    @Size(max = 32)
    @Column(nullable = false)
    private String provider;

    @NotNull
    @Convert(converter = SealedConverter.class)
    @Column(name = ACCESS_TOKEN, nullable = false)
    private Sealed accessToken;

    @Convert(converter = SealedConverter.class)
    @Column(name = REFRESH_TOKEN)
    private Sealed refreshToken;

    @NotNull
    @Size(max = 32)
    @Column(name = "token_type", nullable = false)
    private String tokenType;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Size(max = 1000)
    private String scope;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotNull
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "last_sync")
    private Instant lastSync;

    protected UserOAuthToken() {}

    /** A new token (Bearer type) for {@code provider}; {@code refreshToken}, {@code expiresAt} and {@code scope} may be null. */
    public static UserOAuthToken of(
            UUID userId,
            TenantId tenant,
            String provider,
            String accessToken,
            String refreshToken,
            Instant expiresAt,
            String scope) {
        UserOAuthToken token = new UserOAuthToken();
        token.id = UUID.randomUUID();
        token.userId = Objects.requireNonNull(userId, "userId");
        token.tenantId = tenant.value();
        token.provider = Objects.requireNonNull(provider, "provider");
        token.tokenType = DEFAULT_TOKEN_TYPE;
        token.scope = scope;
        token.createdAt = Timestamps.now();
        token.refresh(accessToken, refreshToken, expiresAt);
        return token;
    }

    public UserOAuthToken withTokenType(String type) {
        this.tokenType = Objects.requireNonNull(type, "type");
        return this;
    }

    /** New tokens from the provider; scope and type stay. A null refresh token clears the stored one. */
    public void refresh(String newAccessToken, String newRefreshToken, Instant newExpiresAt) {
        this.accessToken = Sealed.of(Objects.requireNonNull(newAccessToken, "accessToken"), sealContext(ACCESS_TOKEN));
        this.refreshToken = newRefreshToken == null ? null : Sealed.of(newRefreshToken, sealContext(REFRESH_TOKEN));
        this.expiresAt = Timestamps.truncate(newExpiresAt);
        this.updatedAt = Timestamps.now();
    }

    /** Upsert: takes everything from {@code newer} except identity, creation time and last sync. */
    public void replaceWith(UserOAuthToken newer) {
        refresh(newer.accessToken(), newer.refreshToken().orElse(null), newer.expiresAt);
        this.tokenType = newer.tokenType;
        this.scope = newer.scope;
    }

    @Override
    public SealContext sealContext(String column) {
        return SealContext.of(TABLE, column, tenantId, userId, provider);
    }

    public UUID id() {
        return id;
    }

    public UUID userId() {
        return userId;
    }

    public TenantId tenantId() {
        return new TenantId(tenantId);
    }

    public String provider() {
        return provider;
    }

    public String accessToken() {
        return accessToken.open(sealContext(ACCESS_TOKEN));
    }

    public Optional<String> refreshToken() {
        return Optional.ofNullable(refreshToken).map(value -> value.open(sealContext(REFRESH_TOKEN)));
    }

    public Sealed sealedAccessToken() {
        return accessToken;
    }

    public String tokenType() {
        return tokenType;
    }

    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    public Optional<String> scope() {
        return Optional.ofNullable(scope);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<Instant> lastSync() {
        return Optional.ofNullable(lastSync);
    }

    public boolean isExpired(Instant now) {
        return expiresAt != null && now.isAfter(expiresAt);
    }

    /** Whether to refresh now: it expires within five minutes. A token without expiry never needs it. */
    public boolean needsRefresh(Instant now) {
        return expiresAt != null && !now.plus(REFRESH_MARGIN).isBefore(expiresAt);
    }

    /** Never shows a token. */
    @Override
    public String toString() {
        return "UserOAuthToken[user=" + userId + ", tenant=" + tenantId + ", provider=" + provider + "]";
    }
}
