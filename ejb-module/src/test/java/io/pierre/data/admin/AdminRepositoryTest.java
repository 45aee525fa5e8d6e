package io.pierre.data.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pierre.data.Database;
import io.pierre.data.apikey.ApiKeyTier;
import io.pierre.data.db.Timestamps;
import io.pierre.data.error.InvalidInputException;
import io.pierre.data.error.NotFoundException;
import io.pierre.data.paging.PageRequest;
import io.pierre.data.testing.KeysetPaging;
import io.pierre.data.testing.PersistenceTest;
import io.pierre.data.testing.TestDatabase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every {@link AdminRepository} method; admin tokens exist in the database only as digests. */
@PersistenceTest
class AdminRepositoryTest {

    @Inject
    Database db;

    @Inject
    TestDatabase testDatabase;

    private AdminRepository admins;

    @BeforeEach
    void noTokens() {
        testDatabase.deleteAll();
        admins = db.admins();
    }

    @Test
    void aCreatedTokenAuthenticatesWithItsRawValueOnlyAndIsStoredAsADigest() {
        AdminToken.Issued issued =
                admins.createToken("billing", "billing service", AdminPermission.defaults(), false, inDays(365));

        AdminToken token = admins.authenticate(issued.rawToken(), Instant.now()).orElseThrow();
        assertEquals(AdminPermission.defaults(), token.permissions());
        assertFalse(token.isSuperAdmin());
        assertTrue(token.expiresAt().isPresent());
        assertTrue(admins.authenticate(issued.rawToken() + "x", Instant.now()).isEmpty());
        assertTrue(admins.authenticate("pat_guessed", Instant.now()).isEmpty());
        assertTrue(
                testDatabase.textDump(List.of("admin_tokens")).stream().noneMatch(v -> v.contains(issued.rawToken())));
        assertFalse(issued.toString().contains(issued.rawToken()));
    }

    @Test
    void superAdminsHoldEveryPermissionOthersExactlyTheirOwn() {
        AdminToken root = admins.createToken("ops", null, Set.of(AdminPermission.LIST_KEYS), true, inDays(1))
                .token();
        assertEquals(
                EnumSet.allOf(AdminPermission.class),
                admins.findTokenById(root.id()).orElseThrow().permissions());
        AdminToken auditor = admins.createToken(
                        "audit", null, Set.of(AdminPermission.VIEW_AUDIT_LOGS), false, inDays(1))
                .token();
        AdminToken stored = admins.findTokenByPrefix(auditor.tokenPrefix()).orElseThrow();
        assertEquals(EnumSet.of(AdminPermission.VIEW_AUDIT_LOGS), stored.permissions());
        assertTrue(stored.allows(AdminPermission.VIEW_AUDIT_LOGS));
        assertFalse(stored.allows(AdminPermission.MANAGE_USERS));
        assertTrue(admins.findTokenById(UUID.randomUUID()).isEmpty());
    }

    @Test
    void everyTokenExpiresAndOnlySuperAdminsGoWithoutPermissions() {
        assertThrows(
                InvalidInputException.class,
                () -> admins.createToken("forever", null, AdminPermission.defaults(), false, null));
        assertThrows(
                InvalidInputException.class,
                () -> admins.createToken(
                        "past",
                        null,
                        AdminPermission.defaults(),
                        false,
                        Timestamps.now().minusSeconds(1)));
        assertThrows(
                InvalidInputException.class, () -> admins.createToken("nothing", null, Set.of(), false, inDays(1)));
        assertFalse(admins.hasAnyToken());
        admins.createToken("first", null, AdminPermission.defaults(), false, inDays(1));
        assertTrue(admins.hasAnyToken());
    }

    private static Instant inDays(int days) {
        return Timestamps.now().plus(Duration.ofDays(days));
    }

    @Test
    void expiredAndDeactivatedTokensDoNotAuthenticate() {
        AdminToken.Issued issued = admins.createToken(
                "short",
                null,
                AdminPermission.defaults(),
                false,
                Timestamps.now().plus(Duration.ofMinutes(1)));
        assertTrue(
                admins.authenticate(issued.rawToken(), Instant.now().plus(Duration.ofMinutes(2)))
                        .isEmpty(),
                "expired");
        admins.deactivateToken(issued.token().id());
        admins.deactivateToken(UUID.randomUUID());
        assertTrue(admins.authenticate(issued.rawToken(), Instant.now()).isEmpty());
    }

    @Test
    void listingShowsActiveTokensNewestFirstAndInactiveOnesWhenAsked() {
        AdminToken first = admins.createToken("one", null, AdminPermission.defaults(), false, inDays(1))
                .token();
        AdminToken second = admins.createToken("two", null, AdminPermission.defaults(), false, inDays(1))
                .token();
        admins.deactivateToken(first.id());
        assertEquals(
                List.of(second.id()),
                admins.listTokens(false).stream().map(AdminToken::id).toList());
        assertEquals(
                List.of(second.id(), first.id()),
                admins.listTokens(true).stream().map(AdminToken::id).toList());
    }

