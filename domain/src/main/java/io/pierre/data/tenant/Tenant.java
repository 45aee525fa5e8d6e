package io.pierre.data.tenant;

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
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** An organisation on the platform. Its owner is also an {@code owner} member in {@link TenantMembership}. */
@Entity
@Table(name = "tenants")
@NamedQuery(name = Tenant.COUNT_USERS_WITH_ID, query = "select count(u) from User u where u.id = :id")
@NamedQuery(
        name = Tenant.FIND_ACTIVE_BY_SLUG,
        query = "select t from Tenant t where t.slug = :slug and t.active = true")
@NamedQuery(
        name = Tenant.LIST_ACTIVE,
        query = "select t from Tenant t where t.active = true order by t.createdAt, t.id")
@NamedQuery(
        name = Tenant.LIST_FOR_USER,
        query = "select t from Tenant t, TenantMembership m where m.tenantId = t.id"
                + " and m.userId = :userId and m.active = true and t.active = true order by m.joinedAt, t.id")
public class Tenant {

    public static final String FIND_ACTIVE_BY_SLUG = "Tenant.findActiveBySlug";
    public static final String LIST_ACTIVE = "Tenant.listActive";
    public static final String LIST_FOR_USER = "Tenant.listForUser";
    /** Whether a tenant's owner exists, without the tenant area depending on the user area's classes. */
    public static final String COUNT_USERS_WITH_ID = "Tenant.countUsersWithId";

    public static final int NAME_MAX_LENGTH = 255;
    public static final int SLUG_MAX_LENGTH = 100;
    public static final int DOMAIN_MAX_LENGTH = 255;

    @Id
    @NotNull
    private UUID id;

    @NotNull
    @Size(max = NAME_MAX_LENGTH)
    @Column(nullable = false)
    private String name;

    @NotNull
    @Size(max = SLUG_MAX_LENGTH)
    @Column(nullable = false)
    private String slug;

    @Size(max = DOMAIN_MAX_LENGTH)
    private String domain;

    @NotNull
    @Convert(converter = TenantPlan.JpaConverter.class)
    @Column(nullable = false)
    private TenantPlan plan;

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

    protected Tenant() {}

    public static Tenant newTenant(String name, String slug, TenantPlan plan, UUID ownerUserId) {
        Tenant tenant = new Tenant();
        tenant.id = UUID.randomUUID();
        tenant.name = Objects.requireNonNull(name, "name");
        tenant.slug = Objects.requireNonNull(slug, "slug");
        tenant.plan = Objects.requireNonNull(plan, "plan");
        tenant.ownerUserId = Objects.requireNonNull(ownerUserId, "ownerUserId");
        tenant.active = true;
        tenant.createdAt = Timestamps.now();
        tenant.updatedAt = tenant.createdAt;
        return tenant;
    }

    /** A new plan and/or active flag; null leaves that one unchanged. */
    public void change(TenantPlan newPlan, Boolean nowActive) {
        if (newPlan != null) {
            this.plan = newPlan;
        }
        if (nowActive != null) {
            this.active = nowActive;
        }
        this.updatedAt = Timestamps.now();
    }

    public Tenant withDomain(String newDomain) {
        this.domain = newDomain;
        return this;
    }

    public TenantId id() {
        return new TenantId(id);
    }

    public String name() {
        return name;
    }

    public String slug() {
        return slug;
    }

    public Optional<String> domain() {
        return Optional.ofNullable(domain);
    }

    public TenantPlan plan() {
        return plan;
    }

    public UUID ownerUserId() {
        return ownerUserId;
    }

    public boolean isActive() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
