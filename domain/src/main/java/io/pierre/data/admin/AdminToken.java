package io.pierre.data.admin;

import io.pierre.data.crypto.Digests;
import io.pierre.data.db.JsonListSize;
import io.pierre.data.db.JsonStringListConverter;
import io.pierre.data.db.Timestamps;
import io.pierre.data.error.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A service token for the admin API: a random opaque token (not a JWT), stored only as its SHA-256 digest with a
 * unique public prefix for lookup. The raw token exists once, in the {@link Issued} returned at creation.
 */
@Entity
@Table(name = "admin_tokens")
@NamedQuery(name = AdminToken.FIND_BY_PREFIX, query = "select t from AdminToken t where t.tokenPrefix = :prefix")
@NamedQuery(name = AdminToken.LIST_ALL, query = "select t from AdminToken t order by t.createdAt desc, t.id desc")
@NamedQuery(
        name = AdminToken.LIST_ACTIVE,
        query = "select t from AdminToken t where t.active = true order by t.createdAt desc, t.id desc")
@NamedQuery(
        name = AdminToken.RECORD_USE,
        query = "update AdminToken t set t.lastUsedAt = :at, t.lastUsedIp = :ip,"
                + " t.usageCount = t.usageCount + 1 where t.id = :id")
public class AdminToken {

    public static final String FIND_BY_PREFIX = "AdminToken.findByPrefix";
    public static final String LIST_ALL = "AdminToken.listAll";
    public static final String LIST_ACTIVE = "AdminToken.listActive";
    public static final String RECORD_USE = "AdminToken.recordUse";
    private static final String PREFIX = "pat_";
    private static final int RANDOM_PREFIX_CHARS = 12;

    /** A newly created token and its raw value, shown to the operator once. */
    public record Issued(AdminToken token, String rawToken) {
        @Override
        public String toString() {
            return "Issued[" + token + "]";
        }
    }

    @Id
    @NotNull
    private UUID id;

    @NotNull
    @Size(max = 255)
    @Column(name = "service_name", nullable = false)
    private String serviceName;

    @Size(max = 1000)
    @Column(name = "service_description")
    private String serviceDescription;

    @NotNull
    @Size(max = 64)
    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @NotNull
    @Size(max = 32)
    @Column(name = "token_prefix", nullable = false)
    private String tokenPrefix;

    @NotNull
    @JsonListSize(max = 1000)
    @Convert(converter = JsonStringListConverter.class)
    @Column(nullable = false)
    private List<String> permissions;

    @Column(name = "is_super_admin", nullable = false)
    private boolean superAdmin;

    @Column(name = "is_active", nullable = false)
    private boolean active;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Size(max = 64)
    @Column(name = "last_used_ip")
    private String lastUsedIp;

    @Column(name = "usage_count", nullable = false)
    private long usageCount;

    protected AdminToken() {}

    /**
     * A new active token.
     *
     * @param permissions what it may do; ignored for a super-admin token (which may do everything)
     * @param expiresAt when it stops working: every token expires
     */
    public static Issued issue(
            String serviceName,
            String description,
            Set<AdminPermission> permissions,
            boolean superAdmin,
            Instant expiresAt) {
        Instant now = Timestamps.now();
        if (expiresAt == null || !expiresAt.isAfter(now)) {
            throw new InvalidInputException("An admin token needs an expiry in the future");
        }
        if (!superAdmin && (permissions == null || permissions.isEmpty())) {
            throw new InvalidInputException("An admin token that is not super-admin needs at least one permission");
        }
        String raw = PREFIX + Digests.randomToken(32);
        AdminToken token = new AdminToken();
        token.id = UUID.randomUUID();
        token.serviceName = Objects.requireNonNull(serviceName, "serviceName");
        token.serviceDescription = description;
        token.tokenHash = Digests.sha256Hex(raw);
        token.tokenPrefix = prefixOf(raw);
        Set<AdminPermission> granted = superAdmin ? AdminPermission.all() : permissions;
        token.permissions = granted.stream().sorted().map(AdminPermission::code).toList();
        token.superAdmin = superAdmin;
        token.active = true;
        token.createdAt = now;
        token.expiresAt = Timestamps.truncate(expiresAt);
        return new Issued(token, raw);
    }

    public static String prefixOf(String rawToken) {
        return rawToken.substring(0, Math.min(rawToken.length(), PREFIX.length() + RANDOM_PREFIX_CHARS));
    }

    /** Whether {@code rawToken} is this token (constant time) and it may be used at {@code now}. */
    public boolean accepts(String rawToken, Instant now) {
        return Digests.matches(tokenHash, Digests.sha256Hex(rawToken))
                && active
                && (expiresAt == null || expiresAt.isAfter(now));
    }

    public boolean allows(AdminPermission permission) {
        return superAdmin || permissions().contains(permission);
    }

    /**
     * Whether this token holds every permission in {@code wanted}, and is super-admin if {@code wantedSuperAdmin}: the
     * authority to create a token with them, or to deactivate one that holds them.
     */
    public boolean holdsAllOf(Set<AdminPermission> wanted, boolean wantedSuperAdmin) {
        return superAdmin || (!wantedSuperAdmin && permissions().containsAll(wanted));
    }

    public void deactivate() {
        this.active = false;
    }

    public UUID id() {
        return id;
    }

    public String serviceName() {
        return serviceName;
    }

    public Optional<String> serviceDescription() {
        return Optional.ofNullable(serviceDescription);
    }

    public String tokenPrefix() {
        return tokenPrefix;
    }

    /** Known permissions; unknown stored names are dropped. */
    public Set<AdminPermission> permissions() {
        Set<AdminPermission> known = EnumSet.noneOf(AdminPermission.class);
        permissions.forEach(code -> AdminPermission.fromCode(code).ifPresent(known::add));
        return known;
    }

    public boolean isSuperAdmin() {
        return superAdmin;
    }

    public boolean isActive() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    public Optional<Instant> lastUsedAt() {
        return Optional.ofNullable(lastUsedAt);
    }

    public Optional<String> lastUsedIp() {
        return Optional.ofNullable(lastUsedIp);
    }

    public long usageCount() {
        return Math.max(0, usageCount);
    }

    @Override
    public String toString() {
        return "AdminToken[" + id + ", service=" + serviceName + ", prefix=" + tokenPrefix + ", active=" + active + "]";
    }
}
