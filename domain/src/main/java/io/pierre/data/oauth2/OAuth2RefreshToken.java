package io.pierre.data.oauth2;

import io.pierre.data.crypto.Digests;
import io.pierre.data.db.Timestamps;
import io.pierre.data.tenancy.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A refresh token issued to a client, stored by the SHA-256 digest of its value. Decision: a plain digest rather
 * than the original's HMAC keyed with the data key, so rotating data keys never makes refresh tokens unmatchable.
 */
@Entity
@Table(name = "oauth2_refresh_tokens")
@NamedQuery(
        name = OAuth2RefreshToken.CONSUME,
        query = "update OAuth2RefreshToken t set t.revoked = true where t.tokenHash = :tokenHash"
                + " and t.clientId = :clientId and t.revoked = false and t.expiresAt > :now")
@NamedQuery(
        name = OAuth2RefreshToken.REVOKE,
        query = "update OAuth2RefreshToken t set t.revoked = true where t.tokenHash = :tokenHash")
public class OAuth2RefreshToken {

    public static final String CONSUME = "OAuth2RefreshToken.consume";
    public static final String REVOKE = "OAuth2RefreshToken.revoke";

    @NotNull
    @Size(max = 64)
    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @NotNull
    @Size(max = 255)
    @Column(name = "client_id", nullable = false)
    private String clientId;

    @NotNull
    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @NotNull
    @Column(name = "tenant_id", nullable = false)
    private UUID tenantId;

    @Size(max = 2000)
    private String scope;

    @NotNull
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean revoked;

    protected OAuth2RefreshToken() {}

    public static OAuth2RefreshToken of(
            String token, String clientId, UUID userId, TenantId tenant, String scope, Instant expiresAt) {
        OAuth2RefreshToken refresh = new OAuth2RefreshToken();
        refresh.tokenHash = Digests.sha256Hex(Objects.requireNonNull(token, "token"));
        refresh.clientId = Objects.requireNonNull(clientId, "clientId");
        refresh.userId = Objects.requireNonNull(userId, "userId");
        refresh.tenantId = tenant.value();
        refresh.scope = scope;
        refresh.expiresAt = Timestamps.truncate(Objects.requireNonNull(expiresAt, "expiresAt"));
        refresh.createdAt = Timestamps.now();
        return refresh;
    }

    public String tokenHash() {
        return tokenHash;
    }

    public String clientId() {
        return clientId;
    }

    public UUID userId() {
        return userId;
    }

    public TenantId tenantId() {
        return new TenantId(tenantId);
    }

    public Optional<String> scope() {
        return Optional.ofNullable(scope);
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public boolean isRevoked() {
        return revoked;
    }
}
