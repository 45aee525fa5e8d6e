package io.pierre.data.fitness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pierre.data.Database;
import io.pierre.data.db.JsonDocuments;
import io.pierre.data.error.InvalidInputException;
import io.pierre.data.tenancy.TenantId;
import io.pierre.data.testing.PersistenceTest;
import io.pierre.data.testing.TestDatabase;
import io.pierre.data.user.User;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every {@link FitnessConfigRepository} method; a tenant default is saved once, not duplicated. */
@PersistenceTest
class FitnessConfigRepositoryTest {

    private static final String ZONES =
            "{\"intelligence\":{\"zone_thresholds\":{\"recovery_max\":0.6,\"tempo_max\":0.85}},"
                    + "\"sport_types\":{\"Run\":\"running\"}}";

    @Inject
    Database db;

    @Inject
    TestDatabase testDatabase;

    private FitnessConfigRepository configs;
    private TenantId acme;
    private TenantId globex;
    private UUID alice;

    @BeforeEach
    void twoTenants() {
        testDatabase.deleteAll();
        configs = db.fitnessConfigs();
        alice = db.users().create(User.newUser("alice@example.com", "hash"));
        acme = testDatabase.createTenant("acme", alice);
        globex = testDatabase.createTenant("globex", db.users().create(User.newUser("bob@example.com", "hash")));
    }

    @Test
    void savingATenantDefaultTwiceKeepsOneRowWithTheNewDocument() {
        UUID first = configs.saveTenantConfig(acme, "default", "{\"v\":1}");
        UUID second = configs.saveTenantConfig(acme, "default", ZONES);
        assertEquals(first, second);
        assertEquals(
                JsonDocuments.parse(ZONES, "x"),
                JsonDocuments.parse(configs.findTenantConfig(acme, "default").orElseThrow(), "x"));
        assertEquals(List.of("default"), configs.listTenantConfigs(acme));
        assertTrue(configs.findTenantConfig(globex, "default").isEmpty(), "another tenant sees nothing");
        assertThrows(InvalidInputException.class, () -> configs.saveTenantConfig(acme, "bad", "{"));
    }

    @Test
    void aUserConfigurationOverridesTheTenantDefaultWhichIsTheFallback() {
        configs.saveTenantConfig(acme, "default", "{\"from\":\"tenant\"}");
        assertEquals(Optional.of("{\"from\":\"tenant\"}"), configs.findUserConfig(acme, alice, "default"));
        UUID own = configs.saveUserConfig(acme, alice, "default", "{\"from\":\"user\"}");
        assertEquals(own, configs.saveUserConfig(acme, alice, "default", "{\"from\":\"user\",\"v\":2}"));
        assertEquals(Optional.of("{\"from\":\"user\",\"v\":2}"), configs.findUserConfig(acme, alice, "default"));
        assertTrue(configs.findUserConfig(acme, alice, "other").isEmpty());
        configs.saveUserConfig(acme, alice, "race", "{}");
        assertEquals(List.of("default", "race"), configs.listUserConfigs(acme, alice));
        assertEquals(
                List.of("default", "race"), configs.listTenantConfigs(acme), "user names count for the tenant too");
    }

    @Test
    void deletingRemovesExactlyTheUsersOrTheTenantsConfiguration() {
        configs.saveTenantConfig(acme, "default", "{\"from\":\"tenant\"}");
        configs.saveUserConfig(acme, alice, "default", "{\"from\":\"user\"}");
        assertTrue(configs.deleteUserConfig(acme, alice, "default"));
        assertFalse(configs.deleteUserConfig(acme, alice, "default"));
        assertEquals(Optional.of("{\"from\":\"tenant\"}"), configs.findUserConfig(acme, alice, "default"));
        assertFalse(configs.deleteTenantConfig(globex, "default"), "another tenant's default is untouched");
        assertTrue(configs.deleteTenantConfig(acme, "default"));
        assertTrue(configs.listTenantConfigs(acme).isEmpty());
        assertThrows(
                NullPointerException.class,
                () -> configs.deleteUserConfig(acme, null, "default"),
                "no user never means the default");
        assertThrows(NullPointerException.class, () -> configs.saveUserConfig(acme, null, "default", "{}"));
    }
}
