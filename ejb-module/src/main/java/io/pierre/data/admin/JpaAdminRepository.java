package io.pierre.data.admin;

import io.pierre.data.apikey.ApiKeyTier;
import io.pierre.data.db.Queries;
import io.pierre.data.db.Timestamps;
import io.pierre.data.error.NotFoundException;
import io.pierre.data.paging.CursorPage;
import io.pierre.data.paging.PageRequest;
import io.pierre.data.retry.RetryOnTransientFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/** {@link AdminRepository} on JPA. */
@ApplicationScoped
@Transactional
@RetryOnTransientFailure
public class JpaAdminRepository implements AdminRepository {

    @PersistenceContext(unitName = "pierre")
    private EntityManager em;

    @Override
    public AdminToken.Issued createToken(
            String serviceName,
            String description,
            Set<AdminPermission> permissions,
            boolean superAdmin,
            Instant expiresAt) {
        AdminToken.Issued issued = AdminToken.issue(serviceName, description, permissions, superAdmin, expiresAt);
        em.persist(issued.token());
        return issued;
    }

    @Override
    public boolean hasAnyToken() {
        return !em.createNamedQuery(AdminToken.LIST_ALL, AdminToken.class)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public Optional<AdminToken> findTokenById(UUID tokenId) {
        return Optional.ofNullable(em.find(AdminToken.class, tokenId));
    }

    @Override
    public Optional<AdminToken> findTokenByPrefix(String prefix) {
        return Queries.first(
                em.createNamedQuery(AdminToken.FIND_BY_PREFIX, AdminToken.class).setParameter("prefix", prefix));
    }

    @Override
    public Optional<AdminToken> authenticate(String rawToken, Instant now) {
        return findTokenByPrefix(AdminToken.prefixOf(rawToken)).filter(token -> token.accepts(rawToken, now));
    }

    @Override
    public List<AdminToken> listTokens(boolean includeInactive) {
        return em.createNamedQuery(includeInactive ? AdminToken.LIST_ALL : AdminToken.LIST_ACTIVE, AdminToken.class)
                .getResultList();
    }

    @Override
    public CursorPage<AdminToken> pageTokens(boolean includeInactive, PageRequest page) {
        return Queries.newestFirstPage(
                em,
                AdminToken.class,
                "createdAt",
                AdminToken::createdAt,
                AdminToken::id,
                (cb, token) -> Stream.of(includeInactive ? null : cb.isTrue(token.get("active"))),
                page);
    }

    @Override
    public void deactivateToken(UUID tokenId) {
        findTokenById(tokenId).ifPresent(AdminToken::deactivate);
    }

    @Override
    public void updateTokenLastUsed(UUID tokenId, String ip) {
        em.createNamedQuery(AdminToken.RECORD_USE)
                .setParameter("at", Timestamps.now())
                .setParameter("ip", ip)
                .setParameter("id", tokenId)
                .executeUpdate();
    }

    @Override
    public void recordUsage(AdminTokenUsage usage) {
        em.persist(usage);
    }

    @Override
    public List<AdminTokenUsage> getUsageHistory(UUID tokenId, Instant start, Instant end) {
        return em.createNamedQuery(AdminTokenUsage.HISTORY, AdminTokenUsage.class)
                .setParameter("tokenId", tokenId)
                .setParameter("start", start)
                .setParameter("end", end)
                .getResultList();
    }

    @Override
    public void recordProvisionedKey(
            UUID adminTokenId,
            UUID apiKeyId,
            String userEmail,
            ApiKeyTier tier,
            int rateLimitRequests,
            ProvisionedKey.RateLimitPeriod period) {
        AdminToken token =
                findTokenById(adminTokenId).orElseThrow(() -> new NotFoundException("Admin token", adminTokenId));
        em.persist(ProvisionedKey.record(token, apiKeyId, userEmail, tier, rateLimitRequests, period));
    }

    @Override
    public List<ProvisionedKey> getProvisionedKeys(UUID adminTokenId, Instant start, Instant end) {
        return em.createNamedQuery(ProvisionedKey.LIST_BY_TOKEN, ProvisionedKey.class)
                .setParameter("start", start)
                .setParameter("end", end)
                .setParameter("tokenId", Objects.requireNonNull(adminTokenId, "adminTokenId"))
                .getResultList();
    }

    @Override
    public List<ProvisionedKey> getAllProvisionedKeys(Instant start, Instant end) {
        return em.createNamedQuery(ProvisionedKey.LIST_ALL, ProvisionedKey.class)
                .setParameter("start", start)
                .setParameter("end", end)
                .getResultList();
    }
}
