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
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An authorization code. Stored by the SHA-256 digest of the code the client holds, so a database reader cannot
 * redeem it. Consumed at most once ({@code used}), atomically.
 */
@Entity
@Table(name = "oauth2_auth_codes")
@NamedQuery(
        name = OAuth2AuthCode.CONSUME,
        query =
                "update OAuth2AuthCode c set c.used = true where c.codeHash = :codeHash"
                        + " and c.clientId = :clientId and c.redirectUri = :redirectUri and c.used = false and c.expiresAt > :now")
@NamedQuery(
        name = OAuth2AuthCode.DELETE,
        query = "delete from OAuth2AuthCode c where c.codeHash = :codeHash"
                + " and c.clientId = :clientId and c.redirectUri = :redirectUri")
public class OAuth2AuthCode {

    public static final String CONSUME = "OAuth2AuthCode.consume";
    public static final String DELETE = "OAuth2AuthCode.delete";
    public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(10);

    @NotNull
    @Size(max = 64)
    @Id
    @Column(name = "code_hash")
    private String codeHash;

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

    @NotNull
    @Size(max = 2048)
    @Column(name = "redirect_uri", nullable = false)
    private String redirectUri;

    @Size(max = 2000)
    private String scope;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotNull
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(nullable = false)
    private boolean used;

    @Size(max = 512)
    private String state;

    @Size(max = 255)
    @Column(name = "code_challenge")
    private String codeChallenge;

    @Size(max = 16)
    @Column(name = "code_challenge_method")
    private String codeChallengeMethod;

    protected OAuth2AuthCode() {}

    /** A code for {@code code} (the value handed to the client) that expires at {@code expiresAt}. */
    public static OAuth2AuthCode of(
            String code,
            String clientId,
            UUID userId,
            TenantId tenant,
            String redirectUri,
            String scope,
            Instant expiresAt) {
        OAuth2AuthCode authCode = new OAuth2AuthCode();
        authCode.codeHash = Digests.sha256Hex(Objects.requireNonNull(code, "code"));
        authCode.clientId = Objects.requireNonNull(clientId, "clientId");
        authCode.userId = Objects.requireNonNull(userId, "userId");
        authCode.tenantId = tenant.value();
        authCode.redirectUri = Objects.requireNonNull(redirectUri, "redirectUri");
        authCode.scope = scope;
        authCode.createdAt = Timestamps.now();
        authCode.expiresAt = Timestamps.truncate(Objects.requireNonNull(expiresAt, "expiresAt"));
        return authCode;
    }

    public OAuth2AuthCode withPkce(String challenge, String method) {
        this.codeChallenge = challenge;
        this.codeChallengeMethod = method;
        return this;
    }

    public OAuth2AuthCode withState(String newState) {
        this.state = newState;
        return this;
    }

    public void markUsed(boolean isUsed) {
        this.used = isUsed;
    }

    public String codeHash() {
        return codeHash;
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

    public String redirectUri() {
        return redirectUri;
    }

    public Optional<String> scope() {
        return Optional.ofNullable(scope);
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public boolean isUsed() {
        return used;
    }

    public Optional<String> state() {
        return Optional.ofNullable(state);
    }

    public Optional<String> codeChallenge() {
        return Optional.ofNullable(codeChallenge);
    }

    public Optional<String> codeChallengeMethod() {
        return Optional.ofNullable(codeChallengeMethod);
    }
}
