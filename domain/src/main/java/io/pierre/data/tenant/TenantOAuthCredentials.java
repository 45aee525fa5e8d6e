package io.pierre.data.tenant;

import io.pierre.data.crypto.SealContext;
import io.pierre.data.crypto.Sealed;
import io.pierre.data.crypto.SealedConverter;
import io.pierre.data.crypto.SealedRow;
import io.pierre.data.db.JsonListSize;
import io.pierre.data.db.JsonStringListConverter;
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
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A tenant's OAuth client at a fitness provider; the client secret is sealed and bound to (tenant, provider). */
@Entity
@Table(name = "tenant_oauth_credentials")
@NamedQuery(
        name = TenantOAuthCredentials.FIND,
        query = "select c from TenantOAuthCredentials c" + " where c.tenantId = :tenantId and c.provider = :provider")
@NamedQuery(
        name = TenantOAuthCredentials.LIST_ACTIVE,
        query = "select c from TenantOAuthCredentials c"
                + " where c.tenantId = :tenantId and c.active = true order by c.provider")
public class TenantOAuthCredentials implements SealedRow {

    public static final String FIND = "TenantOAuthCredentials.find";
    public static final String LIST_ACTIVE = "TenantOAuthCredentials.listActive";
    public static final String TABLE = "tenant_oauth_credentials";
    public static final String CLIENT_SECRET = "client_secret";
    public static final int DEFAULT_RATE_LIMIT_PER_DAY = 1000;

    @Id
    @NotNull
    private UUID id;

    @NotNull
    @Column(name = "tenant_id", nullable = false)
    private UUID tenantId;

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
    @JsonListSize(max = 2000)
    @Convert(converter = JsonStringListConverter.class)
    @Column(nullable = false)
    private List<String> scopes;

    @Column(name = "rate_limit_per_day", nullable = false)
    private int rateLimitPerDay;

    @Column(name = "is_active", nullable = false)
    private boolean active;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotNull
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected TenantOAuthCredentials() {}

    public static TenantOAuthCredentials of(
            TenantId tenant,
            String provider,
            String clientId,
            String clientSecret,
            String redirectUri,
            List<String> scopes,
            int rateLimitPerDay) {
        TenantOAuthCredentials credentials = new TenantOAuthCredentials();
        credentials.id = UUID.randomUUID();
        credentials.tenantId = tenant.value();
        credentials.provider = Objects.requireNonNull(provider, "provider");
        credentials.active = true;
        credentials.createdAt = Timestamps.now();
        credentials.replace(clientId, clientSecret, redirectUri, scopes, rateLimitPerDay);
        return credentials;
    }

    /** Upsert: everything but identity, creation time and the active flag (which an update does not reset). */
    public void replaceWith(TenantOAuthCredentials newer) {
        replace(newer.clientId, newer.clientSecret(), newer.redirectUri, newer.scopes, newer.rateLimitPerDay);
    }

    private void replace(
            String newClientId,
            String newClientSecret,
            String newRedirectUri,
            List<String> newScopes,
            int newRateLimit) {
        this.clientId = Objects.requireNonNull(newClientId, "clientId");
        this.clientSecret =
                Sealed.of(Objects.requireNonNull(newClientSecret, "clientSecret"), sealContext(CLIENT_SECRET));
        this.redirectUri = Objects.requireNonNull(newRedirectUri, "redirectUri");
        this.scopes = List.copyOf(newScopes);
        this.rateLimitPerDay = newRateLimit;
        this.updatedAt = Timestamps.now();
    }

    @Override
    public SealContext sealContext(String column) {
        return SealContext.of(TABLE, column, tenantId, provider);
    }

    public UUID id() {
        return id;
    }

    public TenantId tenantId() {
        return new TenantId(tenantId);
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

    public List<String> scopes() {
        return scopes;
    }

    public int rateLimitPerDay() {
        return rateLimitPerDay;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public String toString() {
        return "TenantOAuthCredentials[tenant=" + tenantId + ", provider=" + provider + ", clientId=" + clientId + "]";
    }
}
