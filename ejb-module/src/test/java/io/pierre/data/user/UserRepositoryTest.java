package io.pierre.data.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pierre.data.Database;
import io.pierre.data.error.ConflictException;
import io.pierre.data.error.InvalidInputException;
import io.pierre.data.error.NotFoundException;
import io.pierre.data.paging.Cursor;
import io.pierre.data.paging.CursorPage;
import io.pierre.data.paging.PageRequest;
import io.pierre.data.tenancy.TenantId;
import io.pierre.data.testing.KeysetPaging;
import io.pierre.data.testing.PersistenceTest;
import io.pierre.data.testing.TestDatabase;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every {@link UserRepository} method, on both databases, without a server (the persistence tier). */
@PersistenceTest
class UserRepositoryTest {

    @Inject
    Database db;

    @Inject
    TestDatabase testDatabase;

    private UserRepository users;

    @BeforeEach
    void startFromEmptyDatabase() {
        testDatabase.deleteAll();
        users = db.users();
    }

    private static User newUser(String name) {
        return User.newUser(name + "@example.com", "$2b$12$hash-of-" + name).withDisplayName(name);
    }

    @Test
    void createdUserReadsBackByIdAndEmailWithTheSameFields() {
        for (UserTier tier : UserTier.values()) {
            User user = newUser("tier-" + tier.databaseValue())
                    .withTier(tier)
                    .withFirebaseUid("fb-" + tier)
                    .withAuthProvider("google.com");
            UUID id = users.create(user);
            assertEquals(user.id(), id);

            User byId = users.findByIdGlobal(id).orElseThrow();
            assertEquals(user.email(), byId.email());
            assertEquals(user.displayName(), byId.displayName());
            assertEquals(tier, byId.tier());
            assertEquals(UserStatus.PENDING, byId.status());
            assertEquals(UserRole.USER, byId.role());
            assertEquals("google.com", byId.authProvider());
            assertEquals(user.createdAt(), byId.createdAt());
            assertEquals(user.passwordHash(), byId.passwordHash());
            assertEquals(id, users.findByEmail(user.email()).orElseThrow().id());
            assertEquals(id, users.getByEmail(user.email()).id());
        }
    }

    @Test
    void superAdminRoleRoundTrips() {
        UUID id = users.create(newUser("root").withRole(UserRole.SUPER_ADMIN));
        User stored = users.findByIdGlobal(id).orElseThrow();
        assertEquals(UserRole.SUPER_ADMIN, stored.role());
        assertTrue(stored.isAdmin());
    }

    @Test
    void secondUserWithAnExistingEmailIsAConflict() {
        users.create(newUser("alice"));
        ConflictException conflict = assertThrows(ConflictException.class, () -> users.create(newUser("alice")));
        assertTrue(conflict.getMessage().contains("Email already in use"), conflict.getMessage());
        assertEquals(1, users.count());
    }

    @Test
    void secondUserWithAnExistingFirebaseUidIsAConflict() {
        users.create(newUser("first").withFirebaseUid("same-uid"));
        assertThrows(
                ConflictException.class, () -> users.create(newUser("second").withFirebaseUid("same-uid")));
    }

    @Test
    void unknownIdOrEmailFindsNothingAndGetByEmailFails() {
        assertTrue(users.findByIdGlobal(UUID.randomUUID()).isEmpty());
        assertTrue(users.findByEmail("nobody@example.com").isEmpty());
        assertTrue(users.findByFirebaseUid("nobody").isEmpty());
        NotFoundException notFound =
                assertThrows(NotFoundException.class, () -> users.getByEmail("nobody@example.com"));
        assertTrue(notFound.getMessage().contains("not found"), notFound.getMessage());
    }

    @Test
    void emailMatchIsExactAndCaseSensitive() {
        users.create(newUser("Case"));
        assertTrue(users.findByEmail("Case@example.com").isPresent());
        assertTrue(users.findByEmail("case@example.com").isEmpty());
    }

    @Test
    void findByFirebaseUidFindsTheLinkedUser() {
        UUID id = users.create(newUser("firebase").withFirebaseUid("uid-123"));
        assertEquals(id, users.findByFirebaseUid("uid-123").orElseThrow().id());
    }

    @Test
    void findByIdSeesOnlyMembersOfTheTenant() {
        UUID owner = users.create(newUser("owner"));
        UUID member = users.create(newUser("member"));
        UUID outsider = users.create(newUser("outsider"));
        TenantId tenant = testDatabase.createTenant("acme", owner);
        TenantId otherTenant = testDatabase.createTenant("other", outsider);
        users.updateTenantId(member, tenant);

        assertTrue(users.findById(owner, tenant).isPresent());
        assertTrue(users.findById(member, tenant).isPresent());
        assertTrue(users.findById(outsider, tenant).isEmpty());
        assertTrue(users.findById(member, otherTenant).isEmpty());
        assertTrue(users.findById(UUID.randomUUID(), tenant).isEmpty());
    }

