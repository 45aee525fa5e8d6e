package io.pierre.data.oauthtoken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pierre.data.Database;
import io.pierre.data.crypto.DecryptionException;
import io.pierre.data.db.Timestamps;
import io.pierre.data.error.InvalidInputException;
import io.pierre.data.tenancy.TenantId;
import io.pierre.data.testing.PersistenceTest;
import io.pierre.data.testing.TestDatabase;
import io.pierre.data.user.User;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every {@link OAuthTokenRepository} method, sealing at rest, and copy-paste attacks made with SQL. */
@PersistenceTest
class OAuthTokenRepositoryTest {

    private static final String TOKENS = "user_oauth_tokens";

    @Inject
    Database db;

    @Inject
    TestDatabase testDatabase;

    private OAuthTokenRepository tokens;
    private UUID alice;
    private UUID bob;
    private TenantId acme;
    private TenantId globex;

    @BeforeEach
    void usersInTwoTenants() {
        testDatabase.deleteAll();
        tokens = db.oauthTokens();
        alice = db.users().create(User.newUser("alice@example.com", "hash"));
        bob = db.users().create(User.newUser("bob@example.com", "hash"));
        acme = testDatabase.createTenant("acme", alice);
        globex = testDatabase.createTenant("globex", bob);
    }

    private UserOAuthToken token(UUID user, TenantId tenant, String provider, String access, String refresh) {
        return UserOAuthToken.of(
                user,
                tenant,
                provider,
                access,
                refresh,
                Timestamps.now().plus(Duration.ofHours(6)),
                "read,activity:read_all");
    }

    @Test
    void upsertedTokensReadBackIdenticallyIncludingSpecialCharactersUnicodeAndLongValues() {
        List<String> values = List.of(
                "",
                "simple",
                "sp€cial \"chars\" ' ; -- \\ / \n\t",
                "ünïcødé 日本語 🚴‍♀️",
                "L".repeat(600),
                "K".repeat(16 * 1024));
        for (String value : values) {
            UserOAuthToken stored = token(alice, acme, "strava", value, value + "-refresh");
            tokens.upsert(stored);
            UserOAuthToken read = tokens.find(alice, acme, "strava").orElseThrow();
            assertEquals(value, read.accessToken());
            assertEquals(Optional.of(value + "-refresh"), read.refreshToken());
            assertEquals(stored.expiresAt(), read.expiresAt());
            assertEquals(Optional.of("read,activity:read_all"), read.scope());
        }
        tokens.delete(alice, acme, "strava");
        assertTrue(tokens.find(alice, acme, "strava").isEmpty());
        tokens.delete(alice, acme, "strava");
    }

    @Test
    void tokensAreStoredOnlyAsSealedEnvelopes() {
        tokens.upsert(token(alice, acme, "strava", "plain-access-value", "plain-refresh-value"));
        UUID id = tokens.find(alice, acme, "strava").orElseThrow().id();
        String storedAccess = testDatabase.column(TOKENS, "access_token", "id", id);
        String storedRefresh = testDatabase.column(TOKENS, "refresh_token", "id", id);
        assertTrue(storedAccess.startsWith("p1."), storedAccess);
        assertFalse(storedAccess.contains("plain-access-value"));
        assertFalse(storedRefresh.contains("plain-refresh-value"));
    }

    @Test
    void upsertReplacesTheTokenOfTheSameUserTenantAndProviderKeepingItsIdentity() {
        tokens.upsert(token(alice, acme, "strava", "first", "first-refresh"));
        UserOAuthToken first = tokens.find(alice, acme, "strava").orElseThrow();
        tokens.updateLastSync(alice, acme, "strava", Timestamps.now());

        tokens.upsert(token(alice, acme, "strava", "second", null).withTokenType("bearer"));

        UserOAuthToken second = tokens.find(alice, acme, "strava").orElseThrow();
        assertEquals(first.id(), second.id());
        assertEquals(first.createdAt(), second.createdAt());
        assertEquals("second", second.accessToken());
        assertTrue(second.refreshToken().isEmpty());
        assertEquals("bearer", second.tokenType());
        assertTrue(second.lastSync().isPresent(), "last sync survives an upsert");
        assertEquals(1, tokens.listByUser(alice, acme).size());
    }

    @Test
    void userRecordsNeverCarryTokens() {
        tokens.upsert(token(alice, acme, "strava", "access", "refresh"));
        User user = db.users().findByIdGlobal(alice).orElseThrow();
        assertTrue(Arrays.stream(User.class.getDeclaredFields())
                .map(Field::getName)
                .noneMatch(n -> n.toLowerCase().contains("token")));
        assertFalse(user.toString().contains("access"));
    }

