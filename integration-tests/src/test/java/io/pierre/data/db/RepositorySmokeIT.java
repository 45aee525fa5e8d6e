package io.pierre.data.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pierre.data.Database;
import io.pierre.data.admin.AdminPermission;
import io.pierre.data.apikey.ApiKey;
import io.pierre.data.apikey.ApiKeyTier;
import io.pierre.data.error.InvalidInputException;
import io.pierre.data.it.Deployments;
import io.pierre.data.it.TestDatabase;
import io.pierre.data.oauth2.OAuth2Client;
import io.pierre.data.oauthtoken.UserOAuthToken;
import io.pierre.data.tenant.Tenant;
import io.pierre.data.tenant.TenantPlan;
import io.pierre.data.user.User;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every one of the 13 repositories answers through the injected {@link Database} facade in the deployed EAR, with its
 * transactions, interceptors and the server's datasource. Their behaviour in full is the persistence tier's
 * ({@code *RepositoryTest} in ejb-module), which runs the same code without a server.
 */
@ExtendWith(ArquillianExtension.class)
class RepositorySmokeIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.pierreEar(RepositorySmokeIT.class);
    }

    @Inject
    Database db;

    @Inject
    TestDatabase testDatabase;

    @Test
    void everyRepositoryWritesAndReadsThroughTheFacadeInTheContainer() {
        testDatabase.deleteAll();
        UUID alice = db.users().create(User.newUser("smoke@example.com", "hash"));
        assertEquals(
                "smoke@example.com",
                db.users().findByIdGlobal(alice).orElseThrow().email());

        Tenant tenant = Tenant.newTenant("Smoke", "smoke", TenantPlan.STARTER, alice);
        db.tenants().create(tenant);
        assertEquals("smoke", db.tenants().getById(tenant.id()).slug());

        db.oauthTokens().upsert(UserOAuthToken.of(alice, tenant.id(), "strava", "access", null, null, null));
        assertEquals(
                "access",
                db.oauthTokens()
                        .find(alice, tenant.id(), "strava")
                        .orElseThrow()
                        .accessToken());

        ApiKey key =
                ApiKey.issue(alice, "smoke", null, ApiKeyTier.STARTER, null).key();
        db.apiKeys().create(key);
        assertTrue(db.apiKeys().findById(key.id(), alice).isPresent());
        assertEquals(0, db.usage().getApiKeyCurrentUsage(key.id()));

        assertEquals(List.of(), db.a2a().listClients(alice));
        db.profiles().upsertProfile(alice, "{\"weight\":70}");
        assertTrue(db.profiles().findProfile(alice).isPresent());
        db.insights().store(alice, "{\"type\":\"smoke\"}");
        assertEquals(1, db.insights().list(alice, null, null).size());
        db.notifications().store(alice, "strava", true, "connected", null);
        assertEquals(1, db.notifications().getUnread(alice).size());

        String rawToken = db.admins()
                .createToken(
                        "smoke",
                        null,
                        AdminPermission.defaults(),
                        false,
                        Instant.now().plus(Duration.ofDays(1)))
                .rawToken();
        assertTrue(db.admins().authenticate(rawToken, Instant.now()).isPresent());
        db.security().updateSystemSecret("smoke_secret", "value");
        assertEquals("value", db.security().getSystemSecret("smoke_secret"));
        db.oauth2Server()
                .storeClient(OAuth2Client.register(
                        "smoke-client",
                        "secret",
                        List.of("https://smoke.example/cb"),
                        List.of("authorization_code"),
                        List.of("code"),
                        "Smoke",
                        "read"));
        assertTrue(db.oauth2Server().findClient("smoke-client").isPresent());
        db.fitnessConfigs().saveTenantConfig(tenant.id(), "zones", "{\"z1\":120}");
        assertTrue(db.fitnessConfigs().findTenantConfig(tenant.id(), "zones").isPresent());
    }

    @Test
    void aValueLongerThanItsColumnIsInvalidInputWhetherRefusedAtAFlushOrAtTheJtaCommit() {
        testDatabase.deleteAll();
        InvalidInputException atFlush = assertThrows(
                InvalidInputException.class,
                () -> db.users().create(User.newUser("a".repeat(60) + "@" + "b".repeat(300) + ".com", "hash")));
        assertTrue(atFlush.getMessage().contains("User.email: size must be between 0 and 320"), atFlush.getMessage());
        UUID alice = db.users().create(User.newUser("valid@example.com", "hash"));
        InvalidInputException atCommit =
                assertThrows(InvalidInputException.class, () -> db.users().updateDisplayName(alice, "n".repeat(256)));
        assertEquals("User.displayName: size must be between 0 and 255", atCommit.getMessage());
        assertTrue(db.users().findByIdGlobal(alice).orElseThrow().displayName().isEmpty());
    }
}