    @Test
    void updateTenantIdSetsThePrimaryTenantAndMembership() {
        UUID owner = users.create(newUser("owner"));
        UUID member = users.create(newUser("member"));
        TenantId tenant = testDatabase.createTenant("acme", owner);

        users.updateTenantId(member, tenant);
        users.updateTenantId(member, tenant);

        assertEquals(
                Optional.of(tenant), users.findByIdGlobal(member).orElseThrow().primaryTenantId());
        assertTrue(users.findById(member, tenant).isPresent());
        assertThrows(NotFoundException.class, () -> users.updateTenantId(UUID.randomUUID(), tenant));
        assertThrows(NotFoundException.class, () -> users.updateTenantId(member, TenantId.random()));
    }

    @Test
    void updateLastActiveMovesTheTimestampAndIgnoresUnknownUsers() {
        UUID id = users.create(newUser("active"));
        Instant before = users.findByIdGlobal(id).orElseThrow().lastActive();

        users.updateLastActive(id);
        users.updateLastActive(UUID.randomUUID());

        assertTrue(users.findByIdGlobal(id).orElseThrow().lastActive().isAfter(before));
    }

    @Test
    void countIncludesEveryUser() {
        assertEquals(0, users.count());
        users.create(newUser("one"));
        assertEquals(1, users.count());
        users.create(newUser("two").withStatus(UserStatus.SUSPENDED, null));
        assertEquals(2, users.count());
    }

    @Test
    void listByStatusReturnsOnlyMatchingUsersNewestFirst() {
        UUID pending1 = users.create(newUser("p1"));
        UUID pending2 = users.create(newUser("p2"));
        UUID active = users.create(newUser("a1").withStatus(UserStatus.ACTIVE, null));

        assertEquals(List.of(pending2, pending1), ids(users.listByStatus(UserStatus.PENDING)));
        assertEquals(List.of(active), ids(users.listByStatus(UserStatus.ACTIVE)));
        assertTrue(users.listByStatus(UserStatus.SUSPENDED).isEmpty());
    }

    @Test
    void listByStatusInATenantReturnsOnlyItsMembers() {
        UUID owner = users.create(newUser("owner"));
        UUID member = users.create(newUser("member"));
        users.create(newUser("outsider"));
        TenantId tenant = testDatabase.createTenant("acme", owner);
        users.updateTenantId(member, tenant);

        assertEquals(Set.of(owner, member), new HashSet<>(ids(users.listByStatus(UserStatus.PENDING, tenant))));
        assertTrue(users.listByStatus(UserStatus.ACTIVE, tenant).isEmpty());
    }

    @Test
    void updateStatusOfAnUnknownUserIsNotFound() {
        NotFoundException e = assertThrows(
                NotFoundException.class, () -> users.updateStatus(UUID.randomUUID(), UserStatus.ACTIVE, null));
        assertTrue(e.getMessage().contains("not found"), e.getMessage());
    }

    @Test
    void statusTransitionsSetAndClearTheApprovalFields() {
        UUID admin = users.create(newUser("admin").withRole(UserRole.ADMIN));
        UUID id = users.create(newUser("subject"));

        User approvedByToken = users.updateStatus(id, UserStatus.ACTIVE, null);
        assertEquals(UserStatus.ACTIVE, approvedByToken.status());
        assertTrue(approvedByToken.approvedBy().isEmpty());
        assertTrue(approvedByToken.approvedAt().isPresent());

        users.updateStatus(id, UserStatus.ACTIVE, admin);
        User suspended = users.updateStatus(id, UserStatus.SUSPENDED, null);
        assertEquals(UserStatus.SUSPENDED, suspended.status());
        assertTrue(suspended.approvedBy().isEmpty());
        assertTrue(suspended.approvedAt().isEmpty());

        users.updateStatus(id, UserStatus.ACTIVE, admin);
        User reactivated = users.findByIdGlobal(id).orElseThrow();
        assertEquals(UserStatus.ACTIVE, reactivated.status());
        assertEquals(Optional.of(admin), reactivated.approvedBy());
        assertTrue(reactivated.approvedAt().isPresent());
    }

    @Test
    void updatePasswordReplacesTheHash() {
        UUID id = users.create(newUser("pw"));
        users.updatePassword(id, "$argon2id$new");
        assertEquals("$argon2id$new", users.findByIdGlobal(id).orElseThrow().passwordHash());
        assertThrows(NotFoundException.class, () -> users.updatePassword(UUID.randomUUID(), "x"));
    }

