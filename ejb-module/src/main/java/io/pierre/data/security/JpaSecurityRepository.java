package io.pierre.data.security;

import io.pierre.data.crypto.KeyState;
import io.pierre.data.crypto.KeyVersion;
import io.pierre.data.db.Queries;
import io.pierre.data.db.SqlFailures;
import io.pierre.data.error.InvalidInputException;
import io.pierre.data.error.NotFoundException;
import io.pierre.data.paging.CursorPage;
import io.pierre.data.paging.PageRequest;
import io.pierre.data.retry.RetryOnTransientFailure;
import io.pierre.data.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** {@link SecurityRepository} on JPA; secrets and private keys are sealed by their entities. */
@ApplicationScoped
@Transactional
@RetryOnTransientFailure
public class JpaSecurityRepository implements SecurityRepository {

    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int GENERATED_SECRET_LENGTH = 64;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "pierre")
    private EntityManager em;

    @Override
    public void saveRsaKeypair(
            String kid, String privateKeyPem, String publicKeyPem, Instant createdAt, boolean active, int keySizeBits) {
        if (keySizeBits <= 0) {
            throw new InvalidInputException("RSA key size must be positive, was " + keySizeBits);
        }
        RsaKeypair existing = em.find(RsaKeypair.class, kid);
        if (existing == null) {
            em.persist(RsaKeypair.of(kid, privateKeyPem, publicKeyPem, createdAt, active, keySizeBits));
        } else {
            existing.replace(privateKeyPem, publicKeyPem, active);
        }
    }

    @Override
    public List<RsaKeypair> loadRsaKeypairs() {
        return em.createNamedQuery(RsaKeypair.LIST_NEWEST_FIRST, RsaKeypair.class)
                .getResultList();
    }

    @Override
    public void updateRsaKeypairStatus(String kid, boolean active) {
        Optional.ofNullable(em.find(RsaKeypair.class, kid)).ifPresent(key -> key.changeActive(active));
    }

    @Override
    public void storeKeyVersion(TenantId tenant, KeyVersion version) {
        if (version.tenantId().isEmpty() || version.wrappedKey().isPresent()) {
            throw new InvalidInputException(
                    "Only a tenant's key-version metadata is stored here (KeyVersion.forTenant);"
                            + " global data keys change only through key rotation");
        }
        Optional<KeyVersion> existing = find(tenant, version.version());
        if (existing.isPresent()) {
            existing.get().updateFrom(version);
        } else {
            em.persist(KeyVersion.forTenant(
                    tenant,
                    version.version(),
                    version.state(),
                    version.expiresAt().orElse(null)));
        }
    }

    @Override
    public List<KeyVersion> getKeyVersions(TenantId tenant) {
        return em.createNamedQuery(KeyVersion.LIST_FOR_TENANT, KeyVersion.class)
                .setParameter(
                        "tenantId", Objects.requireNonNull(tenant, "tenant").value())
                .getResultList();
    }

    private Optional<KeyVersion> find(TenantId tenant, int version) {
        return getKeyVersions(tenant).stream()
                .filter(k -> k.version() == version)
                .findFirst();
    }

    @Override
    public Optional<KeyVersion> getCurrentKeyVersion(TenantId tenant) {
        return getKeyVersions(tenant).stream().filter(KeyVersion::isActive).findFirst();
    }

    @Override
    public void updateKeyVersionStatus(TenantId tenant, int version, boolean active) {
        find(tenant, version).ifPresent(k -> k.changeActive(active));
    }

    @Override
    public long deleteOldKeyVersions(TenantId tenant, int keepCount) {
        if (keepCount < 0) {
            throw new InvalidInputException("keepCount must not be negative");
        }
        List<KeyVersion> versions = getKeyVersions(tenant);
        long deleted = 0;
        for (KeyVersion version : versions.subList(Math.min(keepCount, versions.size()), versions.size())) {
            if (version.state() == KeyState.RETIRED) {
                em.remove(version);
                deleted++;
            }
        }
        return deleted;
    }

    @Override
    public void storeAuditEvent(AuditEvent event) {
        em.persist(event);
    }

    @Override
    public List<AuditEvent> getAuditEvents(TenantId tenant, AuditEventType type, Integer limit) {
        return auditEvents(Objects.requireNonNull(tenant, "tenant"), type, limit);
    }

    @Override
    public List<AuditEvent> getAllAuditEvents(AuditEventType type, Integer limit) {
        return auditEvents(null, type, limit);
    }

    /** A null tenant here means every tenant: only the explicitly named public method passes it. */
    private List<AuditEvent> auditEvents(TenantId tenant, AuditEventType type, Integer limit) {
        if (limit != null && limit < 1) {
            throw new InvalidInputException("limit must be positive, was " + limit);
        }
        return Queries.window(
                        Queries.newestFirst(
                                em,
                                AuditEvent.class,
                                "timestamp",
                                (cb, event) -> Stream.of(
                                        tenant == null ? null : cb.equal(event.get("tenantId"), tenant.value()),
                                        type == null ? null : cb.equal(event.get("type"), type))),
                        limit,
                        null)
                .getResultList();
    }

    @Override
    public CursorPage<AuditEvent> pageAuditEvents(TenantId tenant, Instant from, Instant to, PageRequest page) {
        return auditPage(Objects.requireNonNull(tenant, "tenant"), from, to, page);
    }

    @Override
    public CursorPage<AuditEvent> pageAllAuditEvents(Instant from, Instant to, PageRequest page) {
        return auditPage(null, from, to, page);
    }

    /** A null tenant here means every tenant: only the explicitly named public method passes it. */
    private CursorPage<AuditEvent> auditPage(TenantId tenant, Instant from, Instant to, PageRequest page) {
        return Queries.newestFirstPage(
                em,
                AuditEvent.class,
                "timestamp",
                AuditEvent::timestamp,
                AuditEvent::id,
                (cb, event) -> Stream.of(
                        cb.greaterThanOrEqualTo(event.get("timestamp"), from),
                        cb.lessThanOrEqualTo(event.get("timestamp"), to),
                        tenant == null ? null : cb.equal(event.get("tenantId"), tenant.value())),
                page);
    }

    @Override
    public String getOrCreateSystemSecret(String secretType) {
        SystemSecret existing = em.find(SystemSecret.class, secretType);
        if (existing != null) {
            return existing.value();
        }
        if (!ADMIN_JWT_SECRET.equals(secretType)) {
            throw new InvalidInputException(
                    "Unknown secret type: " + secretType + " (only " + ADMIN_JWT_SECRET + " can be generated)");
        }
        String generated = randomAlphanumeric(GENERATED_SECRET_LENGTH);
        insertOrRetryIfCreatedConcurrently(SystemSecret.of(secretType, generated));
        return generated;
    }

    @Override
    public String getSystemSecret(String secretType) {
        SystemSecret secret = em.find(SystemSecret.class, secretType);
        if (secret == null) {
            throw new NotFoundException("System secret", secretType);
        }
        return secret.value();
    }

    @Override
    public void updateSystemSecret(String secretType, String value) {
        SystemSecret existing = em.find(SystemSecret.class, secretType);
        if (existing == null) {
            insertOrRetryIfCreatedConcurrently(SystemSecret.of(secretType, value));
        } else {
            existing.replaceValue(value);
        }
    }

    /**
     * Two first calls (two nodes starting, say) can both find no secret of a type and both insert one; on
     * PostgreSQL the later insert then violates the primary key. That is reported as an optimistic conflict, which
     * the retry interceptor re-runs in a fresh transaction that finds the secret the other call stored.
     */
    private void insertOrRetryIfCreatedConcurrently(SystemSecret secret) {
        em.persist(secret);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (SqlFailures.isUniqueViolation(e) && SqlFailures.mentions(e, SystemSecret.TABLE)) {
                throw new OptimisticLockException(
                        "System secret " + secret.secretType() + " was stored by a concurrent call");
            }
            throw e;
        }
    }

    private static String randomAlphanumeric(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
        }
        return out.toString();
    }
}
