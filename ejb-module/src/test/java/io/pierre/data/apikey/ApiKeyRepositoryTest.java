package io.pierre.data.apikey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pierre.data.Database;
import io.pierre.data.crypto.Digests;
import io.pierre.data.db.Timestamps;
import io.pierre.data.error.ConflictException;
import io.pierre.data.error.InvalidInputException;
import io.pierre.data.testing.KeysetPaging;
import io.pierre.data.testing.PersistenceTest;
import io.pierre.data.testing.TestDatabase;
import io.pierre.data.user.User;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every {@link ApiKeyRepository} method, and that only digests of keys are stored. */
@PersistenceTest
class ApiKeyRepositoryTest {

    @Inject
    Database db;

    @Inject
    TestDatabase testDatabase;

    private ApiKeyRepository keys;
    private UUID alice;
    private UUID bob;

    @BeforeEach
    void twoUsers() {
        testDatabase.deleteAll();
        keys = db.apiKeys();
        alice = db.users().create(User.newUser("alice@example.com", "hash"));
        bob = db.users().create(User.newUser("bob@example.com", "hash"));
    }

    private ApiKey.Issued issue(UUID user, ApiKeyTier tier) {
        ApiKey.Issued issued = ApiKey.issue(user, "key " + tier, "for tests", tier, null);
        keys.create(issued.key());
        return issued;
    }

    @Test
    void aCreatedKeyIsFoundByItsPrefixAndDigestWithItsTierForEveryTier() {
        for (ApiKeyTier tier : ApiKeyTier.values()) {
            ApiKey.Issued issued = issue(alice, tier);
            ApiKey found = keys.findByPrefix(ApiKey.prefixOf(issued.rawKey()), Digests.sha256Hex(issued.rawKey()))
                    .orElseThrow();
            assertEquals(
                    List.of(issued.key().id(), issued.key().name(), tier),
                    List.of(found.id(), found.name(), found.tier()));
            assertTrue(found.matches(issued.rawKey()));
            assertEquals(
                    tier == ApiKeyTier.ENTERPRISE ? OptionalInt.empty() : tier.monthlyLimit(),
                    found.rateLimitRequests());
        }
        assertTrue(keys.findByPrefix("pk_live_nonexistent", "0".repeat(64)).isEmpty());
    }

    @Test
    void aWrongDigestOrAnInactiveKeyIsNotFound() {
        ApiKey.Issued issued = issue(alice, ApiKeyTier.STARTER);
        String prefix = ApiKey.prefixOf(issued.rawKey());
        assertTrue(keys.findByPrefix(prefix, Digests.sha256Hex(issued.rawKey() + "x"))
                .isEmpty());
        keys.deactivate(issued.key().id(), alice);
        assertTrue(keys.findByPrefix(prefix, Digests.sha256Hex(issued.rawKey())).isEmpty());
    }

    @Test
    void onlyDigestsAndPrefixesOfKeysAreStored() {
        List<String> rawKeys = List.of(
                issue(alice, ApiKeyTier.TRIAL).rawKey(),
                issue(bob, ApiKeyTier.PROFESSIONAL).rawKey());
        List<String> dump = testDatabase.textDump(List.of("api_keys"));
        for (String raw : rawKeys) {
            assertTrue(dump.stream().noneMatch(value -> value.contains(raw)), "raw key in the database");
            assertTrue(raw.length() >= 50, "at least 256 random bits");
        }
    }

    @Test
    void aDuplicatePrefixIsAConflict() {
        ApiKey.Issued issued = issue(alice, ApiKeyTier.STARTER);
        assertThrows(ConflictException.class, () -> keys.create(issued.key()));
    }

    @Test
    void findByIdEnforcesOwnershipAndOnlyTheGlobalLookupSeesEveryOwner() {
        ApiKey key = issue(alice, ApiKeyTier.STARTER).key();
        assertTrue(keys.findById(key.id(), alice).isPresent());
        assertTrue(keys.findById(key.id(), bob).isEmpty());
        assertThrows(NullPointerException.class, () -> keys.findById(key.id(), null), "no user never means any user");
        assertTrue(keys.findByIdGlobal(key.id()).isPresent());
        assertTrue(keys.findByIdGlobal(UUID.randomUUID()).isEmpty());
    }