    @Test
    void tokenPagesFollowTheKeysetContractAndShowInactiveTokensOnlyWhenAsked() {
        AdminToken inactive = admins.createToken("inactive", null, AdminPermission.defaults(), false, inDays(1))
                .token();
        admins.deactivateToken(inactive.id());
        KeysetPaging.assertNewestFirstPagesOfTwo(
                () -> admins.createToken("paged", null, AdminPermission.defaults(), false, inDays(1))
                        .token()
                        .id(),
                page -> admins.pageTokens(false, page),
                AdminToken::id);
        List<UUID> everyToken = admins.pageTokens(true, PageRequest.first(PageRequest.MAX_LIMIT)).items().stream()
                .map(AdminToken::id)
                .toList();
        assertEquals(admins.listTokens(true).stream().map(AdminToken::id).toList(), everyToken);
        assertTrue(everyToken.contains(inactive.id()));
    }

    @Test
    void lastUseIsStampedWithTheIpAndCounted() {
        AdminToken token = admins.createToken("svc", null, AdminPermission.defaults(), false, inDays(1))
                .token();
        admins.updateTokenLastUsed(token.id(), "198.51.100.4");
        admins.updateTokenLastUsed(token.id(), "198.51.100.5");
        AdminToken used = admins.findTokenById(token.id()).orElseThrow();
        assertEquals(2, used.usageCount());
        assertEquals("198.51.100.5", used.lastUsedIp().orElseThrow());
        assertTrue(used.lastUsedAt().isPresent());
    }

    @Test
    void usageHistoryKeepsEveryRowWithIdsAndErrorsNewestFirst() {
        AdminToken token = admins.createToken("svc", null, AdminPermission.defaults(), false, inDays(1))
                .token();
        Instant base = Timestamps.now();
        admins.recordUsage(AdminTokenUsage.of(token.id(), AdminAction.PROVISION_KEY, "user:alice", true, null)
                .at(base.minusSeconds(2)));
        admins.recordUsage(AdminTokenUsage.of(token.id(), AdminAction.REVOKE_KEY, "key:123", false, "no such key")
                .at(base.minusSeconds(1))
                .from("198.51.100.4", "curl"));
        admins.recordUsage(AdminTokenUsage.of(token.id(), AdminAction.LIST_KEYS, null, true, null)
                .at(base.minus(Duration.ofDays(3))));

        List<AdminTokenUsage> history = admins.getUsageHistory(token.id(), base.minus(Duration.ofDays(1)), base);
        assertEquals(
                List.of(AdminAction.REVOKE_KEY, AdminAction.PROVISION_KEY),
                history.stream().map(AdminTokenUsage::action).toList());
        assertEquals("no such key", history.get(0).errorMessage().orElseThrow());
        assertFalse(history.get(0).isSuccess());
        assertTrue(history.stream().allMatch(u -> u.id() != null));
    }

    @Test
    void provisionedKeysAreRecordedWithTheTokensServiceAndListedByTokenAndPeriod() {
        AdminToken token = admins.createToken("onboarding", null, AdminPermission.defaults(), false, inDays(1))
                .token();
        AdminToken other = admins.createToken("other", null, AdminPermission.defaults(), false, inDays(1))
                .token();
        Instant before = Timestamps.now().minusSeconds(1);
        admins.recordProvisionedKey(
                token.id(),
                UUID.randomUUID(),
                "alice@example.com",
                ApiKeyTier.PROFESSIONAL,
                100_000,
                ProvisionedKey.RateLimitPeriod.MONTH);
        admins.recordProvisionedKey(
                other.id(),
                UUID.randomUUID(),
                "bob@example.com",
                ApiKeyTier.TRIAL,
                100,
                ProvisionedKey.RateLimitPeriod.HOUR);
        Instant after = Timestamps.now().plusSeconds(1);

        List<ProvisionedKey> mine = admins.getProvisionedKeys(token.id(), before, after);
        assertEquals(1, mine.size());
        ProvisionedKey key = mine.get(0);
        assertEquals(
                List.of(
                        "onboarding",
                        "alice@example.com",
                        ApiKeyTier.PROFESSIONAL,
                        100_000,
                        ProvisionedKey.RateLimitPeriod.MONTH,
                        "active"),
                List.of(
                        key.provisionedByService(),
                        key.userEmail(),
                        key.requestedTier(),
                        key.rateLimitRequests(),
                        key.rateLimitPeriod(),
                        key.keyStatus()));
        assertEquals(2, admins.getAllProvisionedKeys(before, after).size());
        assertTrue(admins.getAllProvisionedKeys(after, after.plusSeconds(5)).isEmpty());
        assertThrows(
                NotFoundException.class,
                () -> admins.recordProvisionedKey(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        "x@example.com",
                        ApiKeyTier.TRIAL,
                        1,
                        ProvisionedKey.RateLimitPeriod.DAY));
    }
}
