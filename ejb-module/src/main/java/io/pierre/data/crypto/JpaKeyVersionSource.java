package io.pierre.data.crypto;

import io.pierre.data.retry.RetryOnTransientFailure;
import io.pierre.data.security.KeyVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Key versions for the key ring, each call in a transaction of its own (REQUIRES_NEW), so a reservation or a
 * reload commits independently of whatever the caller is doing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
@RetryOnTransientFailure
public class JpaKeyVersionSource implements KeyVersionSource {

    @PersistenceContext(unitName = "pierre")
    private EntityManager em;

    @Override
    public List<KeyVersion> loadGlobal() {
        return em.createNamedQuery(KeyVersion.LIST_GLOBAL, KeyVersion.class).getResultList();
    }

    @Override
    public void insert(KeyVersion version) {
        em.persist(version);
        em.flush();
    }

    @Override
    public long reserve(int version, long block, long limit) {
        int updated = em.createQuery("update KeyVersion k set k.usageReserved = k.usageReserved + :block"
                        + " where k.tenantId is null and k.version = :version and k.usageReserved + :block <= :limit")
                .setParameter("block", block)
                .setParameter("version", version)
                .setParameter("limit", limit)
                .executeUpdate();
        if (updated == 0) {
            return -1;
        }
        return em.createQuery("select k.usageReserved from KeyVersion k where k.tenantId is null and k.version = :version", Long.class)
                .setParameter("version", version)
                .getSingleResult();
    }
}
