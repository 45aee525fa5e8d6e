package io.pierre.data.user;

import io.pierre.data.db.Queries;
import io.pierre.data.db.SqlFailures;
import io.pierre.data.db.Timestamps;
import io.pierre.data.error.ConflictException;
import io.pierre.data.error.NotFoundException;
import io.pierre.data.paging.CursorPage;
import io.pierre.data.paging.PageRequest;
import io.pierre.data.retry.RetryOnTransientFailure;
import io.pierre.data.tenancy.TenantId;
import io.pierre.data.tenant.Tenant;
import io.pierre.data.tenant.TenantMembership;
import io.pierre.data.tenant.TenantRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * {@link UserRepository} on JPA. Writes that can violate a constraint flush inside the method, so the violation
 * surfaces here (and becomes a {@link ConflictException}) instead of at commit as a transaction-manager error.
 */
@ApplicationScoped
@Transactional
@RetryOnTransientFailure
public class JpaUserRepository implements UserRepository {

    @PersistenceContext(unitName = "pierre")
    private EntityManager em;

    @Override
    public UUID create(User user) {
        try {
            em.persist(user);
            em.flush();
            return user.id();
        } catch (PersistenceException e) {
            throw conflictOrRethrow(e);
        }
    }

    private static RuntimeException conflictOrRethrow(PersistenceException e) {
        if (!SqlFailures.isUniqueViolation(e)) {
            return e;
        }
        if (SqlFailures.mentions(e, "email")) {
            return new ConflictException("Email already in use by another user", e);
        }
        if (SqlFailures.mentions(e, "firebase_uid")) {
            return new ConflictException("Firebase UID already linked to another user", e);
        }
        return new ConflictException("A user with this id already exists", e);
    }

    @Override
    public Optional<User> findById(UUID id, TenantId tenant) {
        return Queries.first(em.createNamedQuery(User.FIND_IN_TENANT, User.class)
                .setParameter("id", id)
                .setParameter("tenantId", tenant.value()));
    }

    @Override
    public Optional<User> findByIdGlobal(UUID id) {
        return Optional.ofNullable(em.find(User.class, id));
    }

    @Override
    public Optional<User> findByEmail(String email) {
        return Queries.first(em.createNamedQuery(User.FIND_BY_EMAIL, User.class).setParameter("email", email));
    }

    @Override
    public User getByEmail(String email) {
        return findByEmail(email).orElseThrow(() -> new NotFoundException("User with email", email));
    }

    @Override
    public Optional<User> findByFirebaseUid(String firebaseUid) {
        return Queries.first(
                em.createNamedQuery(User.FIND_BY_FIREBASE_UID, User.class).setParameter("firebaseUid", firebaseUid));
    }

    @Override
    public void updateLastActive(UUID id) {
        em.createNamedQuery(User.UPDATE_LAST_ACTIVE)
                .setParameter("at", Timestamps.now())
                .setParameter("id", id)
                .executeUpdate();
    }

    @Override
    public long count() {
        return em.createNamedQuery(User.COUNT, Long.class).getSingleResult();
    }

    @Override
    public List<User> listByStatus(UserStatus status) {
        return em.createNamedQuery(User.LIST_BY_STATUS, User.class)
                .setParameter("status", status)
                .getResultList();
    }

    @Override
    public List<User> listByStatus(UserStatus status, TenantId tenant) {
        return em.createNamedQuery(User.LIST_BY_STATUS_IN_TENANT, User.class)
                .setParameter("status", status)
                .setParameter("tenantId", tenant.value())
                .getResultList();
    }

    @Override
    public CursorPage<User> pageByStatus(UserStatus status, PageRequest page) {
        Objects.requireNonNull(status, "status");
        return Queries.newestFirstPage(
                em,
                User.class,
                "createdAt",
                User::createdAt,
                User::id,
                (cb, user) -> Stream.of(cb.equal(user.get("status"), status)),
                page);
    }

    @Override
    public User updateStatus(UUID id, UserStatus status, UUID approvedBy) {
        User user = require(id);
        user.changeStatus(status, approvedBy, Timestamps.now());
        return user;
    }

    @Override
    public void updateTenantId(UUID id, TenantId tenant) {
        User user = require(id);
        if (em.find(Tenant.class, tenant.value()) == null) {
            throw new NotFoundException("Tenant", tenant);
        }
        user.assignPrimaryTenant(tenant);
        Queries.first(em.createNamedQuery(TenantMembership.FIND, TenantMembership.class)
                        .setParameter("tenantId", tenant.value())
                        .setParameter("userId", id))
                .ifPresentOrElse(
                        TenantMembership::reactivate,
                        () -> em.persist(TenantMembership.joined(tenant, id, TenantRole.MEMBER)));
    }

    @Override
    public void updatePassword(UUID id, String passwordHash) {
        require(id).changePasswordHash(passwordHash, Timestamps.now());
    }

    @Override
    public User updateDisplayName(UUID id, String displayName) {
        User user = require(id);
        user.rename(displayName, Timestamps.now());
        return user;
    }

    @Override
    public void delete(UUID id) {
        int deleted;
        try {
            deleted = em.createNamedQuery(User.DELETE_BY_ID)
                    .setParameter("id", id)
                    .executeUpdate();
        } catch (PersistenceException e) {
            if (SqlFailures.isForeignKeyViolation(e)) {
                throw new ConflictException(
                        "User " + id + " still owns a tenant: transfer or delete the tenant first", e);
            }
            throw e;
        }
        if (deleted == 0) {
            throw new NotFoundException("User", id);
        }
    }

    @Override
    public Optional<User> findFirstAdmin() {
        return Queries.first(
                em.createNamedQuery(User.FIND_FIRST_ADMIN, User.class).setMaxResults(1));
    }

    private User require(UUID id) {
        User user = em.find(User.class, id);
        if (user == null) {
            throw new NotFoundException("User", id);
        }
        return user;
    }
}
