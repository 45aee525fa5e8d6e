package io.pierre.data.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pierre.data.Database;
import io.pierre.data.error.ConflictException;
import io.pierre.data.error.InvalidInputException;
import io.pierre.data.error.NotFoundException;
import io.pierre.data.tenancy.TenantId;
import io.pierre.data.testing.KeysetPaging;
import io.pierre.data.testing.PersistenceTest;
import io.pierre.data.testing.TestDatabase;
import io.pierre.data.user.User;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every {@link TenantRepository} method, and that one tenant never sees another's rows. */
@PersistenceTest
class TenantRepositoryTest {

    @Inject
    Database db;

    @Inject
    TestDatabase testDatabase;

    private TenantRepository tenants;
    private UUID alice;
    private UUID bob;

    @BeforeEach
    void twoUsers() {
        testDatabase.deleteAll();
        tenants = db.tenants();
        alice = db.users().create(User.newUser("alice@example.com", "hash"));
        bob = db.users().create(User.newUser("bob@example.com", "hash"));
    }

    private Tenant create(String slug, UUID owner) {
        Tenant tenant = Tenant.newTenant("Tenant " + slug, slug, TenantPlan.PROFESSIONAL, owner);
        tenants.create(tenant);
        return tenant;
    }

    @Test
    void aCreatedTenantHasItsOwnerAsOwnerMemberAndIsFoundByIdAndSlug() {
        Tenant acme = create("acme", alice);
        Tenant byId = tenants.getById(acme.id());
        assertEquals(
                List.of("acme", TenantPlan.PROFESSIONAL, alice), List.of(byId.slug(), byId.plan(), byId.ownerUserId()));
        assertEquals(acme.id(), tenants.getBySlug("acme").id());
        assertEquals(Optional.of(TenantRole.OWNER), tenants.findUserRole(alice, acme.id()));
        assertTrue(db.users().findById(alice, acme.id()).isPresent());
        assertThrows(NotFoundException.class, () -> tenants.getById(TenantId.random()));
        assertThrows(NotFoundException.class, () -> tenants.getBySlug("nope"));
    }

    @Test
    void aDuplicateSlugOrDomainIsAConflictAndLeavesNoHalfCreatedTenant() {
        create("acme", alice);
        assertThrows(ConflictException.class, () -> create("acme", bob));
        tenants.create(Tenant.newTenant("With domain", "dom1", TenantPlan.STARTER, alice)
                .withDomain("acme.example"));
        ConflictException domain = assertThrows(
                ConflictException.class,
                () -> tenants.create(Tenant.newTenant("Again", "dom2", TenantPlan.STARTER, bob)
                        .withDomain("acme.example")));
        assertTrue(domain.getMessage().contains("domain"), domain.getMessage());
        assertTrue(tenants.listForUser(bob).isEmpty(), "no membership without its tenant");
        assertThrows(NotFoundException.class, () -> create("ghost", UUID.randomUUID()));
    }

    @Test
    void usersListTheirTenantsInJoinOrderAndEveryoneSeesAllActiveTenants() {
        Tenant acme = create("acme", alice);
        Tenant globex = create("globex", bob);
        db.users().updateTenantId(alice, globex.id());

        assertEquals(
                List.of(acme.id(), globex.id()),
                tenants.listForUser(alice).stream().map(Tenant::id).toList());
        assertEquals(
                List.of(globex.id()),
                tenants.listForUser(bob).stream().map(Tenant::id).toList());
        assertEquals(
                List.of(acme.id(), globex.id()),
                tenants.listAll().stream().map(Tenant::id).toList());
        assertEquals(Optional.of(TenantRole.MEMBER), tenants.findUserRole(alice, globex.id()));
        assertTrue(tenants.findUserRole(bob, acme.id()).isEmpty());
    }

    @Test
    void activeTenantPagesFollowTheKeysetContractAndLeaveInactiveTenantsOut() {
        tenants.update(create("dormant", bob).id(), null, false);
        AtomicInteger created = new AtomicInteger();
        KeysetPaging.assertNewestFirstPagesOfTwo(
                () -> create("paged-" + created.incrementAndGet(), alice).id().value(),
                tenants::pageActive,
                tenant -> tenant.id().value());
    }

