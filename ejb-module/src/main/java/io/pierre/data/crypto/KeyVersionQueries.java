package io.pierre.data.crypto;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The key ring's reads and writes on {@code key_versions}, on the caller's entity manager and transaction: one
 * implementation for the server's {@link JpaKeyVersionSource} and the standalone data layer's source.
 */
public final class KeyVersionQueries {

    private KeyVersionQueries() {}

    public static List<KeyVersion> loadGlobal(EntityManager em) {
        return em.createNamedQuery(KeyVersion.LIST_GLOBAL, KeyVersion.class).getResultList();
    }

    public static void insert(EntityManager em, KeyVersion version) {
        em.persist(version);
        em.flush();
    }

    /** See {@link KeyVersionSource#reserve}. */
    public static long reserve(EntityManager em, int version, long block, long limit) {
        int updated = em.createNamedQuery(KeyVersion.RESERVE_GLOBAL)
                .setParameter("block", block)
                .setParameter("version", version)
                .setParameter("limit", limit)
                .executeUpdate();
        if (updated == 0) {
            return -1;
        }
        return em.createNamedQuery(KeyVersion.RESERVED_GLOBAL, Long.class)
                .setParameter("version", version)
                .getSingleResult();
    }
}
