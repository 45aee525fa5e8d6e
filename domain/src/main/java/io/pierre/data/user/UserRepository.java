package io.pierre.data.user;

import io.pierre.data.error.ConflictException;
import io.pierre.data.error.NotFoundException;
import io.pierre.data.paging.CursorPage;
import io.pierre.data.paging.PageRequest;
import io.pierre.data.tenancy.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Users (spec §3.1). Every method is its own transaction, or joins the caller's.
 *
 * <p>Tenant rule: a user is visible in tenant T iff it has an active membership of T. Methods without a
 * tenant ({@code *Global}, email and Firebase lookups) are for authentication and operators.
 *
 * <p>Both databases behave identically; where the original's SQLite and PostgreSQL backends disagreed, the
 * choice is stated on the method.
 */
public interface UserRepository {

    /**
     * Inserts a new user and returns its id.
     *
     * <p>Decision: a plain insert on both databases. The original's SQLite backend silently turned a create
     * with a known email and the same id into an update; updates here go through the {@code update*} methods.
     *
     * @throws ConflictException if the email, id or Firebase UID is already in use
     */
    UUID create(User user);

    /** The user with this id if it is a member of {@code tenant}; empty otherwise (also for another tenant's user). */
    Optional<User> findById(UUID id, TenantId tenant);

    /** The user with this id in any tenant: for authentication, the CLI and operators. */
    Optional<User> findByIdGlobal(UUID id);

    /** Exact, case-sensitive email match. */
    Optional<User> findByEmail(String email);

    /** @throws NotFoundException if no user has this email */
    User getByEmail(String email);

    Optional<User> findByFirebaseUid(String firebaseUid);

    /** Records activity now; an unknown id is a no-op, as login races with deletion are harmless. */
    void updateLastActive(UUID id);

    /** All users, every status and tenant. */
    long count();

    /** Users in {@code status} across all tenants, newest first. */
    List<User> listByStatus(UserStatus status);

    /** Users in {@code status} that are members of {@code tenant}, newest first. */
    List<User> listByStatus(UserStatus status, TenantId tenant);

    /**
     * One keyset page of users in {@code status}, newest first ({@code created_at DESC, id DESC}); stable under
     * concurrent inserts.
     */
    CursorPage<User> pageByStatus(UserStatus status, PageRequest page);

    /**
     * Changes the status and returns the user as stored. Activation sets {@code approvedBy} (may be null) and
     * the approval time; any other status clears both.
     *
     * <p>Decision: {@code last_active} is not touched (the original's SQLite backend did, PostgreSQL did not):
     * an admin's decision is not the user's activity.
     *
     * @throws NotFoundException if no user has this id
     */
    User updateStatus(UUID id, UserStatus status, UUID approvedBy);

    /**
     * Sets the user's primary tenant and makes sure it is an active member of it (joining as {@code member} if
     * it was not), so the legacy column and membership never disagree.
     *
     * @throws NotFoundException if the user or the tenant does not exist
     */
    void updateTenantId(UUID id, TenantId tenant);

    /**
     * Replaces the password hash (computed by the caller) and records activity.
     *
     * @throws NotFoundException if no user has this id
     */
    void updatePassword(UUID id, String passwordHash);

    /**
     * Renames the user, records activity and returns the user as stored.
     *
     * @throws NotFoundException if no user has this id
     */
    User updateDisplayName(UUID id, String displayName);

    /**
     * Deletes the user; the database cascades to everything the user owns.
     *
     * @throws NotFoundException if no user has this id
     * @throws ConflictException if the user still owns a tenant
     */
    void delete(UUID id);

    /** The oldest administrator (role {@code admin} or {@code super_admin}); the original's SQLite query always failed. */
    Optional<User> findFirstAdmin();
}
