package io.pierre.data.apikey;

import io.pierre.data.crypto.Digests;
import io.pierre.data.db.Queries;
import io.pierre.data.db.SqlFailures;
import io.pierre.data.db.Timestamps;
import io.pierre.data.error.ConflictException;
import io.pierre.data.paging.CursorPage;
import io.pierre.data.paging.PageRequest;
import io.pierre.data.retry.RetryOnTransientFailure;
import io.pierre.data.user.User;
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
        return Queries.first(
                        em.createNamedQuery(ApiKey.FIND_BY_PREFIX, ApiKey.class).setParameter("prefix", prefix))
                .filter(key -> Digests.matches(key.keyHash(), keyHash));
    }

    @Override
    public Optional<ApiKey> findById(UUID id, UUID userId) {
        Objects.requireNonNull(userId, "userId");
        return findByIdGlobal(id).filter(key -> key.userId().equals(userId));
    }

    @Override
    public Optional<ApiKey> findByIdGlobal(UUID id) {
        return Optional.ofNullable(em.find(ApiKey.class, id));
    }

    @Override
    public List<ApiKey> listByUser(UUID userId) {
        return em.createNamedQuery(ApiKey.LIST_BY_USER, ApiKey.class)
                .setParameter("userId", userId)
                .getResultList();
    }

    @Override
    public CursorPage<ApiKey> pageByUser(UUID userId, PageRequest page) {
        Objects.requireNonNull(userId, "userId");
        return Queries.newestFirstPage(
                em,
                ApiKey.class,
                "createdAt",
                ApiKey::createdAt,
                ApiKey::id,
                (cb, key) -> Stream.of(cb.equal(key.get("userId"), userId)),
                page);
    }

    @Override
    public List<ApiKey> listByUserEmail(String userEmail, boolean activeOnly, Integer limit, Integer offset) {
        Optional<UUID> owner = Queries.first(em.createNamedQuery(User.FIND_BY_EMAIL, User.class)
                        .setParameter("email", Objects.requireNonNull(userEmail, "userEmail")))
                .map(User::id);
        return owner.isEmpty() ? List.of() : list(owner.get(), activeOnly, limit, offset);
    }

    @Override
    public List<ApiKey> listAll(boolean activeOnly, Integer limit, Integer offset) {
        return list(null, activeOnly, limit, offset);
    }

    /** A null owner means every user: only {@link #listAll} passes it. */
    private List<ApiKey> list(UUID owner, boolean activeOnly, Integer limit, Integer offset) {
        return Queries.window(
                        Queries.newestFirst(
                                em,
                                ApiKey.class,
                                "createdAt",
                                (cb, key) -> Stream.of(
                                        owner == null ? null : cb.equal(key.get("userId"), owner),
                                        activeOnly ? cb.isTrue(key.get("active")) : null)),
                        limit,
                        offset)
                .getResultList();
    }

    @Override
    public void updateLastUsed(UUID id) {
        em.createNamedQuery(ApiKey.UPDATE_LAST_USED)
                .setParameter("at", Timestamps.now())
                .setParameter("id", id)
                .executeUpdate();
    }

    @Override
    public void deactivate(UUID id, UUID userId) {
        em.createNamedQuery(ApiKey.DEACTIVATE)
                .setParameter("id", id)
                .setParameter("userId", userId)
                .executeUpdate();
    }

    @Override
    public long cleanupExpired() {
        return em.createNamedQuery(ApiKey.DEACTIVATE_EXPIRED)
                .setParameter("now", Timestamps.now())
                .executeUpdate();
    }

    @Override
    public List<ApiKey> getExpired() {
        return em.createNamedQuery(ApiKey.EXPIRED, ApiKey.class)
                .setParameter("now", Timestamps.now())
                .getResultList();
    }
}
