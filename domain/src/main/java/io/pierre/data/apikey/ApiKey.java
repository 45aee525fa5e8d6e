package io.pierre.data.apikey;

import io.pierre.data.crypto.Digests;
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
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * A user's API key. Only the SHA-256 digest of the key and a public lookup prefix are stored: the raw key is
 * returned once by {@link #issue}. The prefix carries 72 random bits, so two keys practically never share one
 * (the original's 4 random characters collided after a few thousand keys).
 */
@Entity
@Table(name = "api_keys")
@NamedQuery(
        name = ApiKey.FIND_BY_PREFIX,
        query = "select k from ApiKey k where k.keyPrefix = :prefix and k.active = true")
@NamedQuery(
        name = ApiKey.LIST_BY_USER,
        query = "select k from ApiKey k where k.userId = :userId order by k.createdAt desc, k.id desc")
@NamedQuery(
        name = ApiKey.EXPIRED,
        query = "select k from ApiKey k where k.active = true and k.expiresAt < :now order by k.expiresAt")
@NamedQuery(
        name = ApiKey.DEACTIVATE_EXPIRED,
        query = "update ApiKey k set k.active = false where k.active = true and k.expiresAt < :now")
@NamedQuery(name = ApiKey.UPDATE_LAST_USED, query = "update ApiKey k set k.lastUsedAt = :at where k.id = :id")
@NamedQuery(
        name = ApiKey.DEACTIVATE,
        query = "update ApiKey k set k.active = false where k.id = :id and k.userId = :userId")
@NamedQuery(name = ApiKey.COUNT_ACTIVE, query = "select count(k) from ApiKey k where k.active = true")
@NamedQuery(
        name = ApiKey.COUNT_ACTIVE_OF_MEMBERS,
        query = "select count(k) from ApiKey k where k.active = true and k.userId in"
                + " (select m.userId from TenantMembership m where m.tenantId = :tenantId and m.active = true)")
@NamedQuery(
        name = ApiKey.DEACTIVATE_OF_A2A_CLIENT,
        query = "update ApiKey k set k.active = false where k.id in"
                + " (select l.apiKeyId from A2AClientApiKey l where l.clientId = :clientId)")
public class ApiKey {

    public static final String DEACTIVATE_OF_A2A_CLIENT = "ApiKey.deactivateOfA2aClient";

    public static final String COUNT_ACTIVE_OF_MEMBERS = "ApiKey.countActiveOfMembers";

    public static final String COUNT_ACTIVE = "ApiKey.countActive";

    public static final String FIND_BY_PREFIX = "ApiKey.findByPrefix";
    public static final String LIST_BY_USER = "ApiKey.listByUser";
    public static final String EXPIRED = "ApiKey.expired";
    public static final String DEACTIVATE_EXPIRED = "ApiKey.deactivateExpired";
    public static final String UPDATE_LAST_USED = "ApiKey.updateLastUsed";
    public static final String DEACTIVATE = "ApiKey.deactivate";
    public static final int NAME_MAX_LENGTH = 255;
    /** "pk_live_" or "pk_trial_" plus 12 random base64url characters. */
    private static final int RANDOM_PREFIX_CHARS = 12;

    /** A newly created key: the entity to store and the raw key, which exists nowhere else. */
    public record Issued(ApiKey key, String rawKey) {
        @Override
        public String toString() {
            return "Issued[" + key + "]";
        }
    }

    @Id
    @NotNull
    private UUID id;

    @NotNull
    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @NotNull
    @Size(max = NAME_MAX_LENGTH)
    @Column(nullable = false)
    private String name;

    @Size(max = 1000)
    private String description;

    @NotNull
    @Size(max = 64)
    @Column(name = "key_hash", nullable = false)
    private String keyHash;

    @NotNull
    @Size(max = 32)
    @Column(name = "key_prefix", nullable = false)
    private String keyPrefix;

    @NotNull
    @Convert(converter = ApiKeyTier.JpaConverter.class)
    @Column(nullable = false)
    private ApiKeyTier tier;

    @Column(name = "rate_limit_requests")
    private Integer rateLimitRequests;

    @Column(name = "rate_limit_window_seconds", nullable = false)
    private int rateLimitWindowSeconds;

    @Column(name = "is_active", nullable = false)
    private boolean active;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ApiKey() {}

    /** Creates a key with the tier's quota; trial keys expire after the trial period unless {@code expiresAt} says otherwise. */
    public static Issued issue(UUID userId, String name, String description, ApiKeyTier tier, Instant expiresAt) {
        String rawKey = (tier == ApiKeyTier.TRIAL ? "pk_trial_" : "pk_live_") + Digests.randomToken(32);
        ApiKey key = new ApiKey();
        key.id = UUID.randomUUID();
        key.userId = Objects.requireNonNull(userId, "userId");
        key.name = Objects.requireNonNull(name, "name");
        key.description = description;
        key.keyHash = Digests.sha256Hex(rawKey);
        key.keyPrefix = prefixOf(rawKey);
        key.tier = Objects.requireNonNull(tier, "tier");
        key.rateLimitRequests =
                tier.monthlyLimit().isPresent() ? tier.monthlyLimit().getAsInt() : null;
        key.rateLimitWindowSeconds = (int) ApiKeyTier.RATE_WINDOW.toSeconds();
        key.active = true;
        key.createdAt = Timestamps.now();
        key.expiresAt = expiresAt != null
                ? Timestamps.truncate(expiresAt)
                : tier == ApiKeyTier.TRIAL ? key.createdAt.plus(ApiKeyTier.TRIAL_PERIOD) : null;
        return new Issued(key, rawKey);
    }

    /** The lookup prefix of a raw key (what clients send is split into prefix and digest by the caller). */
    public static String prefixOf(String rawKey) {
        int start = rawKey.startsWith("pk_trial_") ? "pk_trial_".length() : "pk_live_".length();
        return rawKey.substring(0, Math.min(rawKey.length(), start + RANDOM_PREFIX_CHARS));
    }

    /** Whether {@code rawKey} is this key, compared in constant time. */
    public boolean matches(String rawKey) {
        return Digests.matches(keyHash, Digests.sha256Hex(rawKey));
    }

    public boolean isExpired(Instant now) {
        return expiresAt != null && expiresAt.isBefore(now);
    }

    public UUID id() {
        return id;
    }

    public UUID userId() {
        return userId;
    }

    public String name() {
        return name;
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public String keyHash() {
        return keyHash;
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    public ApiKeyTier tier() {
        return tier;
    }

    /** Requests allowed per window; empty means unlimited. */
    public OptionalInt rateLimitRequests() {
        return rateLimitRequests == null ? OptionalInt.empty() : OptionalInt.of(rateLimitRequests);
    }

    public int rateLimitWindowSeconds() {
        return rateLimitWindowSeconds;
    }

    public boolean isActive() {
        return active;
    }

    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    public Optional<Instant> lastUsedAt() {
        return Optional.ofNullable(lastUsedAt);
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "ApiKey[" + id + ", prefix=" + keyPrefix + ", tier=" + tier + ", active=" + active + "]";
    }
}
