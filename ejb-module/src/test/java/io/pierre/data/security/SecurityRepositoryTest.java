package io.pierre.data.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pierre.data.Database;
import io.pierre.data.crypto.DecryptionException;
import io.pierre.data.crypto.KeyState;
import io.pierre.data.crypto.KeyVersion;
import io.pierre.data.db.Timestamps;
import io.pierre.data.error.InvalidInputException;
import io.pierre.data.error.NotFoundException;
import io.pierre.data.paging.PageRequest;
import io.pierre.data.tenancy.TenantId;
import io.pierre.data.testing.KeysetPaging;
import io.pierre.data.testing.PersistenceTest;
import io.pierre.data.testing.TestDatabase;
import io.pierre.data.user.User;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every {@link SecurityRepository} method on the real database, including the original's unimplemented ones. */
@PersistenceTest
class SecurityRepositoryTest {

    private static final String PRIVATE_PEM =
            "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n";
    private static final String PUBLIC_PEM =
            "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A\n-----END PUBLIC KEY-----\n";

    @Inject
    Database db;

    @Inject
    TestDatabase testDatabase;

    private SecurityRepository security;
    private UUID owner;
    private TenantId tenant;

    @BeforeEach
    void freshTenant() {
        testDatabase.deleteAll();
        security = db.security();
        owner = db.users().create(User.newUser("owner@example.com", "hash"));
        tenant = testDatabase.createTenant("acme", owner);
    }

    @Test
    void aSavedKeypairLoadsBackIdenticallyWithItsPrivateKeySealed() {
        Instant created = Timestamps.now();
        security.saveRsaKeypair("key_20260215_130405", PRIVATE_PEM, PUBLIC_PEM, created, true, 2048);

        RsaKeypair loaded = security.loadRsaKeypairs().get(0);
        assertEquals(
                List.of("key_20260215_130405", PRIVATE_PEM, PUBLIC_PEM, created, true, 2048),
                List.of(
                        loaded.kid(),
                        loaded.privateKeyPem(),
                        loaded.publicKeyPem(),
                        loaded.createdAt(),
                        loaded.isActive(),
                        loaded.keySizeBits()));
        String stored = testDatabase.column("rsa_keypairs", "private_key_pem", "kid", "key_20260215_130405");
        assertTrue(stored.startsWith("p1.") && !stored.contains("PRIVATE KEY"), "the private key is sealed at rest");
    }

