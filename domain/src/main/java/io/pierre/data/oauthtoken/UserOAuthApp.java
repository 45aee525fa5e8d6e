package io.pierre.data.oauthtoken;

import io.pierre.data.crypto.SealContext;
import io.pierre.data.crypto.Sealed;
import io.pierre.data.crypto.SealedConverter;
import io.pierre.data.crypto.SealedRow;
import io.pierre.data.db.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A user's own OAuth application at a provider (bring-your-own client id). Stored in the migrated
 * {@code user_oauth_app_credentials} table (the original created an unmigrated table at run time and kept the
 * secret in plaintext); the client secret is sealed and bound to (user, provider).
 */
@Entity
@Table(name = "user_oauth_app_credentials")
@NamedQuery(
        name = UserOAuthApp.FIND,
        query = "select a from UserOAuthApp a where a.userId = :userId and a.provider = :provider")
@NamedQuery(
        name = UserOAuthApp.LIST_BY_USER,
        query = "select a from UserOAuthApp a where a.userId = :userId order by a.provider")
@NamedQuery(
        name = UserOAuthApp.DELETE,
        query = "delete from UserOAuthApp a where a.userId = :userId and a.provider = :provider")
public class UserOAuthApp implements SealedRow {

    public static final String FIND = "UserOAuthApp.find";
    public static final String LIST_BY_USER = "UserOAuthApp.listByUser";
    public static final String DELETE = "UserOAuthApp.delete";
    public static final String TABLE = "user_oauth_app_credentials";
    public static final String CLIENT_SECRET = "client_secret";

    @Id
    @NotNull
    private UUID id;

    @NotNull
    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @NotNull
    @Size(max = 32)
    @Column(nullable = false)
    private String provider;

    @NotNull
    @Size(max = 255)
    @Column(name = "client_id", nullable = false)
    private String clientId;

    @NotNull
    @Convert(converter = SealedConverter.class)
    @Column(name = CLIENT_SECRET, nullable = false)
    private Sealed clientSecret;

    @NotNull
    @Size(max = 2048)
    @Column(name = "redirect_uri", nullable = false)
    private String redirectUri;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotNull
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected UserOAuthApp() {}

    public static UserOAuthApp of(
            UUID userId, String provider, String clientId, String clientSecret, String redirectUri) {
        UserOAuthApp app = new UserOAuthApp();
        app.id = UUID.randomUUID();
        app.userId = Objects.requireNonNull(userId, "userId");
        app.provider = Objects.requireNonNull(provider, "provider");
        app.createdAt = Timestamps.now();
        app.replace(clientId, clientSecret, redirectUri);
        return app;
    }

    public void replace(String newClientId, String newClientSecret, String newRedirectUri) {
        this.clientId = Objects.requireNonNull(newClientId, "clientId");
        this.clientSecret =
                Sealed.of(Objects.requireNonNull(newClientSecret, "clientSecret"), sealContext(CLIENT_SECRET));
        this.redirectUri = Objects.requireNonNull(newRedirectUri, "redirectUri");
        this.updatedAt = Timestamps.now();
    }

    @Override
    public SealContext sealContext(String column) {
        return SealContext.of(TABLE, column, userId, provider);
    }

    public UUID id() {
        return id;
    }

    public UUID userId() {
        return userId;
    }

    public String provider() {
        return provider;
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret.open(sealContext(CLIENT_SECRET));
    }

    public String redirectUri() {
        return redirectUri;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public String toString() {
        return "UserOAuthApp[user=" + userId + ", provider=" + provider + ", clientId=" + clientId + "]";
    }
}
