package io.pierre.data.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pierre.data.Database;
import io.pierre.data.bench.BulkTokens;
import io.pierre.data.error.ConflictException;
import io.pierre.data.it.Deployments;
import io.pierre.data.it.Rotations;
import io.pierre.data.it.TestDatabase;
import io.pierre.data.oauthtoken.UserOAuthToken;
import io.pierre.data.tenancy.TenantId;
import io.pierre.data.user.User;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Key rotation on the real database: add → promote → background rewrap → retire, under concurrent use. */
@ExtendWith(ArquillianExtension.class)
class KeyRotationIT {

    private static final Logger FIGURES = Logger.getLogger("CRYPTO-FIGURES");
    private static final int ROWS = 10_000;
    private static final int WRITTEN_ROWS = 100;

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.pierreEar(KeyRotationIT.class);
        ear.getAsType(WebArchive.class, "pierre-web.war").addClass(BulkTokens.class);
        return ear;
    }

    @Inject
    Database db;

    @Inject
    TestDatabase testDatabase;

    @Inject
    BulkTokens fixtures;

    @Inject
    RotationService rotation;

    @Inject
    KeyRingService keys;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    private TenantId tenant;

    @BeforeEach
    void emptyDatabase() {
        testDatabase.deleteAll();
        UUID owner = db.users().create(User.newUser("owner@example.com", "hash"));
        tenant = testDatabase.createTenant("rotation", owner);
    }

    private String provider(int n) {
        return BulkTokens.PROVIDERS.get(n % BulkTokens.PROVIDERS.size());
    }

    @Test
    void rotationUnderLoadRewrapsEveryValueWithoutAFailedReadThenRetiresTheOldVersion() throws Exception {
        List<UUID> users = fixtures.createTokens(tenant, "rotation-", ROWS);
        int oldVersion = keys.ring().primaryVersion();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong reads = new AtomicLong();
        AtomicLong writes = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        AtomicLong mismatches = new AtomicLong();
        List<Thread> load = new ArrayList<>();
        for (int reader = 0; reader < 3; reader++) {
            load.add(threads.newThread(() -> {
                while (running.get()) {
                    int n = ThreadLocalRandom.current().nextInt(WRITTEN_ROWS, ROWS);
                    try {
                        String token = db.oauthTokens()
                                .find(users.get(n / 7), tenant, provider(n))
                                .orElseThrow()
                                .accessToken();
                        if (!token.equals("tok-" + n)) {
                            mismatches.incrementAndGet();
                        }
                        reads.incrementAndGet();
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                    }
                }
            }));
        }
        load.add(threads.newThread(() -> {
            for (long i = 0; running.get(); i++) {
                int n = (int) (i % WRITTEN_ROWS);
                try {
                    db.oauthTokens().refresh(users.get(n / 7), tenant, provider(n), "w-" + i, null, null);
                    String reread = db.oauthTokens()
                            .find(users.get(n / 7), tenant, provider(n))
                            .orElseThrow()
                            .accessToken();
                    if (!reread.equals("w-" + i)) {
                        mismatches.incrementAndGet();
                    }
                    writes.incrementAndGet();
                } catch (RuntimeException e) {
                    failures.incrementAndGet();
                }
            }
        }));
        load.forEach(Thread::start);
        Thread.sleep(500);
        long start = System.nanoTime();

        int newVersion = rotation.rotate();
        RotationService.Progress progress = Rotations.awaitRewrap(rotation);

        double seconds = (System.nanoTime() - start) / 1e9;
        running.set(false);
        for (Thread thread : load) {
            thread.join();
        }
        FIGURES.info("CRYPTO-FIGURES rotation v" + oldVersion + "->v" + newVersion + ": rows=" + ROWS + " rewrapped="
                + progress.rewrapped() + " seconds=" + seconds + " reads=" + reads + " writes=" + writes
                + " failures=" + failures + " mismatches=" + mismatches + " remaining=" + progress.remaining());
        assertEquals(newVersion, keys.ring().primaryVersion());
        assertEquals(0, failures.get(), "no read or write failed during rotation");
        assertEquals(0, mismatches.get());
        assertEquals(0, progress.remaining(), "no value left on an old version");
        assertTrue(reads.get() > 0 && writes.get() > 0);

        Rotations.retireAfterGrace(rotation, oldVersion, keys.limits().retireGrace());
        KeyVersion retired = rotation.versions().stream()
                .filter(k -> k.version() == oldVersion)
                .findFirst()
                .orElseThrow();
        assertEquals(KeyState.RETIRED, retired.state());
        assertEquals(
                "tok-" + (ROWS - 1),
                db.oauthTokens()
                        .find(users.get((ROWS - 1) / 7), tenant, provider(ROWS - 1))
                        .orElseThrow()
                        .accessToken());
    }

    @Test
    void aVersionStillInUseCannotBeRetiredAndAnInterruptedRewrapResumes() throws Exception {
        List<UUID> users = fixtures.createTokens(tenant, "rotation-", 50);
        int oldVersion = keys.ring().primaryVersion();
        int newVersion = rotation.addVersion();
        rotation.promote(newVersion);
        assertThrows(ConflictException.class, () -> rotation.retire(oldVersion), "values still use it");
        assertThrows(ConflictException.class, () -> rotation.retire(newVersion), "it is primary");
        assertTrue(rotation.progress().remaining() >= 100, "50 access and 50 refresh tokens still on the old version");

        rotation.resumeRewrapIfNeeded();

        assertEquals(0, Rotations.awaitRewrap(rotation).remaining());
        Rotations.retireAfterGrace(rotation, oldVersion, keys.limits().retireGrace());
        UserOAuthToken token =
                db.oauthTokens().find(users.get(0), tenant, provider(0)).orElseThrow();
        assertEquals("tok-0", token.accessToken());
        assertEquals(newVersion, token.sealedAccessToken().keyVersion().orElseThrow());
    }
}
