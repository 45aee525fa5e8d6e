package io.pierre.data.user;

import io.pierre.data.db.Timestamps;
import io.pierre.data.tenancy.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A person who uses Pierre: the aggregate root of everything a user owns (profile, tokens, keys, usage).
 *
 * <p>Tenant visibility is decided by membership ({@code tenant_users}); {@link #primaryTenantId()} is the
 * legacy single-tenant column, kept consistent with membership by the repository.
 *
 * <p>The role column is the source of truth for privileges; {@code is_admin} is written from it so that both
 * columns always agree (the original derived the role from {@code is_admin} on some reads, which lost
 * {@code super_admin}).
 */
@Entity
@Table(name = "users")
@NamedQuery(name = User.FIND_BY_EMAIL, query = "select u from User u where u.email = :email")
@NamedQuery(name = User.FIND_BY_FIREBASE_UID, query = "select u from User u where u.firebaseUid = :firebaseUid")
@NamedQuery(
        name = User.FIND_IN_TENANT,
        query =
                "select u from User u where u.id = :id and exists ("
                        + "select m.id from TenantMembership m where m.userId = u.id and m.tenantId = :tenantId and m.active = true)")
@NamedQuery(name = User.COUNT, query = "select count(u) from User u")
@NamedQuery(
        name = User.LIST_BY_STATUS,
        query = "select u from User u where u.status = :status" + " order by u.createdAt desc, u.id desc")
@NamedQuery(
        name = User.LIST_BY_STATUS_IN_TENANT,
        query = "select u from User u where u.status = :status and exists ("
                + "select m.id from TenantMembership m where m.userId = u.id and m.tenantId = :tenantId and m.active = true)"
                + " order by u.createdAt desc, u.id desc")
@NamedQuery(name = User.UPDATE_LAST_ACTIVE, query = "update User u set u.lastActive = :at where u.id = :id")
@NamedQuery(name = User.DELETE_BY_ID, query = "delete from User u where u.id = :id")
@NamedQuery(
        name = User.FIND_FIRST_ADMIN,
        query = "select u from User u where u.admin = true" + " order by u.createdAt asc, u.id asc")
@NamedQuery(
        name = User.COUNT_MEMBERS,
        query = "select count(u) from User u where u.id in"
                + " (select m.userId from TenantMembership m where m.tenantId = :tenantId and m.active = true)")
public class User {

    public static final String COUNT_MEMBERS = "User.countMembers";

    public static final String FIND_BY_EMAIL = "User.findByEmail";
    public static final String FIND_BY_FIREBASE_UID = "User.findByFirebaseUid";
    public static final String FIND_IN_TENANT = "User.findInTenant";
    public static final String COUNT = "User.count";
    public static final String LIST_BY_STATUS = "User.listByStatus";
    public static final String LIST_BY_STATUS_IN_TENANT = "User.listByStatusInTenant";
    public static final String UPDATE_LAST_ACTIVE = "User.updateLastActive";
    public static final String DELETE_BY_ID = "User.deleteById";
    public static final String FIND_FIRST_ADMIN = "User.findFirstAdmin";

    public static final int EMAIL_MAX_LENGTH = 320;
    public static final int DISPLAY_NAME_MAX_LENGTH = 255;
    public static final int PASSWORD_HASH_MAX_LENGTH = 255;
    public static final int FIREBASE_UID_MAX_LENGTH = 128;
    public static final int AUTH_PROVIDER_MAX_LENGTH = 50;
    public static final String DEFAULT_AUTH_PROVIDER = "email";

    @Id
    @NotNull
    private UUID id;

    @NotNull
    @Email
    @Size(max = EMAIL_MAX_LENGTH)
    @Column(nullable = false)
    private String email;

    @Size(max = DISPLAY_NAME_MAX_LENGTH)
    @Column(name = "display_name")
    private String displayName;

    @NotNull
    @Size(max = PASSWORD_HASH_MAX_LENGTH)
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @NotNull
    @Convert(converter = UserTier.JpaConverter.class)
    @Column(nullable = false)
    private UserTier tier;

    @Column(name = "tenant_id")
    private UUID primaryTenantId;

    @Column(name = "is_active", nullable = false)
    private boolean active;

    @NotNull
    @Convert(converter = UserStatus.JpaConverter.class)
    @Column(name = "user_status", nullable = false)
    private UserStatus status;

    @Column(name = "is_admin", nullable = false)
    private boolean admin;

    @NotNull
    @Convert(converter = UserRole.JpaConverter.class)
    @Column(nullable = false)
    private UserRole role;

    @Column(name = "approved_by")
    private UUID approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotNull
    @Column(name = "last_active", nullable = false)
    private Instant lastActive;

    @Size(max = FIREBASE_UID_MAX_LENGTH)
    @Column(name = "firebase_uid")
    private String firebaseUid;

    @NotNull
    @Size(max = AUTH_PROVIDER_MAX_LENGTH)
    @Column(name = "auth_provider", nullable = false)
    private String authProvider;

    protected User() {}

    /**
     * A new user with the product's defaults: starter tier, pending approval, active, role user, email
     * authentication, a fresh random id, created and last active now.
     *
     * @param passwordHash the hash computed by the caller (never a plaintext password)
     */
    public static User newUser(String email, String passwordHash) {
        User user = new User();
        user.id = UUID.randomUUID();
        user.email = Objects.requireNonNull(email, "email");
        user.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        user.tier = UserTier.STARTER;
        user.active = true;
        user.status = UserStatus.PENDING;
        user.role = UserRole.USER;
        user.authProvider = DEFAULT_AUTH_PROVIDER;
        user.createdAt = Timestamps.now();
        user.lastActive = user.createdAt;
        return user;
    }

    /**
     * Moves the account to {@code newStatus}. Activation records who approved it and when ({@code approvedBy}
     * may be null, e.g. approval by a service token); any other status clears both approval fields, so they
     * always describe the current activation.
     */
    public void changeStatus(UserStatus newStatus, UUID approvedBy, Instant at) {
        this.status = Objects.requireNonNull(newStatus, "newStatus");
        if (newStatus == UserStatus.ACTIVE) {
            this.approvedBy = approvedBy;
            this.approvedAt = Timestamps.truncate(at);
        } else {
            this.approvedBy = null;
            this.approvedAt = null;
        }
    }

    public void recordActivity(Instant at) {
        this.lastActive = Timestamps.truncate(at);
    }

    public void changePasswordHash(String newPasswordHash, Instant at) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash, "newPasswordHash");
        recordActivity(at);
    }

    public void rename(String newDisplayName, Instant at) {
        this.displayName = newDisplayName;
        recordActivity(at);
    }

    public void assignPrimaryTenant(TenantId tenant) {
        this.primaryTenantId = tenant.value();
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public Optional<String> displayName() {
        return Optional.ofNullable(displayName);
    }

    public User withDisplayName(String displayName) {
        this.displayName = displayName;
        return this;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public UserTier tier() {
        return tier;
    }

    public User withTier(UserTier tier) {
        this.tier = Objects.requireNonNull(tier, "tier");
        return this;
    }

    public Optional<TenantId> primaryTenantId() {
        return Optional.ofNullable(primaryTenantId).map(TenantId::new);
    }

    public boolean isActive() {
        return active;
    }

    public User withActive(boolean active) {
        this.active = active;
        return this;
    }

    public UserStatus status() {
        return status;
    }

    /** For creating users that start in a given status (imports, seeded admins); later changes use {@link #changeStatus}. */
    public User withStatus(UserStatus status, UUID approvedBy) {
        changeStatus(status, approvedBy, createdAt);
        return this;
    }

    public boolean isAdmin() {
        return admin;
    }

    public UserRole role() {
        return role;
    }

    public User withRole(UserRole role) {
        this.role = Objects.requireNonNull(role, "role");
        this.admin = role.isAdministrative();
        return this;
    }

    public Optional<UUID> approvedBy() {
        return Optional.ofNullable(approvedBy);
    }

    public Optional<Instant> approvedAt() {
        return Optional.ofNullable(approvedAt);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastActive() {
        return lastActive;
    }

    public Optional<String> firebaseUid() {
        return Optional.ofNullable(firebaseUid);
    }

    public User withFirebaseUid(String firebaseUid) {
        this.firebaseUid = firebaseUid;
        return this;
    }

    public String authProvider() {
        return authProvider;
    }

    public User withAuthProvider(String authProvider) {
        this.authProvider = Objects.requireNonNull(authProvider, "authProvider");
        return this;
    }

    /** Identity and non-secret state only: the password hash is never printed. */
    @Override
    public String toString() {
        return "User[id=" + id + ", status=" + status + ", role=" + role + ", tier=" + tier + "]";
    }
}
