package io.pierre.data.oauth2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pierre.data.Database;
import io.pierre.data.db.Timestamps;
import io.pierre.data.it.ConcurrentCalls;
import io.pierre.data.it.Deployments;
import io.pierre.data.it.TestDatabase;
import io.pierre.data.security.SecurityRepository;
import io.pierre.data.tenancy.TenantId;
import io.pierre.data.user.User;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One-time values under real contention, in the container with its transactions and retries: of sixteen concurrent
 * consumers of one authorization code, refresh token or state exactly one wins, and concurrent first calls for a
 * system secret all get the one secret that was stored.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentConsumptionIT {

    private static final Logger FIGURES = Logger.getLogger("OAUTH2-FIGURES");
    private static final String REDIRECT = "https://client.example/callback";
    private static final int CONSUMERS = 16;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.pierreEar(ConcurrentConsumptionIT.class);
    }

    @Inject
    Database db;

    @Inject
    TestDatabase testDatabase;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    private UUID alice;
    private TenantId tenant;

    @BeforeEach
    void clientAndUser() {
        testDatabase.deleteAll();
        alice = db.users().create(User.newUser("alice@example.com", "hash"));
        tenant = testDatabase.createTenant("acme", alice);
        db.oauth2Server()
                .storeClient(OAuth2Client.register(
                        "client-1",
                        "client-secret-1",
                        List.of(REDIRECT),
                        List.of("authorization_code", "refresh_token"),
                        List.of("code"),
                        "Client One",
                        "read"));
    }

    @Test
    void sixteenConcurrentConsumersOfOneCodeGetExactlyOneSuccess() throws Exception {
        db.oauth2Server()
                .storeAuthCode(OAuth2AuthCode.of("contended", "client-1", alice, tenant, REDIRECT, "read", later()));
        assertExactlyOneWins(
                "authorization code",
                () -> db.oauth2Server().consumeAuthCode("contended", "client-1", REDIRECT, Instant.now()));
    }

    @Test
    void sixteenConcurrentConsumersOfOneRefreshTokenGetExactlyOneSuccess() throws Exception {
        db.oauth2Server()
                .storeRefreshToken(
                        OAuth2RefreshToken.of("contended-refresh", "client-1", alice, tenant, "read", later()));
        assertExactlyOneWins(
                "refresh token",
                () -> db.oauth2Server().consumeRefreshToken("contended-refresh", "client-1", Instant.now()));
    }

    @Test
    void sixteenConcurrentConsumersOfOneStateGetExactlyOneSuccess() throws Exception {
        db.oauth2Server()
                .storeState(OAuth2State.of("contended-state", "client-1", alice, tenant, REDIRECT, "read", later()));
        assertExactlyOneWins(
                "state", () -> db.oauth2Server().consumeState("contended-state", "client-1", Instant.now()));
    }

    /** Nodes starting together all find no secret and all store one: they must still agree on a single secret. */
    @Test
    void concurrentFirstCallsForASystemSecretAllGetTheOneSecretThatWasStored() throws Exception {
        int callers = 8;
        for (int round = 1; round <= 5; round++) {
            testDatabase.deleteAll();
            Set<String> returned = ConcurrentHashMap.newKeySet();
            int thisRound = round;
            ConcurrentCalls.run(
                    threads,
                    callers,
                    () -> "round " + thisRound,
                    caller -> returned.add(db.security().getOrCreateSystemSecret(SecurityRepository.ADMIN_JWT_SECRET)));

            assertEquals(1, returned.size(), "round " + round + ": every caller gets the same secret");
            assertEquals(
                    returned.iterator().next(), db.security().getSystemSecret(SecurityRepository.ADMIN_JWT_SECRET));
            assertEquals(1L, ((Number) testDatabase.scalar("SELECT count(*) FROM system_secrets")).longValue());
        }
    }

    private void assertExactlyOneWins(String what, Supplier<Optional<?>> consume) throws Exception {
        AtomicInteger successes = new AtomicInteger();
        ConcurrentCalls.run(threads, CONSUMERS, () -> "successes=" + successes, consumer -> {
            if (consume.get().isPresent()) {
                successes.incrementAndGet();
            }
        });
        FIGURES.info(
                "OAUTH2-FIGURES " + CONSUMERS + " concurrent consumers of one " + what + ": successes=" + successes);
        assertEquals(1, successes.get(), "exactly one consumer of the " + what + " wins");
    }

    private static Instant later() {
        return Timestamps.now().plus(Duration.ofMinutes(10));
    }
}
