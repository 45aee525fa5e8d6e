package io.pierre.data.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Owns this deployment's {@link KeyRing}: opened by the startup bean with the master key, installed for sealed
 * columns, refreshed periodically so versions promoted on another node take effect here within the refresh
 * interval. Budget limits are configurable for tests with {@code pierre.crypto.usage-limit} and
 * {@code pierre.crypto.usage-block}.
 */
@ApplicationScoped
public class KeyRingService {

    /** NIST SP 800-38D: at most 2^32 encryptions with random 96-bit nonces under one key. */
    public static final long DEFAULT_USAGE_LIMIT = 1L << 32;
    public static final long DEFAULT_USAGE_BLOCK = 1L << 20;

    @Inject
    JpaKeyVersionSource source;

    @Inject
    Instance<RotationService> rotation;

    private volatile KeyRing ring;
    private volatile MasterKey masterKey;

    /** Opens the ring (creating version 1 on an empty database) and installs it for sealed columns. */
    public void open(MasterKey masterKey) {
        KeyRing opened = new KeyRing(masterKey, source, Long.getLong("pierre.crypto.usage-limit", DEFAULT_USAGE_LIMIT),
                Long.getLong("pierre.crypto.usage-block", DEFAULT_USAGE_BLOCK), () -> rotation.get().rotateInBackground());
        opened.load();
        opened.topUpIfLow();
        this.masterKey = masterKey;
        ring = opened;
        Sealing.install(opened);
    }

    public KeyRing ring() {
        KeyRing current = ring;
        if (current == null) {
            throw new IllegalStateException("The key ring is not open yet");
        }
        return current;
    }

    /** Reserves encryption budget ahead of need if the ring is open and its reservation is low. */
    public void topUpIfLow() {
        KeyRing current = ring;
        if (current != null) {
            current.topUpIfLow();
        }
    }

    MasterKey masterKey() {
        return masterKey;
    }

    /** Picks up versions added or promoted elsewhere and reserves budget ahead of need. */
    public void refresh() {
        KeyRing current = ring;
        if (current != null) {
            current.reload();
            current.topUpIfLow();
        }
    }
}
