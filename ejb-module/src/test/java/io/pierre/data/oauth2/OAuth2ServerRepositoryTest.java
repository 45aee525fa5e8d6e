package io.pierre.data.oauth2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pierre.data.Database;
import io.pierre.data.db.Timestamps;
import io.pierre.data.error.ConflictException;
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

/** Every {@link OAuth2ServerRepository} method; one-time consumption is atomic under concurrency. */
@PersistenceTest
class OAuth2ServerRepositoryTest {

    private static final String REDIRECT = "https://client.example/callback";

    @Inject
    Database db;

    @Inject
    TestDatabase testDatabase;

    private OAuth2ServerRepository oauth2;
    private UUID alice;
    private TenantId tenant;

    @BeforeEach
    void clientAndUser() {
        testDatabase.deleteAll();
        oauth2 = db.oauth2Server();
        alice = db.users().create(User.newUser("alice@example.com", "hash"));
        tenant = testDatabase.createTenant("acme", alice);
        oauth2.storeClient(OAuth2Client.register(
                "client-1",
                "client-secret-1",
                List.of(REDIRECT),
                List.of("authorization_code", "refresh_token"),
                List.of("code"),
                "Client One",
                "read"));
    }

    private OAuth2AuthCode code(String value, Instant expiresAt) {
        return OAuth2AuthCode.of(value, "client-1", alice, tenant, REDIRECT, "read", expiresAt);
    }

    @Test
    void clientsAreStoredWithASecretDigestAndFoundByClientId() {
        OAuth2Client client = oauth2.findClient("client-1").orElseThrow();
        assertEquals(
                List.of(List.of(REDIRECT), List.of("authorization_code", "refresh_token"), List.of("code")),
                List.of(client.redirectUris(), client.grantTypes(), client.responseTypes()));
        assertTrue(client.secretMatches("client-secret-1"));
        assertTrue(oauth2.findClient("unknown").isEmpty());
        assertThrows(
                ConflictException.class,
                () -> oauth2.storeClient(
                        OAuth2Client.register("client-1", "x", List.of(), List.of(), List.of(), null, null)));
    }

    @Test
    void clientPagesFollowTheKeysetContractAndListTheClientsInTheListingsOrder() {
        assertTrue(oauth2.deleteClient("client-1"));
        AtomicInteger created = new AtomicInteger();
        KeysetPaging.assertNewestFirstPagesOfTwo(
                () -> {
                    OAuth2Client client = OAuth2Client.register(
                            "paged-" + created.incrementAndGet(),
                            "s",
                            List.of(REDIRECT),
                            List.of(),
                            List.of(),
                            null,
                            null);
                    oauth2.storeClient(client);
                    return client.id();
                },
                oauth2::pageClients,
                OAuth2Client::id);
        assertEquals(
                oauth2.listClients().stream().map(OAuth2Client::id).toList(),
                oauth2.pageClients(PageRequest.first(PageRequest.MAX_LIMIT)).items().stream()
                        .map(OAuth2Client::id)
                        .toList());
        assertFalse(oauth2.deleteClient("client-1"), "a client is deleted once");
    }

    @Test
    void anAuthCodeIsConsumedOnceAndNeverByTheWrongClientRedirectOrAfterExpiry() {
        Instant now = Timestamps.now();
        oauth2.storeAuthCode(code("code-1", now.plus(Duration.ofMinutes(10)))
                .withPkce("challenge", "S256")
                .withState("st"));
        oauth2.storeAuthCode(code("code-expired", now.minusSeconds(1)));
        oauth2.storeClient(OAuth2Client.register("client-2", "s", List.of(REDIRECT), List.of(), List.of(), null, null));

        assertTrue(oauth2.consumeAuthCode("code-1", "client-2", REDIRECT, now).isEmpty(), "client mismatch");
        assertTrue(
                oauth2.consumeAuthCode("code-1", "client-1", "https://evil.example", now)
                        .isEmpty(),
                "redirect mismatch");
        assertTrue(
                oauth2.consumeAuthCode("code-expired", "client-1", REDIRECT, now)
                        .isEmpty(),
                "expired");
        assertTrue(oauth2.consumeAuthCode("unknown", "client-1", REDIRECT, now).isEmpty(), "unknown");
        OAuth2AuthCode consumed =
                oauth2.consumeAuthCode("code-1", "client-1", REDIRECT, now).orElseThrow();
        assertEquals(
                List.of("challenge", "S256", alice),
                List.of(
                        consumed.codeChallenge().orElseThrow(),
                        consumed.codeChallengeMethod().orElseThrow(),
                        consumed.userId()));
        assertTrue(oauth2.consumeAuthCode("code-1", "client-1", REDIRECT, now).isEmpty(), "replay");
        assertTrue(oauth2.findAuthCode("code-1").orElseThrow().isUsed());
    }

    @Test
    void consumingJustBeforeExpiryStillWorks() {
        Instant expiry = Timestamps.now().plus(Duration.ofMinutes(1));
        oauth2.storeAuthCode(code("edge", expiry));
        assertTrue(oauth2.consumeAuthCode("edge", "client-1", REDIRECT, expiry.minusMillis(100))
                .isPresent());
    }