    @Test
    void oauthCredentialsAreSealedUpsertedAndVisibleOnlyToTheirTenant() {
        Tenant acme = create("acme", alice);
        Tenant globex = create("globex", bob);
        tenants.storeOAuthCredentials(TenantOAuthCredentials.of(
                acme.id(),
                "strava",
                "acme-client",
                "acme-secret",
                "https://acme.example/cb",
                List.of("read", "activity:read_all"),
                1000));
        tenants.storeOAuthCredentials(TenantOAuthCredentials.of(
                acme.id(), "coros", "coros-client", "coros-secret", "https://acme.example/cb", List.of(), 500));
        tenants.storeOAuthCredentials(TenantOAuthCredentials.of(
                acme.id(),
                "strava",
                "acme-client-2",
                "acme-secret-2",
                "https://acme.example/cb2",
                List.of("read"),
                2000));

        List<TenantOAuthCredentials> providers = tenants.getOAuthProviders(acme.id());
        assertEquals(
                List.of("coros", "strava"),
                providers.stream().map(TenantOAuthCredentials::provider).toList());
        TenantOAuthCredentials strava =
                tenants.findOAuthCredentials(acme.id(), "strava").orElseThrow();
        assertEquals(
                List.of("acme-client-2", "acme-secret-2", List.of("read"), 2000),
                List.of(strava.clientId(), strava.clientSecret(), strava.scopes(), strava.rateLimitPerDay()));
        assertEquals(List.of(), providers.get(0).scopes(), "an empty list reads back empty");
        assertTrue(tenants.getOAuthProviders(globex.id()).isEmpty());
        assertTrue(tenants.findOAuthCredentials(globex.id(), "strava").isEmpty(), "another tenant gets nothing");
        assertTrue(testDatabase.textDump(List.of("tenant_oauth_credentials")).stream()
                .noneMatch(v -> v.contains("acme-secret")));
        assertThrows(
                InvalidInputException.class,
                () -> tenants.storeOAuthCredentials(
                        TenantOAuthCredentials.of(acme.id(), "myspace", "c", "s", "https://x", List.of(), 1)));
    }

    @Test
    void oauthAppsKeepOnlyASecretDigestAndAreListedForTheirOwner() {
        OAuthApp first = OAuthApp.register(
                alice,
                "client-1",
                "secret-1",
                "First",
                "desc",
                List.of("https://a/cb"),
                List.of("read"),
                OAuthApp.Type.CONFIDENTIAL);
        tenants.createOAuthApp(first);
        tenants.createOAuthApp(OAuthApp.register(
                alice,
                "client-2",
                "secret-2",
                "Second",
                null,
                List.of("https://b/cb"),
                List.of(),
                OAuthApp.Type.PUBLIC));
        tenants.createOAuthApp(OAuthApp.register(
                bob, "client-3", "secret-3", "Bob's", null, List.of(), List.of(), OAuthApp.Type.PUBLIC));

        OAuthApp found = tenants.getOAuthAppByClientId("client-1");
        assertEquals(
                List.of("First", List.of("https://a/cb"), OAuthApp.Type.CONFIDENTIAL),
                List.of(found.name(), found.redirectUris(), found.type()));
        assertTrue(found.secretMatches("secret-1"));
        assertFalse(found.secretMatches("secret-2"));
        assertEquals(
                List.of("client-2", "client-1"),
                tenants.listOAuthAppsForUser(alice).stream()
                        .map(OAuthApp::clientId)
                        .toList());
        assertThrows(NotFoundException.class, () -> tenants.getOAuthAppByClientId("unknown"));
        assertThrows(
                ConflictException.class,
                () -> tenants.createOAuthApp(OAuthApp.register(
                        bob, "client-1", "x", "Dup", null, List.of(), List.of(), OAuthApp.Type.PUBLIC)));
        assertTrue(testDatabase.textDump(List.of("oauth_apps")).stream().noneMatch(v -> v.contains("secret-1")));
    }

    @Test
    void planAndStatusChangeAndActiveMembersAreListedInJoinOrder() {
        Tenant acme = create("acme", alice);
        db.users().updateTenantId(bob, acme.id());

        Tenant updated = tenants.update(acme.id(), TenantPlan.ENTERPRISE, null);
        assertEquals(TenantPlan.ENTERPRISE, updated.plan());
        assertEquals(
                List.of(alice, bob),
                tenants.listMembers(acme.id()).stream()
                        .map(TenantMembership::userId)
                        .toList());
        assertEquals(
                List.of(TenantRole.OWNER, TenantRole.MEMBER),
                tenants.listMembers(acme.id()).stream()
                        .map(TenantMembership::role)
                        .toList());

        tenants.update(acme.id(), null, false);
        assertThrows(NotFoundException.class, () -> tenants.getById(acme.id()), "inactive tenants are not found");
        assertTrue(tenants.listAll().isEmpty());
        tenants.update(acme.id(), null, true);
        assertEquals(TenantPlan.ENTERPRISE, tenants.getById(acme.id()).plan());
        assertThrows(NotFoundException.class, () -> tenants.update(TenantId.random(), TenantPlan.STARTER, null));
    }
}
