package io.pierre.data.admin;

import io.pierre.data.apikey.ApiKeyTier;
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
import java.util.Optional;
import java.util.UUID;

/** An API key that an admin token provisioned for a user: who, when, for whom, with which limits. */
@Entity
@Table(name = "admin_provisioned_keys")
@NamedQuery(
        name = ProvisionedKey.LIST_BY_TOKEN,
        query = "select p from ProvisionedKey p where p.adminTokenId = :tokenId"
                + " and p.provisionedAt >= :start and p.provisionedAt <= :end order by p.provisionedAt desc, p.id desc")
@NamedQuery(
        name = ProvisionedKey.LIST_ALL,
        query =
                "select p from ProvisionedKey p"
                        + " where p.provisionedAt >= :start and p.provisionedAt <= :end order by p.provisionedAt desc, p.id desc")
public class ProvisionedKey {

    public static final String LIST_BY_TOKEN = "ProvisionedKey.listByToken";
    public static final String LIST_ALL = "ProvisionedKey.listAll";

    /** The period a provisioned rate limit counts over. */
    public enum RateLimitPeriod {
        HOUR,
        DAY,
        MONTH
    }

    @Id
    @NotNull
    private UUID id;

    @NotNull
    @Column(name = "admin_token_id", nullable = false)
    private UUID adminTokenId;

    @NotNull
    @Column(name = "api_key_id", nullable = false)
    private UUID apiKeyId;

    @NotNull
    @Size(max = 320)
    @Column(name = "user_email", nullable = false)
    private String userEmail;

    @NotNull
    @Convert(converter = ApiKeyTier.JpaConverter.class)
    @Column(name = "requested_tier", nullable = false)
    private ApiKeyTier requestedTier;

    @NotNull
    @Column(name = "provisioned_at", nullable = false)
    private Instant provisionedAt;

    @NotNull
    @Size(max = 255)
    @Column(name = "provisioned_by_service", nullable = false)
    private String provisionedByService;

    @Column(name = "rate_limit_requests", nullable = false)
    private int rateLimitRequests;

    @NotNull
    @Size(max = 16)
    @Column(name = "rate_limit_period", nullable = false)
    private String rateLimitPeriod;

    @NotNull
    @Size(max = 16)
    @Column(name = "key_status", nullable = false)
    private String keyStatus;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Size(max = 1000)
    @Column(name = "revoked_reason")
    private String revokedReason;

    protected ProvisionedKey() {}

    static ProvisionedKey of(
            UUID adminTokenId,
            String serviceName,
            UUID apiKeyId,
            String userEmail,
            ApiKeyTier tier,
            int rateLimitRequests,
            RateLimitPeriod period) {
        ProvisionedKey key = new ProvisionedKey();
        key.id = UUID.randomUUID();
        key.adminTokenId = adminTokenId;
        key.provisionedByService = serviceName;
        key.apiKeyId = apiKeyId;
        key.userEmail = userEmail;
        key.requestedTier = tier;
        key.rateLimitRequests = rateLimitRequests;
        key.rateLimitPeriod = period.name().toLowerCase(java.util.Locale.ROOT);
        key.keyStatus = "active";
        key.provisionedAt = Timestamps.now();
        return key;
    }

    /** For the repository: records a provisioning by the token of {@code serviceName}. */
    public static ProvisionedKey record(
            AdminToken token,
            UUID apiKeyId,
            String userEmail,
            ApiKeyTier tier,
            int rateLimitRequests,
            RateLimitPeriod period) {
        return of(token.id(), token.serviceName(), apiKeyId, userEmail, tier, rateLimitRequests, period);
    }

    public UUID id() {
        return id;
    }

    public UUID adminTokenId() {
        return adminTokenId;
    }

    public UUID apiKeyId() {
        return apiKeyId;
    }

    public String userEmail() {
        return userEmail;
    }

    public ApiKeyTier requestedTier() {
        return requestedTier;
    }

    public Instant provisionedAt() {
        return provisionedAt;
    }

    public String provisionedByService() {
        return provisionedByService;
    }

    public int rateLimitRequests() {
        return rateLimitRequests;
    }

    public RateLimitPeriod rateLimitPeriod() {
        return RateLimitPeriod.valueOf(rateLimitPeriod.toUpperCase(java.util.Locale.ROOT));
    }

    public String keyStatus() {
        return keyStatus;
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }
}
