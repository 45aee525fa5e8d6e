package io.pierre.data.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pierre.data.Database;
import io.pierre.data.db.Timestamps;
import io.pierre.data.error.ConflictException;
import io.pierre.data.it.Deployments;
import io.pierre.data.it.Rotations;
import io.pierre.data.it.TestDatabase;
import io.pierre.data.it.TestServer;
import io.pierre.data.oauthtoken.UserOAuthToken;
import io.pierre.data.tenancy.TenantId;
import io.pierre.data.tenant.TenantOAuthCredentials;
import io.pierre.data.user.User;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Key rotation over every sealed column the mapping declares, the multi-node rules of retiring, and values that do
 * not open. The seeded columns are compared with the mapping's, so a new sealed column without a seed here fails.
 */
@ExtendWith(ArquillianExtension.class)
class SealedColumnsRotationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.pierreEar(SealedColumnsRotationIT.class);
    }

    @Inject
    Database db;

    @Inject
    TestDatabase testDatabase;

    @Inject
    RotationService rotation;

    @Inject
    KeyRingService keys;

    @Inject
    SealedColumns sealedColumns;

    @Inject
    JpaKeyVersionSource keyVersions;

    private TenantId tenant;
    private UUID alice;

    @BeforeEach
    void emptyDatabase() {
        testDatabase.deleteAll();
        alice = db.users().create(User.newUser("alice@example.com", "hash"));
        tenant = testDatabase.createTenant("sealed", alice);
    }

    /** One value in every sealed column: what each holds is its own place's name, so a mix-up cannot go unseen. */
    private void seedEverySealedColumn() {
        db.oauthTokens()
                .upsert(UserOAuthToken.of(alice, tenant, "strava", "access-strava", "refresh-strava", null, "read"));
        db.oauthTokens().storeApp(alice, "fitbit", "client-fitbit", "app-secret-fitbit", "https://app.example/cb");
        db.tenants()
                .storeOAuthCredentials(TenantOAuthCredentials.of(
                        tenant,
                        "garmin",
                        "client-garmin",
                        "tenant-secret-garmin",
                        "https://tenant.example/cb",
                        List.of("read"),
                        1000));
        db.security().updateSystemSecret("admin_jwt_secret", "system-secret");
        db.security().saveRsaKeypair("kid-1", "private-pem", "public-pem", Timestamps.now(), true, 2048);
    }

    private void assertEveryValueOpens() {
        UserOAuthToken token = db.oauthTokens().find(alice, tenant, "strava").orElseThrow();
        assertEquals("access-strava", token.accessToken());
        assertEquals("refresh-strava", token.refreshToken().orElseThrow());
        assertEquals(
                "app-secret-fitbit",
                db.oauthTokens().findApp(alice, "fitbit").orElseThrow().clientSecret());
        assertEquals(
                "tenant-secret-garmin",
                db.tenants()
                        .findOAuthCredentials(tenant, "garmin")
                        .orElseThrow()
                        .clientSecret());
        assertEquals("system-secret", db.security().getSystemSecret("admin_jwt_secret"));
        assertEquals("private-pem", db.security().loadRsaKeypairs().get(0).privateKeyPem());
    }

    @Test
    void everySealedColumnOfTheMappingIsRewrappedAndOpensAfterTheOldVersionIsRetired() throws Exception {
        seedEverySealedColumn();
        Set<String> mapped =
                sealedColumns.all().stream().map(SealedColumn::place).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(
                mapped,
                placesHoldingValues(),
                "the seed covers every sealed column of the mapping, no more and no less");
        assertTrue(mapped.contains("tenant_oauth_credentials.client_secret"), mapped.toString());

        int oldVersion = keys.ring().primaryVersion();
        rotation.rotate();
        assertEquals(0, Rotations.awaitRewrap(rotation).remaining());
        Rotations.retireAfterGrace(rotation, oldVersion, keys.limits().retireGrace());

        assertEquals(
                KeyState.RETIRED,
                rotation.versions().stream()
                        .filter(k -> k.version() == oldVersion)
                        .findFirst()
                        .orElseThrow()
                        .state());
        assertEveryValueOpens();
    }

    @Test
    void aVersionIsNotRetiredWithinTheGraceAfterItStoppedBeingPrimary() {
        int oldVersion = keys.ring().primaryVersion();
        rotation.addVersion();
        rotation.promote(oldVersion + 1);
        ConflictException refused = assertThrows(ConflictException.class, () -> rotation.retire(oldVersion));
        assertTrue(refused.getMessage().contains("less than the retire grace"), refused.getMessage());
        assertEquals(
                KeyState.DECRYPT_ONLY,
                rotation.versions().stream()
                        .filter(k -> k.version() == oldVersion)
                        .findFirst()
                        .orElseThrow()
                        .state());
    }

    @Test
    void aNodeThatCouldNotReloadItsKeysForHalfTheGraceRefusesToSeal() throws Exception {
        KeyRing.Limits limits = new KeyRing.Limits(1L << 32, 1 << 20, Duration.ofSeconds(1), Duration.ofSeconds(3));
        KeyRing otherNode = new KeyRing(MasterKey.parse(TestServer.masterKey()), keyVersions, limits, () -> {});
        otherNode.load();
        SealContext place = SealContext.of("user_oauth_tokens", "access_token", "t", "u", "strava");
        String sealed = otherNode.seal("fresh", place);
        Thread.sleep(1_700);
        assertThrows(StaleKeyRingException.class, () -> otherNode.seal("stale", place));
        assertEquals("fresh", otherNode.open(sealed, place), "opening needs no fresh key ring");
        otherNode.reload();
        assertEquals("fresh again", otherNode.open(otherNode.seal("fresh again", place), place));
    }

    @Test
    void aValueThatDoesNotOpenIsSkippedAndRecordedAndOnceResolvedTheOldVersionIsRetired() throws Exception {
        seedEverySealedColumn();
        UUID bob = db.users().create(User.newUser("bob@example.com", "hash"));
        db.oauthTokens().upsert(UserOAuthToken.of(bob, tenant, "strava", "access-bob", null, null, null));
        UUID bobsRow =
                db.oauthTokens().find(bob, tenant, "strava").orElseThrow().id();
        String alicesEnvelope = testDatabase.column("user_oauth_tokens", "access_token", "user_id", alice);
        testDatabase.setColumn("user_oauth_tokens", "access_token", "id", bobsRow, alicesEnvelope);

        int oldVersion = keys.ring().primaryVersion();
        rotation.rotate();
        RotationService.Progress progress = Rotations.awaitRewrap(rotation);
        assertEquals(0, progress.remaining(), "finished, except the value that does not open");
        assertEquals(1, progress.unopenable());
        List<UnopenableValue> unopenable = rotation.unopenable();
        assertEquals(1, unopenable.size());
        UnopenableValue value = unopenable.get(0);
        assertEquals("user_oauth_tokens.access_token", value.place());
        assertEquals(bobsRow.toString(), value.rowKey());
        assertEquals(oldVersion, value.keyVersion());
        assertTrue(value.reason().contains("integrity check failed"), value.reason());
        assertTrue(
                !value.toString().contains(alicesEnvelope) && !value.reason().contains(alicesEnvelope),
                "never the value");

        Thread.sleep(keys.limits().retireGrace().toMillis());
        ConflictException refused = assertThrows(ConflictException.class, () -> rotation.retire(oldVersion));
        assertTrue(refused.getMessage().contains("1 of them recorded as unopenable"), refused.getMessage());

        rotation.resolve(value.id(), RotationSteps.Resolution.DELETE_ROW);
        assertTrue(db.oauthTokens().find(bob, tenant, "strava").isEmpty(), "the row that held it is deleted");
        assertEquals(List.of(), rotation.unopenable());
        rotation.retire(oldVersion);
        assertEveryValueOpens();
    }

    /** The sealed columns that hold at least one value. */
    private Set<String> placesHoldingValues() throws Exception {
        Set<String> places = new TreeSet<>();
        try (Connection connection = TestServer.productDataSource().getConnection()) {
            for (SealedColumn<?> column : sealedColumns.all()) {
                if (column.countSealedWith(connection, Envelope.FORMAT + ".") > 0) {
                    places.add(column.place());
                }
            }
        }
        return places;
    }
}
