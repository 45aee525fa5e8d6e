package io.pierre.data.crypto;

import io.pierre.data.config.Setting;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Key rotation (Tink's add → promote, then Vault-style rewrap → retire), and the only way global key versions change.
 * {@link #rotate()} adds a data-key version and makes it primary at once (nodes that meet an envelope of an unknown
 * version reload their ring, and all nodes reload within the refresh interval), then rewraps every sealed value in the
 * background in small batches, each its own short transaction under the retry policy. The rewrap is resumable: it
 * looks for values not yet on the primary version, so after a restart {@link #resumeRewrapIfNeeded()} continues
 * where it stopped. A value that does not open is recorded (place and row, never the value) and skipped; an
 * operator resolves it ({@link #resolve}). {@link #retire(int)} is refused within the retire grace after the
 * version stopped being primary, and while any value still uses it.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RotationService {

    private static final Logger LOG = Logger.getLogger(RotationService.class.getName());
    /** A rewrap pass that leaves values behind (a node sealed with the old version meanwhile) is run again, this often. */
    private static final int MAX_PASSES = 10;

    @Inject
    KeyRingService keys;

    @Inject
    RotationSteps steps;

    @Inject
    SealedColumns sealedColumns;

    @Resource
    SessionContext context;

    private final AtomicBoolean rewrapping = new AtomicBoolean();
    private final AtomicBoolean rotating = new AtomicBoolean();
    private final AtomicLong rewrappedTotal = new AtomicLong();

    /**
     * Progress of a rewrap: values per key version (the primary's count rises to the total), values recorded as
     * unopenable that are still there, and whether this node is rewrapping.
     */
    public record Progress(
            int primaryVersion, Map<Integer, Long> valuesPerVersion, long unopenable, long rewrapped, boolean running) {

        /** Values still to rewrap: those on older versions, except the ones recorded as unopenable. */
        public long remaining() {
            long older = valuesPerVersion.entrySet().stream()
                    .filter(e -> e.getKey() != primaryVersion)
                    .mapToLong(Map.Entry::getValue)
                    .sum();
            return Math.max(0, older - unopenable);
        }
    }

    /** The global key versions, highest first. */
    public List<KeyVersion> versions() {
        return steps.versions();
    }

    /** Adds a new version, promotes it and starts the background rewrap; returns the new primary version. */
    public int rotate() {
        int version = addVersion();
        promote(version);
        startRewrap();
        return version;
    }

    public int addVersion() {
        int version = steps.addVersion(keys.masterKey());
        keys.refresh();
        LOG.info(() -> "Added data key version " + version);
        return version;
    }

    public void promote(int version) {
        steps.promote(version);
        keys.refresh();
        LOG.info(() -> "Data key version " + version + " is now primary");
    }

    public void retire(int version) {
        steps.retire(version, keys.limits().retireGrace());
        keys.refresh();
        LOG.info(() -> "Retired data key version " + version);
    }

    public Progress progress() {
        // The flag first: a count taken after it is at least as fresh, so "not running" never comes with a count
        // from before the rewrap's last batch.
        boolean running = rewrapping.get();
        return new Progress(
                keys.ring().primaryVersion(),
                steps.valuesPerVersion(),
                steps.unopenableStillPresent().size(),
                rewrappedTotal.get(),
                running);
    }

    /** Values the rewrap could not open and that are still stored, oldest first. */
    public List<UnopenableValue> unopenable() {
        return steps.unopenableStillPresent();
    }

    /** Resolves an unopenable value by clearing it or deleting its row; returns the resolved record. */
    public UnopenableValue resolve(UUID recordId, RotationSteps.Resolution resolution) {
        UnopenableValue resolved = steps.resolve(recordId, resolution);
        LOG.info(() -> "Resolved the unopenable value in " + resolved.place() + " of row " + resolved.rowKey() + ": "
                + resolution);
        return resolved;
    }

    /** Starts the background rewrap unless one is running. */
    public void startRewrap() {
        if (rewrapping.compareAndSet(false, true)) {
            context.getBusinessObject(RotationService.class).rewrapAll();
        }
    }

    /** After a restart: continues a rewrap that did not finish. */
    public void resumeRewrapIfNeeded() {
        if (progress().remaining() > 0) {
            LOG.info("Resuming the rewrap of values sealed with older key versions");
            startRewrap();
        }
    }

    /** Called by the key ring when the primary version's encryption budget runs low. */
    public void rotateInBackground() {
        if (rotating.compareAndSet(false, true)) {
            context.getBusinessObject(RotationService.class).rotateAsynchronously();
        }
    }

    @Asynchronous
    public void rotateAsynchronously() {
        try {
            rotate();
        } finally {
            rotating.set(false);
        }
    }

    /**
     * Rewraps every column, batch after batch in id order, so each value is visited once per pass even when it
     * cannot be opened. Another pass runs, one refresh interval later, while values remain (a node that had not
     * reloaded its ring yet may have sealed with the old version behind the pass), up to {@link #MAX_PASSES}.
     */
    @Asynchronous
    public void rewrapAll() {
        try {
            int batchSize = Setting.REWRAP_BATCH_SIZE.asInt();
            for (int pass = 1; pass <= MAX_PASSES; pass++) {
                for (SealedColumn<?> column : sealedColumns.all()) {
                    rewrapColumn(column, batchSize);
                }
                if (progress().remaining() == 0) {
                    LOG.info(() -> "Rewrap finished: " + rewrappedTotal.get() + " values now sealed with version "
                            + keys.ring().primaryVersion());
                    return;
                }
                Thread.sleep(keys.limits().refreshInterval().toMillis());
            }
            LOG.warning("Rewrap stopped after " + MAX_PASSES
                    + " passes with values left on older versions; it resumes on the next"
                    + " rotation step or restart");
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Rewrap stopped; it resumes on the next rotation step or restart: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            rewrapping.set(false);
        }
    }

    private void rewrapColumn(SealedColumn<?> column, int batchSize) {
        RotationSteps.RewrapBatch batch;
        Object after = null;
        do {
            batch = steps.rewrapBatch(column, after, batchSize);
            if (!batch.reseals().isEmpty() || !batch.unopenable().isEmpty()) {
                rewrappedTotal.addAndGet(steps.write(column, batch));
            }
            batch.unopenable()
                    .forEach(value -> LOG.warning("The rewrap cannot open the value in " + value.place() + " of row "
                            + value.rowKey() + " and leaves it on version " + value.keyVersion()
                            + " (recorded for an operator to resolve)"));
            after = batch.lastId();
        } while (batch.full());
    }
}
