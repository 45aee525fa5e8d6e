package io.pierre.data.apikey;

import io.pierre.data.crypto.Digests;
import io.pierre.data.db.Queries;
import io.pierre.data.db.SqlFailures;
import io.pierre.data.db.Timestamps;
import io.pierre.data.error.ConflictException;
import io.pierre.data.error.InvalidInputException;
import io.pierre.data.retry.RetryOnTransientFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link ApiKeyRepository} on JPA. */
@ApplicationScoped
@Transactional
@RetryOnTransientFailure
public class JpaApiKeyRepository implements ApiKeyRepository {

    @PersistenceContext(unitName = "pierre")
    private EntityManager em;

    @Override
    public void create(ApiKey key) {
        try {
            em.persist(key);
            em.flush();
        } catch (PersistenceException e) {
            if (SqlFailures.isUniqueViolation(e)) {
                throw new ConflictException("An API key with this digest or prefix exists already", e);
            }
            throw e;
        }
    }

    @Override
    public Optional<ApiKey> findByPrefix(String prefix, String keyHash) {
        return Queries.first(em.createNamedQuery(ApiKey.FIND_BY_PREFIX, ApiKey.class).setParameter("prefix", prefix))
                .filter(key -> Digests.matches(key.keyHash(), keyHash));
    }

    @Override
    public Optional<ApiKey> findById(UUID id, UUID userId) {
        return Optional.ofNullable(em.find(ApiKey.class, id)).filter(key -> userId == null || key.userId().equals(userId));
    }

    @Override
    public List<ApiKey> listByUser(UUID userId) {
        return em.createNamedQuery(ApiKey.LIST_BY_USER, ApiKey.class).setParameter("userId", userId).getResultList();
    }

    @Override
    public List<ApiKey> listFiltered(String userEmail, boolean activeOnly, Integer limit, Integer offset) {
        if ((limit != null && limit < 0) || (offset != null && offset < 0)) {
            throw new InvalidInputException("limit and offset must not be negative");
        }
        StringBuilder jpql = new StringBuilder("select k from ApiKey k where 1 = 1");
        if (userEmail != null) {
            jpql.append(" and k.userId in (select u.id from User u where u.email = :email)");
        }
        if (activeOnly) {
            jpql.append(" and k.active = true");
        }
        jpql.append(" order by k.createdAt desc, k.id desc");
        TypedQuery<ApiKey> query = em.createQuery(jpql.toString(), ApiKey.class);
        if (userEmail != null) {
            query.setParameter("email", userEmail);
        }
        if (limit != null) {
            query.setMaxResults(limit);
        }
        if (offset != null) {
            query.setFirstResult(offset);
        }
        return query.getResultList();
    }

    @Override
    public void updateLastUsed(UUID id) {
        em.createNamedQuery(ApiKey.UPDATE_LAST_USED).setParameter("at", Timestamps.now()).setParameter("id", id).executeUpdate();
    }

    @Override
    public void deactivate(UUID id, UUID userId) {
        em.createNamedQuery(ApiKey.DEACTIVATE).setParameter("id", id).setParameter("userId", userId).executeUpdate();
    }

    @Override
    public long cleanupExpired() {
        return em.createNamedQuery(ApiKey.DEACTIVATE_EXPIRED).setParameter("now", Timestamps.now()).executeUpdate();
    }

    @Override
    public List<ApiKey> getExpired() {
        return em.createNamedQuery(ApiKey.EXPIRED, ApiKey.class).setParameter("now", Timestamps.now()).getResultList();
    }
}
