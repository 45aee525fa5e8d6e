package io.pierre.data.crypto;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Key rotation (Tink's add → promote, then Vault-style rewrap → retire):
 * {@link #rotate()} adds a data-key version and makes it primary at once (nodes that meet an envelope of an
 * unknown version reload their ring, and all nodes reload within the refresh interval), then rewraps every
 * sealed value in the background in small batches, each its own short transaction under the retry policy.
 * The rewrap is resumable: it simply looks for values not yet on the primary version, so after a restart
 * {@link #resumeRewrapIfNeeded()} continues where it stopped. {@link #retire(int)} is refused while any value
 * still uses the version.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RotationService {

    private static final Logger LOG = Logger.getLogger(RotationService.class.getName());
    static final int BATCH_SIZE = Integer.getInteger("pierre.crypto.rewrap-batch-size", 200);

    @Inject
    KeyRingService keys;

    @Inject
    RotationSteps steps;

    @Resource
    jakarta.ejb.SessionContext context;

    private final AtomicBoolean rewrapping = new AtomicBoolean();
    private final AtomicBoolean rotating = new AtomicBoolean();
    private final AtomicLong rewrappedTotal = new AtomicLong();

    /** Progress of a rewrap: values per key version (the primary's count rises to the total), and whether it runs. */
    public record Progress(int primaryVersion, Map<Integer, Long> valuesPerVersion, long rewrapped, boolean running) {

        public long remaining() {
            return valuesPerVersion.entrySet().stream().filter(e -> e.getKey() != primaryVersion).mapToLong(Map.Entry::getValue).sum();
        }
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
        steps.retire(version);
        keys.refresh();
        LOG.info(() -> "Retired data key version " + version);
    }

    public Progress progress() {
        // The flag first: a count taken after it is at least as fresh, so "not running" never comes with a count
        // from before the rewrap's last batch.
        boolean running = rewrapping.get();
        return new Progress(keys.ring().primaryVersion(), steps.valuesPerVersion(), rewrappedTotal.get(), running);
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

    @Asynchronous
    public void rewrapAll() {
        try {
            for (SealedColumn<?> column : SealedColumn.ALL) {
                List<RotationSteps.Reseal> reseals = steps.resealBatch(column, BATCH_SIZE);
                while (!reseals.isEmpty()) {
                    rewrappedTotal.addAndGet(steps.writeReseals(column, reseals));
                    reseals = steps.resealBatch(column, BATCH_SIZE);
                }
            }
            LOG.info(() -> "Rewrap finished: " + rewrappedTotal.get() + " values now sealed with version " + keys.ring().primaryVersion());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Rewrap stopped; it resumes on the next rotation step or restart: " + e.getMessage());
        } finally {
            rewrapping.set(false);
        }
    }
}
