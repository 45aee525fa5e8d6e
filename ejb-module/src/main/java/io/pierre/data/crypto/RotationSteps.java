package io.pierre.data.crypto;

import io.pierre.data.error.ConflictException;
import io.pierre.data.error.NotFoundException;
import io.pierre.data.retry.RetryOnTransientFailure;
import io.pierre.data.security.KeyState;
import io.pierre.data.security.KeyVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.metamodel.mapping.EntityIdentifierMapping;
import org.hibernate.type.descriptor.ValueBinder;

/** The transactional steps of key rotation, each one short transaction under the retry policy. */
@ApplicationScoped
@Transactional
@RetryOnTransientFailure
public class RotationSteps {

    @PersistenceContext(unitName = "pierre")
    EntityManager em;

    @Inject
    KeyRingService keys;

    /** Adds the next global version, decrypt-only until promoted; returns its number. */
    public int addVersion(MasterKey masterKey) {
        int next = versions().stream().mapToInt(KeyVersion::version).max().orElse(0) + 1;
        em.persist(KeyVersion.create(null, next, KeyState.DECRYPT_ONLY, masterKey.wrap(AesGcm.newKey(), next), null));
        return next;
    }

    /** Makes {@code version} the primary; the previous primary stays openable (decrypt-only). */
    public void promote(int version) {
        KeyVersion target = find(version);
        if (target.state() == KeyState.RETIRED) {
            throw new ConflictException("Key version " + version + " is retired and cannot become primary", null);
        }
        for (KeyVersion key : versions()) {
            if (key.state() == KeyState.PRIMARY && key.version() != version) {
                key.changeState(KeyState.DECRYPT_ONLY);
            }
        }
        em.flush();
        target.changeState(KeyState.PRIMARY);
    }

    /** Retires {@code version}; refused while it is primary or any sealed value still uses it. */
    public void retire(int version) {
        KeyVersion target = find(version);
        if (target.state() == KeyState.PRIMARY) {
            throw new ConflictException("Key version " + version + " is primary: promote another version first", null);
        }
        long remaining = countSealedWith(version);
        if (remaining > 0) {
            throw new ConflictException("Key version " + version + " still seals " + remaining + " values: rewrap them first", null);
        }
        target.changeState(KeyState.RETIRED);
    }

    /** Sealed values per key version, over every sealed column. */
    public Map<Integer, Long> valuesPerVersion() {
        Map<Integer, Long> counts = new LinkedHashMap<>();
        for (KeyVersion key : versions()) {
            counts.put(key.version(), countSealedWith(key.version()));
        }
        return counts;
    }

    private long countSealedWith(int version) {
        long total = 0;
        for (SealedColumn<?> column : SealedColumn.ALL) {
            total += ((Number) em.createNativeQuery("SELECT count(*) FROM " + column.table() + " WHERE " + column.column()
                    + " LIKE ?1").setParameter(1, prefix(version)).getSingleResult()).longValue();
        }
        return total;
    }

    /** A value to rewrap: its row's id, the envelope that was read, and the same value sealed with the primary version. */
    public record Reseal(Object id, String current, String resealed) {
    }

    /**
     * Reads up to {@code batchSize} values of one column that use an older version and re-seals them with the primary
     * version in memory. Nothing is written: {@link #writeReseals} does that in its own transaction.
     */
    public <E> List<Reseal> resealBatch(SealedColumn<E> column, int batchSize) {
        KeyRing ring = keys.ring();
        String primaryPrefix = prefix(ring.primaryVersion());
        List<?> ids = em.createNativeQuery("SELECT " + column.idColumn() + " FROM " + column.table() + " WHERE " + column.column()
                        + " IS NOT NULL AND " + column.column() + " NOT LIKE ?1", column.idType())
                .setParameter(1, primaryPrefix)
                .setMaxResults(batchSize)
                .getResultList();
        // One read-only query for the whole batch instead of one find per value.
        Session session = em.unwrap(Session.class);
        session.setDefaultReadOnly(true);
        List<Reseal> reseals = new ArrayList<>();
        for (E entity : session.byMultipleIds(column.entity()).multiLoad(ids)) {
            String current = entity == null ? null : column.value().apply(entity).map(Sealed::envelope).orElse(null);
            if (current != null && !current.startsWith(primaryPrefix)) {
                reseals.add(new Reseal(em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity), current,
                        ring.reseal(current, column.context().apply(entity))));
            }
        }
        em.clear();
        return reseals;
    }

    /**
     * Writes re-sealed values as one JDBC batch (the rewrap is bound by round trips, not by the crypto). Each value is
     * written only if it is still the one that was read (compare-and-set), so a concurrent update by the application
     * always wins, and reading in an earlier transaction is safe. Starting the transaction with the write also keeps
     * SQLite from failing it with SQLITE_BUSY_SNAPSHOT, which a read followed by writes gets under concurrent writers.
     * Returns how many values were rewrapped.
     */
    public int writeReseals(SealedColumn<?> column, List<Reseal> reseals) {
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        EntityIdentifierMapping idMapping = session.getFactory().getMappingMetamodel().getEntityDescriptor(column.entity()).getIdentifierMapping();
        @SuppressWarnings("unchecked")
        ValueBinder<Object> idBinder = (ValueBinder<Object>) idMapping.getSingleJdbcMapping().getJdbcValueBinder();
        String update = "UPDATE " + column.table() + " SET " + column.column() + " = ? WHERE " + column.idColumn() + " = ? AND "
                + column.column() + " = ?";
        return session.doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(update)) {
                for (Reseal reseal : reseals) {
                    statement.setString(1, reseal.resealed());
                    idBinder.bind(statement, reseal.id(), 2, session);
                    statement.setString(3, reseal.current());
                    statement.addBatch();
                }
                // SUCCESS_NO_INFO (-2) means the driver could not count: it only ever comes with a row written.
                return Arrays.stream(statement.executeBatch()).map(count -> count == Statement.SUCCESS_NO_INFO ? 1 : count).sum();
            }
        });
    }

    private static String prefix(int version) {
        return Envelope.FORMAT + "." + version + ".%";
    }

    private List<KeyVersion> versions() {
        return em.createNamedQuery(KeyVersion.LIST_GLOBAL, KeyVersion.class).getResultList();
    }

    private KeyVersion find(int version) {
        return versions().stream().filter(k -> k.version() == version).findFirst()
                .orElseThrow(() -> new NotFoundException("Key version", version));
    }
}
