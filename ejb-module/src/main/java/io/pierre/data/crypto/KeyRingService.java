package io.pierre.data.crypto;

import io.pierre.data.config.Setting;
import io.pierre.data.retry.WriteLockParticipant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;

/**
 * Owns this deployment's {@link KeyRing}: opened by the startup bean with the master key, installed for sealed
 * columns, refreshed every {@link Setting#KEY_REFRESH_SECONDS} so versions promoted on another node take effect here
 * within that interval. Budget and timing come from the settings ({@link #limits()}).
 */
@ApplicationScoped
public class KeyRingService implements WriteLockParticipant {

    @Inject
    JpaKeyVersionSource source;

    @Inject
    Instance<RotationService> rotation;

    private volatile KeyRing ring;
    private volatile MasterKey masterKey;

    /** Opens the ring (creating version 1 on an empty database) and installs it for sealed columns. */
    public void open(MasterKey masterKey) {
        KeyRing opened =
                new KeyRing(masterKey, source, limits(), () -> rotation.get().rotateInBackground());
        opened.load();
        this.masterKey = masterKey;
        ring = opened;
        Sealing.install(opened);
    }

    /** The budget and timing every ring of this deployment uses, from the settings. */
    public KeyRing.Limits limits() {
        return new KeyRing.Limits(
                Setting.KEY_USAGE_LIMIT.asLong(),
                Setting.KEY_USAGE_BLOCK.asLong(),
                Setting.KEY_REFRESH_SECONDS.asDuration(ChronoUnit.SECONDS),
                Setting.RETIRE_GRACE_SECONDS.asDuration(ChronoUnit.SECONDS));
    }

    public KeyRing ring() {
        KeyRing current = ring;
        if (current == null) {
            throw new IllegalStateException("The key ring is not open yet");
        }
        return current;
    }

    /** Reserves encryption budget ahead of need if the ring is open and its reservation is low. */
    @Override
    public void beforeWriteLock() {
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