    @Test
    void listByUserIncludesInactiveKeysNewestFirst() {
        ApiKey first = issue(alice, ApiKeyTier.STARTER).key();
        ApiKey second = issue(alice, ApiKeyTier.TRIAL).key();
        issue(bob, ApiKeyTier.STARTER);
        keys.deactivate(first.id(), alice);
        assertEquals(
                List.of(second.id(), first.id()),
                keys.listByUser(alice).stream().map(ApiKey::id).toList());
    }

    @Test
    void aUsersKeyPagesFollowTheKeysetContractAndShowNoOtherUsersKeys() {
        issue(bob, ApiKeyTier.STARTER);
        KeysetPaging.assertNewestFirstPagesOfTwo(
                () -> issue(alice, ApiKeyTier.STARTER).key().id(), page -> keys.pageByUser(alice, page), ApiKey::id);
    }

    @Test
    void listingsHonourEmailActivityLimitAndOffset() {
        ApiKey a1 = issue(alice, ApiKeyTier.STARTER).key();
        ApiKey a2 = issue(alice, ApiKeyTier.STARTER).key();
        ApiKey b1 = issue(bob, ApiKeyTier.STARTER).key();
        keys.deactivate(a1.id(), alice);

        assertEquals(List.of(b1.id(), a2.id(), a1.id()), ids(keys.listAll(false, null, null)), "false means all keys");
        assertEquals(List.of(b1.id(), a2.id()), ids(keys.listAll(true, null, null)));
        assertEquals(List.of(a2.id(), a1.id()), ids(keys.listByUserEmail("alice@example.com", false, null, null)));
        assertEquals(List.of(a2.id()), ids(keys.listByUserEmail("alice@example.com", true, null, null)));
        assertEquals(List.of(a2.id()), ids(keys.listAll(false, 1, 1)));
        assertTrue(keys.listByUserEmail("nobody@example.com", false, null, null).isEmpty());
        assertThrows(InvalidInputException.class, () -> keys.listAll(true, -1, null));
        assertThrows(
                NullPointerException.class,
                () -> keys.listByUserEmail(null, false, null, null),
                "no email never means every user");
    }

    @Test
    void lastUseIsStampedAndUnknownKeysAreIgnored() {
        ApiKey key = issue(alice, ApiKeyTier.STARTER).key();
        keys.updateLastUsed(key.id());
        keys.updateLastUsed(UUID.randomUUID());
        Instant used = keys.findById(key.id(), alice).orElseThrow().lastUsedAt().orElseThrow();
        assertTrue(Duration.between(used, Instant.now()).abs().toSeconds() < 5);
    }

    @Test
    void deactivateOnlyWorksForTheOwnerAndIsIdempotent() {
        ApiKey key = issue(alice, ApiKeyTier.STARTER).key();
        keys.deactivate(key.id(), bob);
        assertTrue(keys.findByIdGlobal(key.id()).orElseThrow().isActive());
        keys.deactivate(key.id(), alice);
        keys.deactivate(key.id(), alice);
        keys.deactivate(UUID.randomUUID(), alice);
        assertFalse(keys.findByIdGlobal(key.id()).orElseThrow().isActive());
    }

    @Test
    void keysThatExpiredAreListedAndSoftDeactivatedByCleanup() {
        ApiKey expired = ApiKey.issue(alice, "old", null, ApiKeyTier.STARTER, Instant.parse("2001-09-09T01:46:40Z"))
                .key();
        keys.create(expired);
        ApiKey earlierToday = ApiKey.issue(
                        alice,
                        "today",
                        null,
                        ApiKeyTier.STARTER,
                        Timestamps.now().minus(Duration.ofMinutes(1)))
                .key();
        keys.create(earlierToday);
        ApiKey valid = ApiKey.issue(
                        alice,
                        "valid",
                        null,
                        ApiKeyTier.STARTER,
                        Timestamps.now().plus(Duration.ofDays(1)))
                .key();
        keys.create(valid);

        assertEquals(List.of(expired.id(), earlierToday.id()), ids(keys.getExpired()));
        assertEquals(2, keys.cleanupExpired());
        assertFalse(keys.findByIdGlobal(expired.id()).orElseThrow().isActive());
        assertTrue(keys.findByIdGlobal(valid.id()).orElseThrow().isActive());
        assertTrue(keys.getExpired().isEmpty());
        assertEquals(0, keys.cleanupExpired());
    }

    private static List<UUID> ids(List<ApiKey> list) {
        return list.stream().map(ApiKey::id).toList();
    }
}
