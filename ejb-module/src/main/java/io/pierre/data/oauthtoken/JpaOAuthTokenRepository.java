package io.pierre.data.oauthtoken;

import io.pierre.data.db.Queries;
import io.pierre.data.db.Timestamps;
import io.pierre.data.retry.RetryOnTransientFailure;
import io.pierre.data.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link OAuthTokenRepository} on JPA; tokens and client secrets are sealed by their entities. */
@ApplicationScoped
@Transactional
@RetryOnTransientFailure
public class JpaOAuthTokenRepository implements OAuthTokenRepository {

    @PersistenceContext(unitName = "pierre")
    private EntityManager em;

    @Override
    public void upsert(UserOAuthToken token) {
        find(token.userId(), token.tenantId(), token.provider())
                .ifPresentOrElse(existing -> existing.replaceWith(token), () -> em.persist(token));
    }

    @Override
    public Optional<UserOAuthToken> find(UUID userId, TenantId tenant, String provider) {
        return Queries.first(em.createNamedQuery(UserOAuthToken.FIND, UserOAuthToken.class)
                .setParameter("userId", userId)
                .setParameter("tenantId", tenant.value())
                .setParameter("provider", provider));
    }

    @Override
    public List<UserOAuthToken> listByUserInEveryTenant(UUID userId) {
        return em.createNamedQuery(UserOAuthToken.LIST_BY_USER, UserOAuthToken.class)
                .setParameter("userId", userId)
                .getResultList();
    }

    @Override
    public List<UserOAuthToken> listByUser(UUID userId, TenantId tenant) {
        return em.createNamedQuery(UserOAuthToken.LIST_BY_USER_IN_TENANT, UserOAuthToken.class)
                .setParameter("userId", userId)
                .setParameter("tenantId", tenant.value())
                .getResultList();
    }

    @Override
    public List<UserOAuthToken> listByTenantProvider(TenantId tenant, String provider) {
        return em.createNamedQuery(UserOAuthToken.LIST_BY_TENANT_PROVIDER, UserOAuthToken.class)
                .setParameter("tenantId", tenant.value())
                .setParameter("provider", provider)
                .getResultList();
    }

    @Override
    public void delete(UUID userId, TenantId tenant, String provider) {
        em.createNamedQuery(UserOAuthToken.DELETE)
                .setParameter("userId", userId)
                .setParameter("tenantId", tenant.value())
                .setParameter("provider", provider)
                .executeUpdate();
    }

    @Override
    public void deleteAllForUser(UUID userId, TenantId tenant) {
        em.createNamedQuery(UserOAuthToken.DELETE_ALL_FOR_USER)
                .setParameter("userId", userId)
                .setParameter("tenantId", tenant.value())
                .executeUpdate();
    }

    @Override
    public boolean refresh(
            UUID userId, TenantId tenant, String provider, String accessToken, String refreshToken, Instant expiresAt) {
        Optional<UserOAuthToken> token = find(userId, tenant, provider);
        token.ifPresent(t -> t.refresh(accessToken, refreshToken, expiresAt));
        return token.isPresent();
    }

    @Override
    public void storeApp(UUID userId, String provider, String clientId, String clientSecret, String redirectUri) {
        Providers.requireSupported(provider);
        findApp(userId, provider)
                .ifPresentOrElse(
                        app -> app.replace(clientId, clientSecret, redirectUri),
                        () -> em.persist(UserOAuthApp.of(userId, provider, clientId, clientSecret, redirectUri)));
    }

    @Override
    public Optional<UserOAuthApp> findApp(UUID userId, String provider) {
        return Queries.first(em.createNamedQuery(UserOAuthApp.FIND, UserOAuthApp.class)
                .setParameter("userId", userId)
                .setParameter("provider", provider));
    }

    @Override
    public List<UserOAuthApp> listApps(UUID userId) {
        return em.createNamedQuery(UserOAuthApp.LIST_BY_USER, UserOAuthApp.class)
                .setParameter("userId", userId)
                .getResultList();
    }

    @Override
    public void removeApp(UUID userId, String provider) {
        em.createNamedQuery(UserOAuthApp.DELETE)
                .setParameter("userId", userId)
                .setParameter("provider", provider)
                .executeUpdate();
    }

    @Override
    public Optional<Instant> getLastSync(UUID userId, TenantId tenant, String provider) {
        return find(userId, tenant, provider).flatMap(UserOAuthToken::lastSync);
    }

    @Override
    public void updateLastSync(UUID userId, TenantId tenant, String provider, Instant syncTime) {
        em.createNamedQuery(UserOAuthToken.UPDATE_LAST_SYNC)
                .setParameter("at", Timestamps.truncate(syncTime))
                .setParameter("userId", userId)
                .setParameter("tenantId", tenant.value())
                .setParameter("provider", provider)
                .executeUpdate();
    }
}
