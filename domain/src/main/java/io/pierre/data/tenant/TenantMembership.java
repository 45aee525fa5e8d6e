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
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One user's membership of one tenant: the row that makes the user visible in that tenant. */
@Entity
@Table(name = "tenant_users")
@NamedQuery(
        name = TenantMembership.FIND,
        query = "select m from TenantMembership m" + " where m.tenantId = :tenantId and m.userId = :userId")
@NamedQuery(
        name = TenantMembership.LIST_ACTIVE_IN_TENANT,
        query =
                "select m from TenantMembership m where m.tenantId = :tenantId and m.active = true order by m.joinedAt, m.id")
public class TenantMembership {

    public static final String LIST_ACTIVE_IN_TENANT = "TenantMembership.listActiveInTenant";

    public static final String FIND = "TenantMembership.find";

    @Id
    @NotNull
    private UUID id;

    @NotNull
    @Column(name = "tenant_id", nullable = false)
    private UUID tenantId;

    @NotNull
    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @NotNull
    @Convert(converter = TenantRole.JpaConverter.class)
    @Column(nullable = false)
    private TenantRole role;

    @Column(name = "invited_by")
    private UUID invitedBy;

    @NotNull
    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    @Column(name = "joined_at")
    private Instant joinedAt;

    @Column(name = "is_active", nullable = false)
    private boolean active;

    protected TenantMembership() {}

    /** A membership that is in effect now (invited and joined at the same instant). */
    public static TenantMembership joined(TenantId tenant, UUID userId, TenantRole role) {
        TenantMembership membership = new TenantMembership();
        membership.id = UUID.randomUUID();
        membership.tenantId = tenant.value();
        membership.userId = Objects.requireNonNull(userId, "userId");
        membership.role = Objects.requireNonNull(role, "role");
        membership.invitedAt = Timestamps.now();
        membership.joinedAt = membership.invitedAt;
        membership.active = true;
        return membership;
    }

    public void reactivate() {
        this.active = true;
        if (joinedAt == null) {
            joinedAt = Timestamps.now();
        }
    }

    public TenantId tenantId() {
        return new TenantId(tenantId);
    }

    public UUID userId() {
        return userId;
    }

    public TenantRole role() {
        return role;
    }

    public boolean isActive() {
        return active;
    }
}
