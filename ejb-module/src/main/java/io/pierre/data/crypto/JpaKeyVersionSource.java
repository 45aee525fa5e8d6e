package io.pierre.data.crypto;

import io.pierre.data.retry.RetryOnTransientFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Key versions for the key ring, each call in a transaction of its own (REQUIRES_NEW), so a reservation or a
 * reload commits independently of whatever the caller is doing. Every call is one statement, so a retry on SQLite
 * needs no write lock first (and must not: taking it asks the key ring to reserve, which is what calls this).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
@RetryOnTransientFailure(lockSqliteOnRetry = false)
public class JpaKeyVersionSource implements KeyVersionSource {

    @PersistenceContext(unitName = "pierre")
    private EntityManager em;

    @Override
    public List<KeyVersion> loadGlobal() {
        return KeyVersionQueries.loadGlobal(em);
    }

    @Override
    public void insert(KeyVersion version) {
        KeyVersionQueries.insert(em, version);
    }

    @Override
    public long reserve(int version, long block, long limit) {
        return KeyVersionQueries.reserve(em, version, block, limit);
    }
}
