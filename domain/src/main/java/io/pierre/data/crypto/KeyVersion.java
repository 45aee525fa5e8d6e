package io.pierre.data.crypto;

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
import java.util.Optional;
import java.util.UUID;

/**
 * One version of a data-encryption key. Global versions (no tenant) carry the data key itself, wrapped by the
 * master key (KEK); the key ring is built from them. {@code is_active} is kept for the original's API and always
 * equals "not retired".
 */
@Entity
@Table(name = "key_versions")
@NamedQuery(
        name = KeyVersion.LIST_GLOBAL,
        query = "select k from KeyVersion k where k.tenantId is null order by k.version desc")
@NamedQuery(
        name = KeyVersion.LIST_FOR_TENANT,
        query = "select k from KeyVersion k where k.tenantId = :tenantId order by k.version desc")
@NamedQuery(
        name = KeyVersion.DEMOTE_GLOBAL_PRIMARY,
        query = "update KeyVersion k set k.state = :decryptOnly, k.demotedAt = :at"
                + " where k.tenantId is null and k.state = :primary")
@NamedQuery(
        name = KeyVersion.PROMOTE_GLOBAL,
        query = "update KeyVersion k set k.state = :primary, k.demotedAt = null"
                + " where k.tenantId is null and k.version = :version and k.state = :decryptOnly")
@NamedQuery(
        name = KeyVersion.RETIRE_GLOBAL,
        query = "update KeyVersion k set k.state = :retired, k.active = false"
                + " where k.tenantId is null and k.version = :version and k.state = :decryptOnly")
@NamedQuery(
        name = KeyVersion.RESERVE_GLOBAL,
        query = "update KeyVersion k set k.usageReserved = k.usageReserved + :block"
                + " where k.tenantId is null and k.version = :version and k.usageReserved + :block <= :limit")
@NamedQuery(
        name = KeyVersion.RESERVED_GLOBAL,
        query = "select k.usageReserved from KeyVersion k where k.tenantId is null and k.version = :version")
public class KeyVersion {

    public static final String RESERVED_GLOBAL = "KeyVersion.reservedGlobal";

    public static final String RESERVE_GLOBAL = "KeyVersion.reserveGlobal";

    public static final String LIST_GLOBAL = "KeyVersion.listGlobal";
    public static final String LIST_FOR_TENANT = "KeyVersion.listForTenant";
    /** Compare-and-set state changes of global versions (key rotation only): parameters name the states. */
    public static final String DEMOTE_GLOBAL_PRIMARY = "KeyVersion.demoteGlobalPrimary";

    public static final String PROMOTE_GLOBAL = "KeyVersion.promoteGlobal";
    public static final String RETIRE_GLOBAL = "KeyVersion.retireGlobal";
    public static final String DEFAULT_ALGORITHM = "AES-256-GCM";

    @Id
    @NotNull
    private UUID id;

    @Column(name = "tenant_id")
    private UUID tenantId;

    @Column(nullable = false)
    private int version;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "is_active", nullable = false)
    private boolean active;

    @NotNull
    @Size(max = 32)
    @Column(nullable = false)
    private String algorithm;

    @NotNull
    @Convert(converter = KeyState.JpaConverter.class)
    @Column(nullable = false)
    private KeyState state;

    /** The data key encrypted under the master key; null for tenant metadata versions. */
    @Size(max = 255)
    @Column(name = "wrapped_key")
    private String wrappedKey;

    /** Encryptions reserved by nodes so far, in blocks (NIST SP 800-38D: at most 2^32 per key). */
    @Column(name = "usage_reserved", nullable = false)
    private long usageReserved;

    /**
     * When this global version stopped being primary, on the database clock; null while it is primary or if it
     * never was. Retiring waits a grace period after it (see {@code RotationService}).
     */
    @Column(name = "demoted_at")
    private Instant demotedAt;

    protected KeyVersion() {}

    /** A global data-key version: the data key wrapped by the master key. Only key rotation creates these. */
    public static KeyVersion global(int version, KeyState state, String wrappedKey) {
        return create(null, version, state, java.util.Objects.requireNonNull(wrappedKey, "wrappedKey"), null);
    }

    /** A tenant's key-version metadata (spec §3.11): no key material, which stays in the global versions. */
    public static KeyVersion forTenant(TenantId tenant, int version, KeyState state, Instant expiresAt) {
        return create(java.util.Objects.requireNonNull(tenant, "tenant"), version, state, null, expiresAt);
    }

    private static KeyVersion create(
            TenantId tenant, int version, KeyState state, String wrappedKey, Instant expiresAt) {
        KeyVersion key = new KeyVersion();
        key.id = UUID.randomUUID();
        key.tenantId = tenant == null ? null : tenant.value();
        key.version = version;
        key.createdAt = Timestamps.now();
        key.expiresAt = Timestamps.truncate(expiresAt);
        key.algorithm = DEFAULT_ALGORITHM;
        key.wrappedKey = wrappedKey;
        key.changeState(state);
        return key;
    }

    private void changeState(KeyState newState) {
        this.state = newState;
        this.active = newState != KeyState.RETIRED;
    }

    /** The original's activation switch for tenant metadata: deactivating retires; reactivating makes it decrypt-only. */
    public void changeActive(boolean active) {
        requireTenantScope();
        if (!active) {
            changeState(KeyState.RETIRED);
        } else if (state == KeyState.RETIRED) {
            changeState(KeyState.DECRYPT_ONLY);
        }
    }

    /** Upsert of tenant metadata: expiry, algorithm and state. */
    public void updateFrom(KeyVersion other) {
        requireTenantScope();
        this.expiresAt = other.expiresAt;
        this.algorithm = other.algorithm;
        changeState(other.state);
    }

    /** Global versions change state only through key rotation, which counts the values that use them. */
    private void requireTenantScope() {
        if (tenantId == null) {
            throw new IllegalStateException("Global key version " + version + " changes only through key rotation");
        }
    }

    public UUID id() {
        return id;
    }

    public Optional<TenantId> tenantId() {
        return Optional.ofNullable(tenantId).map(TenantId::new);
    }

    public int version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    public boolean isActive() {
        return active;
    }

    public String algorithm() {
        return algorithm;
    }

    public KeyState state() {
        return state;
    }

    public Optional<String> wrappedKey() {
        return Optional.ofNullable(wrappedKey);
    }

    public long usageReserved() {
        return usageReserved;
    }

    public Optional<Instant> demotedAt() {
        return Optional.ofNullable(demotedAt);
    }

    @Override
    public String toString() {
        return "KeyVersion[v" + version + ", " + state + (tenantId == null ? "" : ", tenant " + tenantId) + "]";
    }
}
