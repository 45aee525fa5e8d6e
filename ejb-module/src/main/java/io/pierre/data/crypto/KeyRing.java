package io.pierre.data.crypto;

import io.pierre.data.config.DeploymentConfigurationException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import javax.crypto.AEADBadTagException;
import javax.crypto.SecretKey;

/**
 * The data keys this node can use: every non-retired global version, unwrapped with the master key, and which of
 * them is primary. Seals with the primary version; opens with the version an envelope names, reloading once from
 * the database when the version is unknown (another node may have added it) and failing closed after that.
 *
 * <p>Usage budget (NIST SP 800-38D: at most 2^32 random-nonce encryptions per key): nodes reserve encryptions in
 * blocks, one row update per block, never per encryption. Past half the limit the ring asks for rotation; at the
 * limit it refuses to seal with that version.
 *
 * <p>Staleness: another node may promote a new version at any time, and this ring learns of it at its next reload.
 * A version is retired only a grace period after it stopped being primary, so the ring refuses to seal once its
 * last successful reload is older than half that grace: it never seals with a version that may be retired by then.
 * An envelope naming a version the ring does not have triggers at most one reload per refresh interval for that
 * version (a bounded negative cache), so reading a value of a retired or forged version repeatedly costs no reloads.
 */
public final class KeyRing implements SecretSealer {

    private static final Logger LOG = Logger.getLogger(KeyRing.class.getName());

    private static final int UNKNOWN_VERSIONS_REMEMBERED = 64;

