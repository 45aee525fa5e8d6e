package io.pierre.data.oauth2;

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

/** The state of an authorization request (CSRF protection and PKCE), consumed at most once. */
@Entity
@Table(name = "oauth2_states")
@NamedQuery(
        name = OAuth2State.CONSUME,
        query = "update OAuth2State s set s.used = true where s.state = :state"
                + " and s.clientId = :clientId and s.used = false and s.expiresAt > :now")
public class OAuth2State {

    public static final String CONSUME = "OAuth2State.consume";

    @NotNull
    @Size(max = 255)
    @Id
    private String state;

    @NotNull
    @Size(max = 255)
    @Column(name = "client_id", nullable = false)
    private String clientId;

    @Column(name = "user_id")
    private UUID userId;

    @Column(name = "tenant_id")
    private UUID tenantId;

    @NotNull
    @Size(max = 2048)
    @Column(name = "redirect_uri", nullable = false)
    private String redirectUri;

    @Size(max = 2000)
    private String scope;

    @Size(max = 255)
    @Column(name = "code_challenge")
    private String codeChallenge;

    @Size(max = 16)
    @Column(name = "code_challenge_method")
    private String codeChallengeMethod;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotNull
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(nullable = false)
    private boolean used;

    protected OAuth2State() {}

    public static OAuth2State of(
            String state,
            String clientId,
            UUID userId,
            TenantId tenant,
            String redirectUri,
            String scope,
            Instant expiresAt) {
        OAuth2State value = new OAuth2State();
        value.state = Objects.requireNonNull(state, "state");
        value.clientId = Objects.requireNonNull(clientId, "clientId");
        value.userId = userId;
        value.tenantId = tenant == null ? null : tenant.value();
        value.redirectUri = Objects.requireNonNull(redirectUri, "redirectUri");
        value.scope = scope;
        value.createdAt = Timestamps.now();
        value.expiresAt = Timestamps.truncate(Objects.requireNonNull(expiresAt, "expiresAt"));
        return value;
    }

    public OAuth2State withPkce(String challenge, String method) {
        this.codeChallenge = challenge;
        this.codeChallengeMethod = method;
        return this;
    }

    public String state() {
        return state;
    }

    public String clientId() {
        return clientId;
    }

    public Optional<UUID> userId() {
        return Optional.ofNullable(userId);
    }

    public Optional<TenantId> tenantId() {
        return Optional.ofNullable(tenantId).map(TenantId::new);
    }

    public String redirectUri() {
        return redirectUri;
    }

    public Optional<String> codeChallenge() {
        return Optional.ofNullable(codeChallenge);
    }

    public Optional<String> codeChallengeMethod() {
        return Optional.ofNullable(codeChallengeMethod);
    }

    public boolean isUsed() {
        return used;
    }
}