    @Test
    void keypairsListNewestFirstAndSavingAgainUpdatesPemsAndFlagButKeepsCreationAndSize() {
        Instant older = Timestamps.now().minus(Duration.ofDays(1));
        security.saveRsaKeypair("key_old", PRIVATE_PEM, PUBLIC_PEM, older, false, 2048);
        security.saveRsaKeypair("key_new", PRIVATE_PEM, PUBLIC_PEM, Timestamps.now(), true, 4096);
        assertEquals(
                List.of("key_new", "key_old"),
                security.loadRsaKeypairs().stream().map(RsaKeypair::kid).toList());

        security.saveRsaKeypair("key_old", "new-private", "new-public", Timestamps.now(), true, 1024);
        RsaKeypair updated = security.loadRsaKeypairs().stream()
                .filter(k -> k.kid().equals("key_old"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of("new-private", "new-public", true, older, 2048),
                List.of(
                        updated.privateKeyPem(),
                        updated.publicKeyPem(),
                        updated.isActive(),
                        updated.createdAt(),
                        updated.keySizeBits()));
        assertThrows(
                InvalidInputException.class, () -> security.saveRsaKeypair("bad", "p", "p", Instant.now(), true, 0));
    }

    @Test
    void keypairStatusChangesAndUnknownKidsAreIgnored() {
        security.saveRsaKeypair("key_a", PRIVATE_PEM, PUBLIC_PEM, Timestamps.now(), true, 2048);
        security.updateRsaKeypairStatus("key_a", false);
        security.updateRsaKeypairStatus("key_missing", true);
        assertFalse(security.loadRsaKeypairs().get(0).isActive());
        assertEquals(1, security.loadRsaKeypairs().size());
    }

    @Test
    void tenantKeyVersionsAreStoredListedHighestFirstUpdatedAndPruned() {
        for (int version = 1; version <= 4; version++) {
            security.storeKeyVersion(tenant, KeyVersion.forTenant(tenant, version, KeyState.DECRYPT_ONLY, null));
        }
        security.storeKeyVersion(
                tenant,
                KeyVersion.forTenant(
                        tenant, 4, KeyState.PRIMARY, Timestamps.now().plus(Duration.ofDays(90))));
        assertEquals(
                List.of(4, 3, 2, 1),
                security.getKeyVersions(tenant).stream()
                        .map(KeyVersion::version)
                        .toList());
        assertEquals(4, security.getCurrentKeyVersion(tenant).orElseThrow().version());
        assertTrue(security.getKeyVersions(tenant).get(0).expiresAt().isPresent(), "storing again updates expiry");

        security.updateKeyVersionStatus(tenant, 4, false);
        security.updateKeyVersionStatus(tenant, 99, false);
        assertEquals(3, security.getCurrentKeyVersion(tenant).orElseThrow().version());
        security.updateKeyVersionStatus(tenant, 1, false);

        assertEquals(1, security.deleteOldKeyVersions(tenant, 2), "only the retired version 1 beyond the newest two");
        assertEquals(
                List.of(4, 3, 2),
                security.getKeyVersions(tenant).stream()
                        .map(KeyVersion::version)
                        .toList());
        assertTrue(security.getKeyVersions(TenantId.random()).isEmpty());
    }

    @Test
    void theGlobalDataKeysAreOutOfReachOfTheRepository() {
        assertThrows(
                NullPointerException.class,
                () -> security.getKeyVersions(null),
                "no tenant never means the global scope");
        assertThrows(NullPointerException.class, () -> security.deleteOldKeyVersions(null, 0));
        assertThrows(NullPointerException.class, () -> security.updateKeyVersionStatus(null, 1, false));
        KeyVersion global = KeyVersion.global(99, KeyState.PRIMARY, "wrapped");
        assertThrows(
                InvalidInputException.class,
                () -> security.storeKeyVersion(tenant, global),
                "a data key can only be added by key rotation");
    }

    @Test
    void auditEventsRoundTripAndFilterByTenantTypeAndLimitNewestFirst() {
        Instant base = Timestamps.now();
        for (int i = 0; i < 3; i++) {
            security.storeAuditEvent(
                    AuditEvent.of(AuditEventType.USER_LOGIN, AuditSeverity.INFO, "login " + i, "login", "success")
                            .inTenant(tenant)
                            .byUser(owner)
                            .from("203.0.113.7", "curl/8")
                            .on("session", "sess-" + i)
                            .withMetadata("{\"attempt\": " + i + "}")
                            .at(base.plusMillis(i)));
        }
        security.storeAuditEvent(
                AuditEvent.of(AuditEventType.KEY_ROTATED, AuditSeverity.WARNING, "rotated", "rotate", "success")
                        .at(base.plusMillis(10)));

        List<AuditEvent> logins = security.getAuditEvents(tenant, AuditEventType.USER_LOGIN, null);
        assertEquals(
                List.of("login 2", "login 1", "login 0"),
                logins.stream().map(AuditEvent::description).toList());
        AuditEvent newest = logins.get(0);
        assertEquals(
                List.of("login", "session", "sess-2", "203.0.113.7", "curl/8", "{\"attempt\": 2}", "security"),
                List.of(
                        newest.action().orElseThrow(),
                        newest.resource().orElseThrow(),
                        newest.sessionId().orElseThrow(),
                        newest.sourceIp().orElseThrow(),
                        newest.userAgent().orElseThrow(),
                        newest.metadata().orElseThrow(),
                        newest.source()));
        assertEquals(1, security.getAuditEvents(tenant, null, 1).size());
        assertEquals(4, security.getAllAuditEvents(null, null).size());
        assertEquals(
                AuditEventType.KEY_ROTATED,
                security.getAllAuditEvents(null, 1).get(0).type());
        assertThrows(InvalidInputException.class, () -> security.getAllAuditEvents(null, 0));
        assertThrows(
                NullPointerException.class,
                () -> security.getAuditEvents(null, null, null),
                "no tenant never means every tenant");
    }

    private UUID store(AuditEvent event) {
        security.storeAuditEvent(event);
        return event.id();
    }

    private static AuditEvent login() {
        return AuditEvent.of(AuditEventType.USER_LOGIN, AuditSeverity.INFO, "login", "login", "success");
    }

    @Test
    void aTenantsAuditPagesFollowTheKeysetContractWithinTheWindowAndShowNoOtherTenant() {
        Instant from = Timestamps.now().minus(Duration.ofHours(1));
        Instant to = Timestamps.now().plus(Duration.ofHours(1));
        TenantId other = testDatabase.createTenant("other", owner);
        store(login().inTenant(other));
        store(login());
        store(login().inTenant(tenant).at(from.minusMillis(1)));
        store(login().inTenant(tenant).at(to.plusMillis(1)));
        KeysetPaging.assertNewestFirstPagesOfTwo(
                () -> store(login().inTenant(tenant)),
                page -> security.pageAuditEvents(tenant, from, to, page),
                AuditEvent::id);
        assertThrows(
                NullPointerException.class,
                () -> security.pageAuditEvents(null, from, to, PageRequest.first(1)),
                "no tenant never means every tenant");
    }

    @Test
    void theOperatorsAuditPagesShowEveryTenantsAndGlobalEventsWithinTheWindow() {
        Instant from = Timestamps.now().minus(Duration.ofHours(1));
        Instant to = Timestamps.now().plus(Duration.ofHours(1));
        TenantId other = testDatabase.createTenant("other", owner);
        store(login().at(from.minusMillis(1)));
        List<TenantId> owners = List.of(tenant, other);
        AtomicInteger created = new AtomicInteger();
        KeysetPaging.assertNewestFirstPagesOfTwo(
                () -> {
                    int n = created.getAndIncrement();
                    return store(n % 3 == 2 ? login() : login().inTenant(owners.get(n % 3)));
                },
                page -> security.pageAllAuditEvents(from, to, page),
                AuditEvent::id);
    }

    @Test
    void theAdminJwtSecretIsGeneratedOnceAndThenReturned() {
        String secret = security.getOrCreateSystemSecret(SecurityRepository.ADMIN_JWT_SECRET);
        assertTrue(secret.matches("[A-Za-z0-9]{64}"), "64 random alphanumerics");
        assertEquals(secret, security.getOrCreateSystemSecret(SecurityRepository.ADMIN_JWT_SECRET));
        assertEquals(secret, security.getSystemSecret(SecurityRepository.ADMIN_JWT_SECRET));
        assertFalse(testDatabase
                .column("system_secrets", "secret_value", "secret_type", SecurityRepository.ADMIN_JWT_SECRET)
                .contains(secret));
        assertThrows(InvalidInputException.class, () -> security.getOrCreateSystemSecret("database_encryption_key"));
        assertThrows(InvalidInputException.class, () -> security.getOrCreateSystemSecret("anything_else"));
    }

    @Test
    void systemSecretsAreUpsertedAndAMissingOneIsNotFound() {
        assertThrows(NotFoundException.class, () -> security.getSystemSecret("webhook_secret"));
        security.updateSystemSecret("webhook_secret", "v1");
        security.updateSystemSecret("webhook_secret", "v2");
        assertEquals("v2", security.getSystemSecret("webhook_secret"));
    }

    @Test
    void aSecretCopiedToAnotherSecretTypeFailsToOpen() {
        security.updateSystemSecret("webhook_secret", "the-webhook-secret");
        security.updateSystemSecret("other_secret", "something else");
        String sealed = testDatabase.column("system_secrets", "secret_value", "secret_type", "webhook_secret");

        testDatabase.setColumn("system_secrets", "secret_value", "secret_type", "other_secret", sealed);

        assertThrows(DecryptionException.class, () -> security.getSystemSecret("other_secret"));
        assertEquals("the-webhook-secret", security.getSystemSecret("webhook_secret"));
    }
}