    @Test
    void updateDisplayNameReturnsTheRenamedUser() {
        UUID id = users.create(newUser("old"));
        assertEquals(
                Optional.of("New Name"), users.updateDisplayName(id, "New Name").displayName());
        assertEquals(
                Optional.of("New Name"), users.findByIdGlobal(id).orElseThrow().displayName());
        assertThrows(NotFoundException.class, () -> users.updateDisplayName(UUID.randomUUID(), "x"));
    }

    @Test
    void deleteRemovesTheUserAndCascadesToItsProfile() {
        UUID id = users.create(newUser("gone"));
        testDatabase.addProfile(id, "{\"age\": 42}");
        assertEquals(1, testDatabase.countProfiles(id));

        users.delete(id);

        assertTrue(users.findByIdGlobal(id).isEmpty());
        assertEquals(0, testDatabase.countProfiles(id), "foreign keys must be enforced so the profile cascades");
        assertThrows(NotFoundException.class, () -> users.delete(id));
    }

    @Test
    void deletingATenantOwnerIsAConflictAndKeepsTheUser() {
        UUID owner = users.create(newUser("owner"));
        testDatabase.createTenant("acme", owner);

        assertThrows(ConflictException.class, () -> users.delete(owner));
        assertTrue(users.findByIdGlobal(owner).isPresent());
    }

    @Test
    void firstAdminIsTheOldestAdministrator() {
        assertTrue(users.findFirstAdmin().isEmpty());
        users.create(newUser("plain"));
        UUID first = users.create(newUser("first-admin").withRole(UserRole.ADMIN));
        users.create(newUser("second-admin").withRole(UserRole.SUPER_ADMIN));

        assertEquals(first, users.findFirstAdmin().orElseThrow().id());
    }

    @Test
    void tenConcurrentCreationsAllLand() throws Exception {
        List<Callable<UUID>> creations = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String name = "concurrent-" + i;
            creations.add(() -> users.create(newUser(name)));
        }
        Set<UUID> created = new HashSet<>();
        ExecutorService executor = Executors.newFixedThreadPool(creations.size());
        try {
            for (Future<UUID> result : executor.invokeAll(creations)) {
                created.add(result.get());
            }
        } finally {
            executor.shutdown();
        }
        assertEquals(10, created.size());
        assertEquals(10, users.count());
    }

    @Test
    void pagesByStatusFollowTheKeysetContractAndShowNoOtherStatus() {
        UUID active = users.create(newUser("already-active"));
        users.updateStatus(active, UserStatus.ACTIVE, null);
        AtomicInteger created = new AtomicInteger();
        KeysetPaging.assertNewestFirstPagesOfTwo(
                () -> users.create(newUser("paged-" + created.incrementAndGet())),
                page -> users.pageByStatus(UserStatus.PENDING, page),
                User::id);
    }

    @Test
    void anEmailLongerThanItsColumnIsInvalidInputAndNothingIsStored() {
        String email = "a".repeat(400) + "@example.com";
        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> users.create(User.newUser(email, "hash")));
        assertTrue(refused.getMessage().contains("User.email: size must be between 0 and 320"), refused.getMessage());
        assertFalse(refused.getMessage().contains(email), "the refused value is not repeated");
        assertEquals(0, users.count());
        assertThrows(InvalidInputException.class, () -> users.create(User.newUser("not-an-email@", "hash")));
    }

    @Test
    void aDisplayNameLongerThanItsColumnIsRefusedAtCommitAndTheOldNameStays() {
        UUID alice = users.create(newUser("alice"));
        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> users.updateDisplayName(alice, "n".repeat(256)));
        assertEquals("User.displayName: size must be between 0 and 255", refused.getMessage());
        assertEquals(
                Optional.of("alice"), users.findByIdGlobal(alice).orElseThrow().displayName());
    }

    @Test
    void aStatusWithoutUsersGivesAnEmptyPage() {
        users.create(newUser("pending"));
        CursorPage<User> page = users.pageByStatus(UserStatus.SUSPENDED, PageRequest.first(10));
        assertEquals(0, page.count());
        assertFalse(page.hasMore());
        assertTrue(page.nextCursor().isEmpty());
    }

    @Test
    void aCursorWhoseIdIsNotAUserIdIsInvalidInput() {
        String forged = new Cursor(Instant.now(), "not-a-uuid").encode();
        assertThrows(
                InvalidInputException.class,
                () -> users.pageByStatus(UserStatus.PENDING, PageRequest.after(forged, 2)));
    }

    private static List<UUID> ids(List<User> list) {
        return list.stream().map(User::id).toList();
    }
}
