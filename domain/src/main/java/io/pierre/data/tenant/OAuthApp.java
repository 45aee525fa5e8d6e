package io.pierre.data.tenant;

import io.pierre.data.crypto.Digests;
import io.pierre.data.db.JsonListSize;
import io.pierre.data.db.JsonStringListConverter;
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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** An OAuth application registered with Pierre by a user; its client secret is stored only as a SHA-256 digest. */
@Entity
@Table(name = "oauth_apps")
@NamedQuery(
        name = OAuthApp.FIND_ACTIVE_BY_CLIENT_ID,
        query = "select a from OAuthApp a where a.clientId = :clientId and a.active = true")
@NamedQuery(
        name = OAuthApp.LIST_ACTIVE_FOR_OWNER,
        query = "select a from OAuthApp a where a.ownerUserId = :ownerUserId"
                + " and a.active = true order by a.createdAt desc, a.id desc")
public class OAuthApp {

    public static final String FIND_ACTIVE_BY_CLIENT_ID = "OAuthApp.findActiveByClientId";
    public static final String LIST_ACTIVE_FOR_OWNER = "OAuthApp.listActiveForOwner";

    /** Whether the app can keep a secret (server-side) or not (mobile, desktop, browser). */
    public enum Type {
        PUBLIC,
        CONFIDENTIAL
    }

    @Id
    @NotNull
    private UUID id;

    @NotNull
    @Size(max = 255)
    @Column(name = "client_id", nullable = false)
    private String clientId;

    @NotNull
    @Size(max = 128)
    @Column(name = "client_secret_hash", nullable = false)
    private String clientSecretHash;

    @NotNull
    @Size(max = 255)
    @Column(nullable = false)
    private String name;

    @Size(max = 1000)
    private String description;

    @NotNull
    @JsonListSize(max = 4000)
    @Convert(converter = JsonStringListConverter.class)
    @Column(name = "redirect_uris", nullable = false)
    private List<String> redirectUris;

    @NotNull
    @JsonListSize(max = 2000)
    @Convert(converter = JsonStringListConverter.class)
    @Column(nullable = false)
    private List<String> scopes;

    @NotNull
    @Size(max = 20)
    @Column(name = "app_type", nullable = false)
    private String appType;

    @NotNull
    @Column(name = "owner_user_id", nullable = false)
    private UUID ownerUserId;

    @Column(name = "is_active", nullable = false)
    private boolean active;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotNull
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected OAuthApp() {}

    /** A new app whose client secret is {@code clientSecret}; only its digest is kept. */
    public static OAuthApp register(
            UUID ownerUserId,
            String clientId,
            String clientSecret,
            String name,
            String description,
            List<String> redirectUris,
            List<String> scopes,
            Type type) {
        OAuthApp app = new OAuthApp();
        app.id = UUID.randomUUID();
        app.ownerUserId = Objects.requireNonNull(ownerUserId, "ownerUserId");
        app.clientId = Objects.requireNonNull(clientId, "clientId");
        app.clientSecretHash = Digests.sha256Hex(Objects.requireNonNull(clientSecret, "clientSecret"));
        app.name = Objects.requireNonNull(name, "name");
        app.description = description;
        app.redirectUris = List.copyOf(redirectUris);
        app.scopes = List.copyOf(scopes);
        app.appType = type.name().toLowerCase(java.util.Locale.ROOT);
        app.active = true;
        app.createdAt = Timestamps.now();
        app.updatedAt = app.createdAt;
        return app;
    }

    /** Whether {@code clientSecret} is this app's secret (constant-time digest comparison). */
    public boolean secretMatches(String clientSecret) {
        return Digests.matches(clientSecretHash, Digests.sha256Hex(clientSecret));
    }

    public UUID id() {
        return id;
    }

    public String clientId() {
        return clientId;
    }

    public String name() {
        return name;
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public List<String> redirectUris() {
        return redirectUris;
    }

    public List<String> scopes() {
        return scopes;
    }

    public Type type() {
        return Type.valueOf(appType.toUpperCase(java.util.Locale.ROOT));
    }

    public UUID ownerUserId() {
        return ownerUserId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
