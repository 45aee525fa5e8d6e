package io.pierre.data.tenant;

import io.pierre.data.db.Queries;
import io.pierre.data.db.SqlFailures;
import io.pierre.data.error.ConflictException;
import io.pierre.data.error.NotFoundException;
import io.pierre.data.oauthtoken.Providers;
import io.pierre.data.paging.CursorPage;
import io.pierre.data.paging.PageRequest;
import io.pierre.data.retry.RetryOnTransientFailure;
import io.pierre.data.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/** {@link TenantRepository} on JPA. */
@ApplicationScoped
@Transactional
@RetryOnTransientFailure
public class JpaTenantRepository implements TenantRepository {

    @PersistenceContext(unitName = "pierre")
    private EntityManager em;

    @Override
    public void create(Tenant tenant) {
        if (em.createNamedQuery(Tenant.COUNT_USERS_WITH_ID, Long.class)
                        .setParameter("id", tenant.ownerUserId())
                        .getSingleResult()
                == 0) {
            throw new NotFoundException("User", tenant.ownerUserId());
        }
        try {
            em.persist(tenant);
            em.persist(TenantMembership.joined(tenant.id(), tenant.ownerUserId(), TenantRole.OWNER));
            em.flush();
        } catch (PersistenceException e) {
            if (SqlFailures.isUniqueViolation(e)) {
                throw new ConflictException(
                        SqlFailures.mentions(e, "domain")
                                ? "Tenant domain already in use"
                                : "Tenant slug already in use",
                        e);
            }
            throw e;
        }
    }

    @Override
    public Tenant getById(TenantId id) {
        return Optional.ofNullable(em.find(Tenant.class, id.value()))
                .filter(Tenant::isActive)
                .orElseThrow(() -> new NotFoundException("Tenant", id));
    }

    @Override
    public Tenant getBySlug(String slug) {
        return Queries.first(em.createNamedQuery(Tenant.FIND_ACTIVE_BY_SLUG, Tenant.class)
                        .setParameter("slug", slug))
                .orElseThrow(() -> new NotFoundException("Tenant with slug", slug));
    }

    @Override
    public List<Tenant> listForUser(UUID userId) {
        return em.createNamedQuery(Tenant.LIST_FOR_USER, Tenant.class)
                .setParameter("userId", userId)
                .getResultList();
    }

    @Override
    public List<Tenant> listAll() {
        return em.createNamedQuery(Tenant.LIST_ACTIVE, Tenant.class).getResultList();
    }

    @Override
    public CursorPage<Tenant> pageActive(PageRequest page) {
        return Queries.newestFirstPage(
                em,
                Tenant.class,
                "createdAt",
                Tenant::createdAt,
                tenant -> tenant.id().value(),
                (cb, tenant) -> Stream.of(cb.isTrue(tenant.get("active"))),
                page);
    }

    @Override
    public Tenant update(TenantId id, TenantPlan plan, Boolean active) {
        Tenant tenant = Optional.ofNullable(em.find(Tenant.class, id.value()))
                .orElseThrow(() -> new NotFoundException("Tenant", id));
        tenant.change(plan, active);
        return tenant;
    }

    @Override
    public List<TenantMembership> listMembers(TenantId tenant) {
        getById(tenant);
        return em.createNamedQuery(TenantMembership.LIST_ACTIVE_IN_TENANT, TenantMembership.class)
                .setParameter("tenantId", tenant.value())
                .getResultList();
    }

    @Override
    public void storeOAuthCredentials(TenantOAuthCredentials credentials) {
        Providers.requireSupported(credentials.provider());
        getById(credentials.tenantId());
        findCredentials(credentials.tenantId(), credentials.provider())
                .ifPresentOrElse(existing -> existing.replaceWith(credentials), () -> em.persist(credentials));
    }

    @Override
    public List<TenantOAuthCredentials> getOAuthProviders(TenantId tenant) {
        return em.createNamedQuery(TenantOAuthCredentials.LIST_ACTIVE, TenantOAuthCredentials.class)
                .setParameter("tenantId", tenant.value())
                .getResultList();
    }

    @Override
    public Optional<TenantOAuthCredentials> findOAuthCredentials(TenantId tenant, String provider) {
        return findCredentials(tenant, provider).filter(TenantOAuthCredentials::isActive);
    }

    private Optional<TenantOAuthCredentials> findCredentials(TenantId tenant, String provider) {
        return Queries.first(em.createNamedQuery(TenantOAuthCredentials.FIND, TenantOAuthCredentials.class)
                .setParameter("tenantId", tenant.value())
                .setParameter("provider", provider));
    }

    @Override
    public Optional<TenantRole> findUserRole(UUID userId, TenantId tenant) {
        return Queries.first(em.createNamedQuery(TenantMembership.FIND, TenantMembership.class)
                        .setParameter("tenantId", tenant.value())
                        .setParameter("userId", userId))
                .filter(TenantMembership::isActive)
                .map(TenantMembership::role);
    }

    @Override
    public void createOAuthApp(OAuthApp app) {
        try {
            em.persist(app);
            em.flush();
        } catch (PersistenceException e) {
            if (SqlFailures.isUniqueViolation(e)) {
                throw new ConflictException("OAuth app client id already in use", e);
            }
            throw e;
        }
    }

    @Override
    public OAuthApp getOAuthAppByClientId(String clientId) {
        return Queries.first(em.createNamedQuery(OAuthApp.FIND_ACTIVE_BY_CLIENT_ID, OAuthApp.class)
                        .setParameter("clientId", clientId))
                .orElseThrow(() -> new NotFoundException("OAuth app", clientId));
    }

    @Override
    public List<OAuthApp> listOAuthAppsForUser(UUID userId) {
        return em.createNamedQuery(OAuthApp.LIST_ACTIVE_FOR_OWNER, OAuthApp.class)
                .setParameter("ownerUserId", userId)
                .getResultList();
    }
}
