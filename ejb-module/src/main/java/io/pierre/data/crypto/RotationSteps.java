package io.pierre.data.crypto;

import io.pierre.data.db.DatabaseClock;
import io.pierre.data.db.SqlFailures;
import io.pierre.data.error.ConflictException;
import io.pierre.data.error.NotFoundException;
import io.pierre.data.retry.RetryOnTransientFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * The transactional steps of key rotation, each one short transaction under the retry policy. State changes of
 * global versions are compare-and-set updates (and the schema allows one global primary only), so two nodes
 * rotating at once never leave two primaries or retire a version that became primary meanwhile.
 */
@ApplicationScoped
@Transactional
@RetryOnTransientFailure
public class RotationSteps {

    @PersistenceContext(unitName = "pierre")
    EntityManager em;

    @Inject
    KeyRingService keys;

    @Inject
    SealedColumns sealedColumns;

    /** The global versions, highest first. */
    public List<KeyVersion> versions() {
        return em.createNamedQuery(KeyVersion.LIST_GLOBAL, KeyVersion.class).getResultList();
    }

    /** Adds the next global version, decrypt-only until promoted; returns its number. */
    public int addVersion(MasterKey masterKey) {
        int next = versions().stream().mapToInt(KeyVersion::version).max().orElse(0) + 1;
        em.persist(KeyVersion.global(next, KeyState.DECRYPT_ONLY, masterKey.wrap(AesGcm.newKey(), next)));
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (SqlFailures.isUniqueViolation(e)) {
                throw new ConflictException(
                        "Another rotation added key version " + next + " at the same moment: read the versions"
                                + " and retry if a new one is still needed",
                        e);
            }
            throw e;
        }
        return next;
    }

    /**
     * Makes {@code version} the primary; the previous primary becomes decrypt-only, and the database clock records
     * when, which starts its retire grace.
     */
    public void promote(int version) {
        KeyVersion target = find(version);
        if (target.state() == KeyState.PRIMARY) {
            return;
        }
        if (target.state() == KeyState.RETIRED) {
            throw new ConflictException("Key version " + version + " is retired and cannot become primary", null);
        }
        em.createNamedQuery(KeyVersion.DEMOTE_GLOBAL_PRIMARY)
                .setParameter("decryptOnly", KeyState.DECRYPT_ONLY)
                .setParameter("primary", KeyState.PRIMARY)
                .setParameter("at", DatabaseClock.now(em))
                .executeUpdate();
        int promoted = em.createNamedQuery(KeyVersion.PROMOTE_GLOBAL)
                .setParameter("primary", KeyState.PRIMARY)
                .setParameter("decryptOnly", KeyState.DECRYPT_ONLY)
                .setParameter("version", version)
                .executeUpdate();
        if (promoted != 1) {
            throw new ConflictException(
                    "Key version " + version
                            + " changed state while it was being promoted: read the versions and retry",
                    null);
        }
    }

    /**
     * Retires {@code version}. Refused while it is primary, within {@code grace} after it stopped being primary (a node
     * that has not reloaded its key ring may still seal with it until then), and while any sealed value uses it.
     */
    public void retire(int version, Duration grace) {
        KeyVersion target = find(version);
        if (target.state() == KeyState.RETIRED) {
            return;
        }
        if (target.state() == KeyState.PRIMARY) {
            throw new ConflictException("Key version " + version + " is primary: promote another version first", null);
        }
        Optional<Instant> demotedAt = target.demotedAt();
        Instant now = DatabaseClock.now(em);
        if (demotedAt.isPresent() && now.isBefore(demotedAt.get().plus(grace))) {
            Duration wait = Duration.between(now, demotedAt.get().plus(grace));
            throw new ConflictException(
                    "Key version " + version + " stopped being primary at " + demotedAt.get()
                            + ", less than the retire grace of "
                            + grace.toSeconds()
                            + " s ago, and a node that has not reloaded its keys yet may still seal with it: retire it in "
                            + Math.max(1, wait.toSeconds()) + " s",
                    null);
        }
        long remaining = countSealedWith(version);
        if (remaining > 0) {
            long unopenable = unopenableStillPresent().stream()
                    .filter(u -> u.keyVersion() == version)
                    .count();
            throw new ConflictException(
                    "Key version " + version + " still seals " + remaining + " values"
                            + (unopenable == 0
                                    ? ""
                                    : ", " + unopenable + " of them recorded as unopenable (resolve those first)")
                            + ": let the rewrap finish, then retire it",
                    null);
        }
        int retired = em.createNamedQuery(KeyVersion.RETIRE_GLOBAL)
                .setParameter("retired", KeyState.RETIRED)
                .setParameter("decryptOnly", KeyState.DECRYPT_ONLY)
                .setParameter("version", version)
                .executeUpdate();
        if (retired != 1) {
            throw new ConflictException(
                    "Key version " + version + " changed state while it was being retired: read the versions and retry",
                    null);
        }
    }

    /** Sealed values per global key version, over every sealed column. */
    public Map<Integer, Long> valuesPerVersion() {
        Map<Integer, Long> counts = new LinkedHashMap<>();
        for (KeyVersion key : versions()) {
            counts.put(key.version(), countSealedWith(key.version()));
        }
        return counts;
    }

    private long countSealedWith(int version) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            long total = 0;
            for (SealedColumn<?> column : sealedColumns.all()) {
                total += column.countSealedWith(connection, prefix(version));
            }
            return total;
        });
    }

    /** Values recorded as unopenable whose row still holds the value that failed, oldest first. */
    public List<UnopenableValue> unopenableStillPresent() {
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        List<UnopenableValue> present = new ArrayList<>();
        for (UnopenableValue value :
                em.createNamedQuery(UnopenableValue.LIST, UnopenableValue.class).getResultList()) {
            Optional<SealedColumn<?>> column = sealedColumns.at(value.tableName(), value.columnName());
            if (column.isPresent()
                    && column.get()
                            .envelopeOf(session, column.get().rowId(value.rowKey()))
                            .filter(value::isStill)
                            .isPresent()) {
                present.add(value);
            }
        }
        return present;
    }

    /** How an operator resolves a value that cannot be opened. */
    public enum Resolution {
        /** Empty the column (allowed where the column may be empty); the row stays. */
        CLEAR_VALUE,
        /** Delete the row that holds the value. */
        DELETE_ROW
    }

    /**
     * Resolves a recorded unopenable value, if its row still holds it; returns the record, which no longer exists
     * afterwards. A value the application replaced meanwhile needs nothing: only its record is removed.
     */
    public UnopenableValue resolve(UUID recordId, Resolution resolution) {
        UnopenableValue record = Optional.ofNullable(em.find(UnopenableValue.class, recordId))
                .orElseThrow(() -> new NotFoundException("Unopenable value", recordId));
        Optional<SealedColumn<?>> column = sealedColumns.at(record.tableName(), record.columnName());
        if (column.isPresent()) {
            SessionImplementor session = em.unwrap(SessionImplementor.class);
            Object rowId = column.get().rowId(record.rowKey());
            Optional<String> current = column.get().envelopeOf(session, rowId).filter(record::isStill);
            if (current.isPresent()) {
                if (resolution == Resolution.CLEAR_VALUE && !column.get().nullable()) {
                    throw new ConflictException(record.place() + " cannot be empty: delete the row instead", null);
                }
                boolean done = resolution == Resolution.CLEAR_VALUE
                        ? column.get().clearIfUnchanged(session, rowId, current.get())
                        : column.get().deleteRowIfUnchanged(session, rowId, current.get());
                if (!done) {
                    throw new ConflictException(
                            record.place() + " of row " + record.rowKey() + " changed meanwhile: list the values again",
                            null);
                }
            }
        }
        em.remove(record);
        return record;
    }

    /**
     * One batch of the rewrap: up to {@code batchSize} values of one column, after {@code afterId} in id order, that
     * are not sealed with the primary version. Each is opened and sealed again with the primary version in memory;
     * a value that does not open is set aside (unless it is already recorded). Nothing is written here:
     * {@link #write} does that in its own transaction.
     */
    public <E extends SealedRow> RewrapBatch rewrapBatch(SealedColumn<E> column, Object afterId, int batchSize) {
        KeyRing ring = keys.ring();
        String primaryPrefix = prefix(ring.primaryVersion());
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        List<Object> ids = column.idsNotSealedWith(session, primaryPrefix, afterId, batchSize);
        if (ids.isEmpty()) {
            return new RewrapBatch(List.of(), List.of(), afterId, false);
        }
        Map<String, UnopenableValue> recorded = em.createNamedQuery(
                        UnopenableValue.LIST_IN_COLUMN, UnopenableValue.class)
                .setParameter("table", column.table())
                .setParameter("column", column.column())
                .getResultStream()
                .collect(Collectors.toMap(UnopenableValue::rowKey, Function.identity()));
        // One read-only query for the whole batch instead of one find per value.
        Session reader = em.unwrap(Session.class);
        reader.setDefaultReadOnly(true);
        List<SealedColumn.Replacement> reseals = new ArrayList<>();
        List<UnopenableValue> unopenable = new ArrayList<>();
        for (E row : reader.byMultipleIds(column.entity()).multiLoad(ids)) {
            String current =
                    row == null ? null : column.value(row).map(Sealed::envelope).orElse(null);
            if (current == null || current.startsWith(primaryPrefix)) {
                continue;
            }
            Object rowId = column.idOf(row);
            String rowKey = column.rowKey(rowId);
            UnopenableValue known = recorded.get(rowKey);
            if (known != null && known.isStill(current)) {
                continue;
            }
            try {
                reseals.add(new SealedColumn.Replacement(rowId, current, ring.reseal(current, column.context(row))));
            } catch (DecryptionException e) {
                unopenable.add(
                        UnopenableValue.record(column.table(), column.column(), rowKey, current, e.getMessage()));
            }
        }
        em.clear();
        return new RewrapBatch(reseals, unopenable, ids.get(ids.size() - 1), ids.size() == batchSize);
    }

    /**
     * What one batch read found: re-sealed values to write, values that did not open, where the next batch starts,
     * and whether there may be more.
     */
    public record RewrapBatch(
            List<SealedColumn.Replacement> reseals, List<UnopenableValue> unopenable, Object lastId, boolean full) {}

    /**
     * Writes a batch: the re-sealed values as one compare-and-set JDBC batch (the rewrap is bound by round trips, not
     * by the crypto), so a concurrent update by the application always wins and reading in an earlier transaction is
     * safe; then the values that did not open, replacing an older record of the same place. Starting with writes
     * keeps SQLite from failing the transaction with SQLITE_BUSY_SNAPSHOT, as a read followed by writes can be under
     * concurrent writers. Returns how many values were rewrapped.
     */
    public int write(SealedColumn<?> column, RewrapBatch batch) {
        int rewrapped = batch.reseals().isEmpty()
                ? 0
                : column.replaceWhereUnchanged(em.unwrap(SessionImplementor.class), batch.reseals());
        for (UnopenableValue value : batch.unopenable()) {
            em.createNamedQuery(UnopenableValue.DELETE_AT_PLACE)
                    .setParameter("table", value.tableName())
                    .setParameter("column", value.columnName())
                    .setParameter("rowKey", value.rowKey())
                    .executeUpdate();
            em.persist(value);
        }
        return rewrapped;
    }

    private static String prefix(int version) {
        return Envelope.FORMAT + "." + version + ".";
    }

    private KeyVersion find(int version) {
        return versions().stream()
                .filter(k -> k.version() == version)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Key version", version));
    }
}
