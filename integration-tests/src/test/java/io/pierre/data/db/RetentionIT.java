package io.pierre.data.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pierre.data.Database;
import io.pierre.data.a2a.A2AClient;
import io.pierre.data.a2a.A2AUsage;
import io.pierre.data.apikey.ApiKey;
import io.pierre.data.apikey.ApiKeyTier;
import io.pierre.data.it.Deployments;
import io.pierre.data.it.TestDatabase;
import io.pierre.data.lifecycle.RetentionJob;
import io.pierre.data.oauth2.OAuth2AuthCode;
import io.pierre.data.oauth2.OAuth2Client;
import io.pierre.data.oauth2.OAuth2State;
import io.pierre.data.tenancy.TenantId;
import io.pierre.data.usage.ApiKeyUsage;
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

/** The nightly retention job deletes exactly what has expired and usage older than the retention. */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.pierreEar(RetentionIT.class);
    }

    @Inject
    Database db;

    @Inject
    TestDatabase testDatabase;

    @Inject
    RetentionJob retention;

    @Test
    void expiredCodesStatesSessionsAndOldUsageAreDeletedAndNothingElse() {
        testDatabase.deleteAll();
        Instant now = Timestamps.now();
        UUID alice = db.users().create(User.newUser("alice@example.com", "hash"));
        TenantId tenant = testDatabase.createTenant("acme", alice);
        db.oauth2Server()
                .storeClient(OAuth2Client.register("c", "s", List.of("https://x"), List.of(), List.of(), null, null));
        db.oauth2Server()
                .storeAuthCode(
                        OAuth2AuthCode.of("expired", "c", alice, tenant, "https://x", null, now.minusSeconds(5)));
        db.oauth2Server()
                .storeAuthCode(OAuth2AuthCode.of("valid", "c", alice, tenant, "https://x", null, now.plusSeconds(600)));
        db.oauth2Server()
                .storeState(OAuth2State.of("old-state", "c", null, null, "https://x", null, now.minusSeconds(5)));
        ApiKey key = ApiKey.issue(alice, "k", null, ApiKeyTier.STARTER, null).key();
        db.apiKeys().create(key);
        for (int i = 0; i < 3; i++) {
            db.usage().recordApiKeyUsage(ApiKeyUsage.of(key.id(), "old", 200, 1).at(now.minus(Duration.ofDays(100))));
        }
        db.usage().recordApiKeyUsage(ApiKeyUsage.of(key.id(), "recent", 200, 1).at(now.minus(Duration.ofDays(10))));
        UUID client =
                db.a2a().createClient(A2AClient.of(alice, "bot", null, "pk", List.of(), List.of()), "secret", key.id());
        String liveSession = db.a2a().createSession(client, alice, List.of(), Duration.ofHours(1));
        db.a2a().recordUsage(A2AUsage.of(client, null, "old", 200, 1).at(now.minus(Duration.ofDays(91))));

        long deleted = retention.purge(now);

        assertEquals(1 + 1 + 3 + 1, deleted, "one code, one state, three API-key usage rows, one A2A usage row");
        assertTrue(db.oauth2Server().findAuthCode("expired").isEmpty());
        assertTrue(db.oauth2Server().findAuthCode("valid").isPresent());
        assertTrue(db.a2a().findSession(liveSession).isPresent());
        assertEquals(1, db.usage().getApiKeyCurrentUsage(key.id()));
        assertEquals(0, retention.purge(now), "a second run finds nothing");
    }
}