    @Test
    void updateAuthCodeSetsOnlyTheUsedFlag() {
        oauth2.storeAuthCode(code("flag", Timestamps.now().plus(Duration.ofMinutes(10))));
        oauth2.updateAuthCode("flag", true);
        assertTrue(oauth2.findAuthCode("flag").orElseThrow().isUsed());
        assertTrue(oauth2.consumeAuthCode("flag", "client-1", REDIRECT, Instant.now())
                .isEmpty());
        oauth2.updateAuthCode("unknown", true);
    }

    @Test
    void storingForAnUnknownClientIsNotFound() {
        assertThrows(
                NotFoundException.class,
                () -> oauth2.storeAuthCode(OAuth2AuthCode.of(
                        "c",
                        "nope",
                        alice,
                        tenant,
                        REDIRECT,
                        null,
                        Instant.now().plusSeconds(60))));
        assertThrows(
                NotFoundException.class,
                () -> oauth2.storeState(OAuth2State.of(
                        "s",
                        "nope",
                        alice,
                        tenant,
                        REDIRECT,
                        null,
                        Instant.now().plusSeconds(60))));
    }

    @Test
    void refreshTokensAreStoredAsDigestsRotatedOnceAndRevocable() {
        Instant now = Timestamps.now();
        oauth2.storeRefreshToken(
                OAuth2RefreshToken.of("refresh-1", "client-1", alice, tenant, "read", now.plus(Duration.ofDays(30))));
        oauth2.storeRefreshToken(
                OAuth2RefreshToken.of("refresh-2", "client-1", alice, tenant, "read", now.plus(Duration.ofDays(30))));

        assertFalse(oauth2.findRefreshToken("refresh-1").orElseThrow().isRevoked());
        assertTrue(oauth2.consumeRefreshToken("refresh-1", "client-2", now).isEmpty(), "client mismatch");
        assertEquals(
                alice,
                oauth2.consumeRefreshToken("refresh-1", "client-1", now)
                        .orElseThrow()
                        .userId());
        assertTrue(oauth2.consumeRefreshToken("refresh-1", "client-1", now).isEmpty(), "replay");
        oauth2.revokeRefreshToken("refresh-2");
        oauth2.revokeRefreshToken("unknown");
        assertTrue(oauth2.findRefreshToken("refresh-2").orElseThrow().isRevoked());
        assertTrue(oauth2.consumeRefreshToken("refresh-2", "client-1", now).isEmpty());
        List<String> dump =
                testDatabase.textDump(List.of("oauth2_refresh_tokens", "oauth2_auth_codes", "oauth2_clients"));
        assertTrue(
                dump.stream().noneMatch(v -> v.contains("refresh-1") || v.contains("client-secret-1")),
                "only digests are stored");
    }

    @Test
    void theLegacyCodeApiWorksOnTheSameTable() {
        oauth2.storeAuthorizationCode("legacy", "client-1", REDIRECT, "read", alice, tenant);
        OAuth2AuthCode code = oauth2.getAuthorizationCode("legacy", "client-1", REDIRECT);
        assertTrue(code.expiresAt().isAfter(Instant.now().plus(Duration.ofMinutes(9))));
        assertThrows(NotFoundException.class, () -> oauth2.getAuthorizationCode("legacy", "client-1", "https://other"));
        oauth2.deleteAuthorizationCode("legacy", "client-1", REDIRECT);
        oauth2.deleteAuthorizationCode("legacy", "client-1", REDIRECT);
        assertThrows(NotFoundException.class, () -> oauth2.getAuthorizationCode("legacy", "client-1", REDIRECT));
    }

    @Test
    void aStateIsConsumedOnceWithItsPkceFieldsAndNotWhenExpiredUnknownOrForAnotherClient() {
        Instant now = Timestamps.now();
        oauth2.storeState(
                OAuth2State.of("state-1", "client-1", alice, tenant, REDIRECT, "read", now.plus(Duration.ofMinutes(10)))
                        .withPkce("challenge", "S256"));
        oauth2.storeState(OAuth2State.of("state-old", "client-1", null, null, REDIRECT, null, now.minusSeconds(1)));

        assertTrue(oauth2.consumeState("state-1", "client-2", now).isEmpty());
        assertTrue(oauth2.consumeState("state-old", "client-1", now).isEmpty());
        assertTrue(oauth2.consumeState("unknown", "client-1", now).isEmpty());
        OAuth2State state = oauth2.consumeState("state-1", "client-1", now).orElseThrow();
        assertEquals(
                List.of("challenge", "S256"),
                List.of(
                        state.codeChallenge().orElseThrow(),
                        state.codeChallengeMethod().orElseThrow()));
        assertTrue(oauth2.consumeState("state-1", "client-1", now).isEmpty(), "replay");
    }

    @Test
    void clientsAreListedNewestFirstAndDeletingOneRemovesItsCodes() {
        oauth2.storeClient(OAuth2Client.register("client-2", "s", List.of(REDIRECT), List.of(), List.of(), null, null));
        oauth2.storeAuthCode(code("doomed", Timestamps.now().plus(Duration.ofMinutes(5))));
        assertEquals(
                List.of("client-2", "client-1"),
                oauth2.listClients().stream().map(OAuth2Client::clientId).toList());

        assertTrue(oauth2.deleteClient("client-1"));
        assertFalse(oauth2.deleteClient("client-1"));
        assertTrue(oauth2.findAuthCode("doomed").isEmpty(), "its codes went with it");
        assertEquals(
                List.of("client-2"),
                oauth2.listClients().stream().map(OAuth2Client::clientId).toList());
    }
}