    @Test
    void listByUserIsScopedToATenantOrDeliberatelyCrossTenant() {
        tokens.upsert(token(alice, acme, "strava", "a1", null));
        tokens.upsert(token(alice, acme, "fitbit", "a2", null));
        tokens.upsert(token(alice, globex, "strava", "a3", null));
        tokens.upsert(token(bob, acme, "strava", "b1", null));

        assertEquals(
                List.of("fitbit", "strava"),
                tokens.listByUser(alice, acme).stream()
                        .map(UserOAuthToken::provider)
                        .toList());
        assertEquals(3, tokens.listByUserInEveryTenant(alice).size());
        assertThrows(
                NullPointerException.class, () -> tokens.listByUser(alice, null), "no tenant never means every tenant");
        assertEquals(2, tokens.listByTenantProvider(acme, "strava").size());
        assertEquals(1, tokens.listByTenantProvider(globex, "strava").size());
        assertTrue(tokens.listByTenantProvider(globex, "garmin").isEmpty());
    }

    @Test
    void deleteAllForUserOnlyTouchesThatTenant() {
        tokens.upsert(token(alice, acme, "strava", "a1", null));
        tokens.upsert(token(alice, acme, "fitbit", "a2", null));
        tokens.upsert(token(alice, globex, "strava", "a3", null));

        tokens.deleteAllForUser(alice, acme);

        assertTrue(tokens.listByUser(alice, acme).isEmpty());
        assertEquals(1, tokens.listByUser(alice, globex).size());
    }

    @Test
    void refreshReplacesTokensAndExpiryButKeepsScopeAndType() {
        tokens.upsert(token(alice, acme, "strava", "old", "old-refresh"));
        Instant newExpiry = Timestamps.now().plus(Duration.ofDays(1));

        assertTrue(tokens.refresh(alice, acme, "strava", "new", null, newExpiry));

        UserOAuthToken refreshed = tokens.find(alice, acme, "strava").orElseThrow();
        assertEquals("new", refreshed.accessToken());
        assertTrue(refreshed.refreshToken().isEmpty());
        assertEquals(Optional.of(newExpiry), refreshed.expiresAt());
        assertEquals(Optional.of("read,activity:read_all"), refreshed.scope());
        assertFalse(tokens.refresh(alice, acme, "garmin", "x", null, null), "no token to refresh");
        assertTrue(tokens.find(alice, acme, "garmin").isEmpty());
    }

    @Test
    void lastSyncIsRecordedOnlyForExistingTokens() {
        assertTrue(tokens.getLastSync(alice, acme, "strava").isEmpty());
        tokens.updateLastSync(alice, acme, "strava", Timestamps.now());
        assertTrue(tokens.getLastSync(alice, acme, "strava").isEmpty(), "no token, nothing recorded");

        tokens.upsert(token(alice, acme, "strava", "a", null));
        tokens.updateLastSync(alice, acme, "strava", Instant.now());
        Instant synced = tokens.getLastSync(alice, acme, "strava").orElseThrow();
        assertTrue(Duration.between(synced, Instant.now()).abs().toSeconds() < 5);
    }

    @Test
    void expiryHelpersFollowTheClock() {
        UserOAuthToken soon = UserOAuthToken.of(
                alice, acme, "strava", "a", null, Instant.now().plus(Duration.ofMinutes(3)), null);
        assertTrue(soon.needsRefresh(Instant.now()));
        assertFalse(soon.isExpired(Instant.now()));
        assertFalse(
                UserOAuthToken.of(alice, acme, "strava", "a", null, null, null).needsRefresh(Instant.now()));
    }