    private final MasterKey masterKey;
    private final KeyVersionSource source;
    private final Limits limits;
    private final Runnable onBudgetLow;
    private final LongSupplier nanoClock;
    private volatile Snapshot snapshot = new Snapshot(Map.of(), 0, 0);
    private final Map<Integer, AtomicLong> unusedReserved = new HashMap<>();
    private final Map<Integer, Long> unknownVersionCheckedAt = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Long> eldest) {
            return size() > UNKNOWN_VERSIONS_REMEMBERED;
        }
    };

    private record Snapshot(Map<Integer, SecretKey> keys, int primary, long loadedAtNanos) {}

    /**
     * Budget and timing of a ring.
     *
     * @param usageLimit encryptions one version may make
     * @param usageBlock encryptions reserved per database write
     * @param refreshInterval how often the ring is reloaded (and how often an unknown version may trigger a reload)
     * @param retireGrace how long after its demotion a version may be retired; the ring refuses to seal when its last
     *        reload is older than half of it
     */
    public record Limits(long usageLimit, long usageBlock, Duration refreshInterval, Duration retireGrace) {

        public Limits {
            if (retireGrace.compareTo(refreshInterval.multipliedBy(2)) <= 0) {
                throw new DeploymentConfigurationException(
                        "The retire grace (" + retireGrace.toSeconds() + " s) must be longer than"
                                + " twice the key-ring refresh interval (" + refreshInterval.toSeconds()
                                + " s), or a node could still seal"
                                + " with a version after it is retired: raise pierre.crypto.retire-grace-seconds.");
            }
        }

        Duration maxStaleness() {
            return retireGrace.dividedBy(2);
        }
    }

    /** Where rows stand, for health and rotation progress. */
    public record Status(int primaryVersion, List<Integer> openableVersions) {}

    public KeyRing(MasterKey masterKey, KeyVersionSource source, Limits limits, Runnable onBudgetLow) {
        this(masterKey, source, limits, onBudgetLow, System::nanoTime);
    }

    KeyRing(MasterKey masterKey, KeyVersionSource source, Limits limits, Runnable onBudgetLow, LongSupplier nanoClock) {
        this.masterKey = masterKey;
        this.source = source;
        this.limits = limits;
        this.onBudgetLow = onBudgetLow;
        this.nanoClock = nanoClock;
    }

    /** Loads the versions, creating version 1 as primary on a database that has none. */
    public synchronized void load() {
        if (source.loadGlobal().isEmpty()) {
            try {
                source.insert(KeyVersion.global(1, KeyState.PRIMARY, masterKey.wrap(AesGcm.newKey(), 1)));
                LOG.info("Created data key version 1 (no key versions existed)");
            } catch (RuntimeException anotherNodeWasFaster) {
                LOG.fine("Data key version 1 was created concurrently; loading it");
            }
        }
        reload();
    }

    /**
     * Re-reads versions and states: new versions become openable, a promoted version becomes primary. A version
     * becomes primary here only with encryptions reserved for it: otherwise every sealer would find the new primary's
     * reservation empty at once and reserve on a connection of its own, and on SQLite a sealer whose transaction
     * already holds the write lock would wait for itself until the busy timeout.
     */
    public synchronized void reload() {
        Map<Integer, SecretKey> keys = new HashMap<>();
        int primary = 0;
        for (KeyVersion version : source.loadGlobal()) {
            if (version.state() == KeyState.RETIRED || version.wrappedKey().isEmpty()) {
                continue;
            }
            keys.put(version.version(), masterKey.unwrap(version.wrappedKey().get(), version.version()));
            if (version.state() == KeyState.PRIMARY) {
                primary = Math.max(primary, version.version());
            }
        }
        if (primary == 0) {
            throw new IllegalStateException(
                    "No primary data key version in key_versions: promote one (README, 'Keys')");
        }
        if (primary != snapshot.primary()) {
            reserveAheadOfPromotion(primary);
        }
        snapshot = new Snapshot(Map.copyOf(keys), primary, nanoClock.getAsLong());
    }

    public Status status() {
        Snapshot current = snapshot;
        return new Status(
                current.primary(), current.keys().keySet().stream().sorted().toList());
    }

    @Override
    public String seal(String plaintext, SealContext context) {
        Snapshot current = snapshot;
        Duration age = Duration.ofNanos(nanoClock.getAsLong() - current.loadedAtNanos());
        if (age.compareTo(limits.maxStaleness()) > 0) {
            throw new StaleKeyRingException(age, limits.maxStaleness());
        }
        int version = current.primary();
        consumeBudget(version);
        byte[] payload = AesGcm.seal(
                current.keys().get(version),
                Aad.encode(Envelope.FORMAT, version, context),
                plaintext.getBytes(StandardCharsets.UTF_8));
        return new Envelope(version, payload).text();
    }

    @Override
    public String open(String envelopeText, SealContext context) {
        Envelope envelope = Envelope.parse(envelopeText)
                .orElseThrow(() ->
                        new DecryptionException(context, "the stored text is not a sealed value of a known format"));
        SecretKey key = keyFor(envelope.keyVersion())
                .orElseThrow(() -> new DecryptionException(
                        context, "key version " + envelope.keyVersion() + " is retired or unknown"));
        try {
            return new String(
                    AesGcm.open(key, Aad.encode(Envelope.FORMAT, envelope.keyVersion(), context), envelope.payload()),
                    StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new DecryptionException(
                    context, "integrity check failed: the value was altered or belongs to another place");
        }
    }

    /** Opens with the version it was sealed with and seals again with the primary version (rotation). */
    public String reseal(String envelopeText, SealContext context) {
        return seal(open(envelopeText, context), context);
    }

    public int primaryVersion() {
        return snapshot.primary();
    }

    private Optional<SecretKey> keyFor(int version) {
        SecretKey key = snapshot.keys().get(version);
        if (key == null && mayReloadFor(version)) {
            reload();
            key = snapshot.keys().get(version);
        }
        return Optional.ofNullable(key);
    }

    /** At most one reload per refresh interval for a version that the last reload did not find. */
    private boolean mayReloadFor(int version) {
        long now = nanoClock.getAsLong();
        synchronized (unknownVersionCheckedAt) {
            Long checkedAt = unknownVersionCheckedAt.get(version);
            if (checkedAt != null && now - checkedAt < limits.refreshInterval().toNanos()) {
                return false;
            }
            unknownVersionCheckedAt.put(version, now);
            return true;
        }
    }

    private void consumeBudget(int version) {
        AtomicLong remaining = reservation(version);
        while (remaining.getAndDecrement() <= 0) {
            remaining.incrementAndGet();
            topUp(version, remaining, 0);
        }
    }

    /** Reserves another block for this node (also called ahead of need by the refresh timer). */
    public void topUpIfLow() {
        int version = snapshot.primary();
        topUp(version, reservation(version), limits.usageBlock() / 2);
    }

    private void reserveAheadOfPromotion(int version) {
        try {
            topUp(version, reservation(version), limits.usageBlock() / 2);
        } catch (RuntimeException e) {
            // Opening values needs the new snapshot more than sealing needs the reservation: sealers reserve on demand.
            LOG.warning("Could not reserve encryptions for data key version " + version + " before making it primary: "
                    + e.getMessage());
        }
    }

    /** Encryptions this node has reserved for {@code version} and not used yet. */
    private AtomicLong reservation(int version) {
        synchronized (unusedReserved) {
            return unusedReserved.computeIfAbsent(version, v -> new AtomicLong());
        }
    }

    /** Reserves another block unless more than {@code keepAtLeast} encryptions are still reserved (checked under lock). */
    private void topUp(int version, AtomicLong remaining, long keepAtLeast) {
        synchronized (remaining) {
            if (remaining.get() > keepAtLeast) {
                return;
            }
            long total = source.reserve(version, limits.usageBlock(), limits.usageLimit());
            if (total < 0) {
                onBudgetLow.run();
                throw new IllegalStateException("Data key version " + version + " has used its encryption budget of "
                        + limits.usageLimit() + "; a new version is being created, retry shortly");
            }
            remaining.addAndGet(limits.usageBlock());
            if (total >= limits.usageLimit() / 2) {
                LOG.warning("Data key version " + version + " has reserved " + total + " of " + limits.usageLimit()
                        + " encryptions: rotating to a new version");
                onBudgetLow.run();
            }
        }
    }

    @Override
    public String toString() {
        return "KeyRing[primary=v" + snapshot.primary() + ", versions="
                + snapshot.keys().keySet() + "]";
    }
}
