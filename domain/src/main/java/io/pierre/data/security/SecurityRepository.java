package io.pierre.data.security;

import io.pierre.data.error.InvalidInputException;
import io.pierre.data.error.NotFoundException;
import io.pierre.data.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * RSA signing keys, key versions, audit events and system secrets (spec §3.11), all implemented for real (the
 * original's SQLite backend recursed forever in five of them). A {@code null} tenant means the global scope.
 * Secrets and private keys are sealed at rest.
 */
public interface SecurityRepository {

    /** Secret types {@link #getOrCreateSystemSecret} knows how to generate. */
    String ADMIN_JWT_SECRET = "admin_jwt_secret";

    /** Inserts or updates the key {@code kid}: both PEMs and the active flag change; creation time and size stay. */
    void saveRsaKeypair(String kid, String privateKeyPem, String publicKeyPem, Instant createdAt, boolean active, int keySizeBits);

    /** All signing keys, newest first. */
    List<RsaKeypair> loadRsaKeypairs();

    /** Sets the active flag; an unknown kid is a no-op. */
    void updateRsaKeypairStatus(String kid, boolean active);

    /** Inserts, or updates expiry, algorithm and state of, the version with the same tenant and number. */
    void storeKeyVersion(TenantId tenant, KeyVersion version);

    /** Versions of the scope, highest first. */
    List<KeyVersion> getKeyVersions(TenantId tenant);

    /** The highest active version of the scope. */
    Optional<KeyVersion> getCurrentKeyVersion(TenantId tenant);

    /** Activates or deactivates (retires) a version; an unknown version is a no-op. */
    void updateKeyVersionStatus(TenantId tenant, int version, boolean active);

    /**
     * Deletes retired versions of the scope that are not among the newest {@code keepCount}; returns how many.
     * Decision: versions that can still open data (primary, decrypt-only) are never deleted, whatever their age:
     * deleting one would make every value sealed with it unreadable.
     */
    long deleteOldKeyVersions(TenantId tenant, int keepCount);

    void storeAuditEvent(AuditEvent event);

    /**
     * Events newest first, optionally filtered by tenant and type; at most {@code limit} (null: no limit).
     *
     * @throws InvalidInputException if the limit is not positive
     */
    List<AuditEvent> getAuditEvents(TenantId tenant, AuditEventType type, Integer limit);

    /**
     * One keyset page of audit events in [{@code from}, {@code to}], newest first, optionally of one tenant.
     */
    io.pierre.data.paging.CursorPage<AuditEvent> pageAuditEvents(TenantId tenant, Instant from, Instant to,
            io.pierre.data.paging.PageRequest page);

    /**
     * The secret of this type, generating and storing it first if there is none. Only {@link #ADMIN_JWT_SECRET}
     * can be generated (64 random alphanumerics). Decision: {@code database_encryption_key} is refused: data keys
     * live in {@code key_versions}, wrapped by the master key, and are never handed out. Concurrent first calls
     * (several nodes starting at once) all get the one secret that was stored.
     *
     * @throws InvalidInputException for any other type
     */
    String getOrCreateSystemSecret(String secretType);

    /** @throws NotFoundException if no secret of this type is stored */
    String getSystemSecret(String secretType);

    /** Inserts or replaces the secret of this type. */
    void updateSystemSecret(String secretType, String value);
}
