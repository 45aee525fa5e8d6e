package io.pierre.data.security;

import io.pierre.data.crypto.KeyVersion;
import io.pierre.data.error.InvalidInputException;
import io.pierre.data.error.NotFoundException;
import io.pierre.data.paging.CursorPage;
import io.pierre.data.paging.PageRequest;
import io.pierre.data.tenancy.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * RSA signing keys, key versions, audit events and system secrets (spec §3.11), all implemented for real (the
 * original's SQLite backend recursed forever in five of them). Secrets and private keys are sealed at rest.
 *
 * <p>Decisions against spec §3.11, where a missing tenant meant "global" for key versions and "every tenant" for
 * audit events: no parameter here is nullable. Key-version methods are for a tenant's key-version metadata only;
 * the global versions hold the data keys and change only through key rotation ({@code RotationService}), which
 * counts the values that use a version before retiring it. The view of every tenant's audit events has methods of
 * its own.
 */
public interface SecurityRepository {

    /** Secret types {@link #getOrCreateSystemSecret} knows how to generate. */
    String ADMIN_JWT_SECRET = "admin_jwt_secret";

    /** Inserts or updates the key {@code kid}: both PEMs and the active flag change; creation time and size stay. */
    void saveRsaKeypair(
            String kid, String privateKeyPem, String publicKeyPem, Instant createdAt, boolean active, int keySizeBits);

    /** All signing keys, newest first. */
    List<RsaKeypair> loadRsaKeypairs();

    /** Sets the active flag; an unknown kid is a no-op. */
    void updateRsaKeypairStatus(String kid, boolean active);

    /**
     * Inserts, or updates expiry, algorithm and state of, the tenant's version with the same number.
     *
     * @param version tenant metadata ({@link KeyVersion#forTenant}); a global version is refused
     */
    void storeKeyVersion(TenantId tenant, KeyVersion version);

    /** The tenant's versions, highest first. */
    List<KeyVersion> getKeyVersions(TenantId tenant);

    /** The tenant's highest active version. */
    Optional<KeyVersion> getCurrentKeyVersion(TenantId tenant);

    /** Activates or deactivates (retires) a version of the tenant; an unknown version is a no-op. */
    void updateKeyVersionStatus(TenantId tenant, int version, boolean active);

    /**
     * Deletes the tenant's retired versions that are not among its newest {@code keepCount}; returns how many.
     * Decision: versions that are not retired are never deleted, whatever their age.
     */
    long deleteOldKeyVersions(TenantId tenant, int keepCount);

    void storeAuditEvent(AuditEvent event);

    /**
     * The tenant's events newest first, optionally of one type (null: any); at most {@code limit} (null: no limit).
     *
     * @throws InvalidInputException if the limit is not positive
     */
    List<AuditEvent> getAuditEvents(TenantId tenant, AuditEventType type, Integer limit);

    /** Like {@link #getAuditEvents}, over every tenant's events and the global ones: the operators' view. */
    List<AuditEvent> getAllAuditEvents(AuditEventType type, Integer limit);

    /** One keyset page of the tenant's audit events in [{@code from}, {@code to}], newest first. */
    CursorPage<AuditEvent> pageAuditEvents(TenantId tenant, Instant from, Instant to, PageRequest page);

    /** Like {@link #pageAuditEvents}, over every tenant's events and the global ones: the operators' view. */
    CursorPage<AuditEvent> pageAllAuditEvents(Instant from, Instant to, PageRequest page);

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