    @Test
    void userOAuthAppsAreStoredPerUserAndProviderWithASealedSecret() {
        for (String provider : List.of("whoop", "strava", "fitbit", "garmin", "terra", "coros", "synthetic")) {
            tokens.storeApp(
                    alice, provider, "client-" + provider, "secret-" + provider, "https://app.example/callback");
        }
        tokens.storeApp(bob, "strava", "bob-client", "bob-secret", "https://bob.example/cb");

        List<UserOAuthApp> apps = tokens.listApps(alice);
        assertEquals(
                List.of("coros", "fitbit", "garmin", "strava", "synthetic", "terra", "whoop"),
                apps.stream().map(UserOAuthApp::provider).toList());
        UserOAuthApp strava = tokens.findApp(alice, "strava").orElseThrow();
        assertEquals("secret-strava", strava.clientSecret());
        assertTrue(strava.createdAt() != null && strava.updatedAt() != null);
        assertFalse(testDatabase
                .column(UserOAuthApp.TABLE, "client_secret", "id", strava.id())
                .contains("secret-strava"));
        assertEquals("bob-secret", tokens.findApp(bob, "strava").orElseThrow().clientSecret());

        tokens.storeApp(alice, "strava", "client-2", "secret-2", "https://app.example/v2");
        UserOAuthApp replaced = tokens.findApp(alice, "strava").orElseThrow();
        assertEquals(
                List.of("client-2", "secret-2", "https://app.example/v2"),
                List.of(replaced.clientId(), replaced.clientSecret(), replaced.redirectUri()));
        assertEquals(strava.id(), replaced.id());

        tokens.removeApp(alice, "strava");
        assertTrue(tokens.findApp(alice, "strava").isEmpty());
        assertTrue(tokens.findApp(bob, "strava").isPresent(), "another user's app is untouched");
        UUID nobody = UUID.randomUUID();
        tokens.removeApp(nobody, "strava");
        assertTrue(tokens.listApps(nobody).isEmpty());
        assertTrue(tokens.findApp(nobody, "strava").isEmpty());
        assertThrows(InvalidInputException.class, () -> tokens.storeApp(alice, "myspace", "c", "s", "https://x"));
    }

    @Test
    void sealedValuesMovedWithSqlToAnotherPlaceFailToOpen() {
        tokens.upsert(token(alice, acme, "strava", "alice-acme-strava", "alice-acme-strava-refresh"));
        tokens.upsert(token(alice, globex, "strava", "alice-globex-strava", null));
        tokens.upsert(token(bob, acme, "strava", "bob-acme-strava", null));
        tokens.upsert(token(alice, acme, "fitbit", "alice-acme-fitbit", null));
        tokens.upsert(token(bob, globex, "garmin", "bob-globex-garmin", null));
        UUID source = tokens.find(alice, acme, "strava").orElseThrow().id();
        String access = testDatabase.column(TOKENS, "access_token", "id", source);
        String refresh = testDatabase.column(TOKENS, "refresh_token", "id", source);

        List<String> attacks = new ArrayList<>();
        move(access, tokens.find(alice, globex, "strava").orElseThrow(), "another tenant", attacks);
        move(access, tokens.find(bob, acme, "strava").orElseThrow(), "another user", attacks);
        move(access, tokens.find(alice, acme, "fitbit").orElseThrow(), "another provider", attacks);
        move(access, tokens.find(bob, globex, "garmin").orElseThrow(), "another row", attacks);
        testDatabase.setColumn(TOKENS, "access_token", "id", source, refresh);
        assertThrows(
                DecryptionException.class,
                () -> tokens.find(alice, acme, "strava").orElseThrow().accessToken(),
                "refresh into access");
        attacks.add("the other column");
        char replaced = access.charAt(access.length() - 2);
        String tampered = access.substring(0, access.length() - 2)
                + (replaced == 'A' ? 'B' : 'A')
                + access.charAt(access.length() - 1);
        testDatabase.setColumn(TOKENS, "access_token", "id", source, tampered);
        DecryptionException altered = assertThrows(
                DecryptionException.class,
                () -> tokens.find(alice, acme, "strava").orElseThrow().accessToken());
        assertEquals(
                "Cannot open the sealed value in user_oauth_tokens.access_token: integrity check failed: the value was altered"
                        + " or belongs to another place",
                altered.getMessage());
        assertEquals(5, attacks.size());
    }

    private void move(String envelope, UserOAuthToken target, String where, List<String> attacks) {
        testDatabase.setColumn(TOKENS, "access_token", "id", target.id(), envelope);
        UserOAuthToken reread = tokens.find(target.userId(), target.tenantId(), target.provider())
                .orElseThrow();
        assertThrows(DecryptionException.class, reread::accessToken, where);
        attacks.add(where);
    }

    @Test
    void readingAndChangingOtherFieldsNeverReencryptsUnchangedSecrets() {
        tokens.upsert(token(alice, acme, "strava", "stable", "stable-refresh"));
        UUID id = tokens.find(alice, acme, "strava").orElseThrow().id();
        String before = testDatabase.column(TOKENS, "access_token", "id", id);

        tokens.find(alice, acme, "strava").orElseThrow().accessToken();
        tokens.listByUserInEveryTenant(alice).forEach(UserOAuthToken::accessToken);
        tokens.updateLastSync(alice, acme, "strava", Instant.now());
        tokens.storeApp(alice, "strava", "c", "s", "https://x");

        assertEquals(before, testDatabase.column(TOKENS, "access_token", "id", id));
    }
}
