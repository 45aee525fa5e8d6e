package io.pierre.data.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pierre.data.Database;
import io.pierre.data.admin.AdminBootstrap;
import io.pierre.data.admin.AdminPermission;
import io.pierre.data.apikey.ApiKey;
import io.pierre.data.apikey.ApiKeyTier;
import io.pierre.data.db.Timestamps;
import io.pierre.data.error.ConflictException;
import io.pierre.data.it.Deployments;
import io.pierre.data.it.Rotations;
import io.pierre.data.it.SecretLog;
import io.pierre.data.it.TestDatabase;
import io.pierre.data.it.TestServer;
import io.pierre.data.oauthtoken.UserOAuthToken;
import io.pierre.data.tenancy.TenantId;
import io.pierre.data.tenant.TenantOAuthCredentials;
import io.pierre.data.user.User;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No secret and no row value reaches the server's log, on the happy paths and the error paths alike: every kind of
 * secret the product handles is written, read and made to fail while the test servers log Pierre at DEBUG, then the
 * current and rotated log files are scanned (after a sentinel line proves the scan sees what was just logged).
 */
@ExtendWith(ArquillianExtension.class)
class SecretsInLogsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.pierreEar(SecretsInLogsIT.class);
    }

    @Inject
    Database db;

    @Inject
    TestDatabase testDatabase;

    @Inject
    AdminBootstrap bootstrap;

    @Inject
    RotationService rotation;

    @Test
    void noSecretOrRowValueOfAnyKindReachesTheLog() throws Exception {
        testDatabase.deleteAll();
        String marker = "SECRET-" + UUID.randomUUID();
        List<String> forbidden = new ArrayList<>(List.of(marker, TestServer.masterKey()));

        UUID alice = db.users().create(User.newUser(marker + "-alice@example.com", "hash-" + marker));
        TenantId tenant = testDatabase.createTenant("logs", alice);
        db.oauthTokens()
                .upsert(UserOAuthToken.of(
                        alice, tenant, "strava", marker + "-access", marker + "-refresh", null, "read"));
        db.oauthTokens().refresh(alice, tenant, "strava", marker + "-access-2", marker + "-refresh-2", null);
        db.oauthTokens().find(alice, tenant, "strava").orElseThrow().accessToken();
        db.oauthTokens().storeApp(alice, "fitbit", "client", marker + "-app-secret", "https://x.example/cb");
        db.oauthTokens().findApp(alice, "fitbit").orElseThrow().clientSecret();
        db.tenants()
                .storeOAuthCredentials(TenantOAuthCredentials.of(
                        tenant,
                        "garmin",
                        "client",
                        marker + "-tenant-secret",
                        "https://x.example/cb",
                        List.of("read"),
                        1000));
        db.security().updateSystemSecret("webhook_secret", marker + "-system-secret");
        db.security().getSystemSecret("webhook_secret");
        db.security().saveRsaKeypair("kid-logs", marker + "-private-key", "public", Timestamps.now(), true, 2048);
        db.security().loadRsaKeypairs().get(0).privateKeyPem();
        forbidden.add(db.security().getOrCreateSystemSecret("admin_jwt_secret"));

        ApiKey.Issued apiKey = ApiKey.issue(alice, "logs", null, ApiKeyTier.STARTER, null);
        db.apiKeys().create(apiKey.key());
        forbidden.add(apiKey.rawKey());
        forbidden.add(db.admins()
                .createToken(
                        "logs",
                        null,
                        AdminPermission.defaults(),
                        false,
                        Timestamps.now().plus(Duration.ofDays(1)))
                .rawToken());
        testDatabase.deleteAdminTokens();
        testDatabase.forgetBootstrapToken();
        bootstrap.onStart();
        Path bootstrapFile = AdminBootstrap.dataFolder().resolve(AdminBootstrap.BOOTSTRAP_TOKEN_FILE);
        forbidden.add(Files.readString(bootstrapFile).trim());
        Files.delete(bootstrapFile);

        UUID tokenRow =
                db.oauthTokens().find(alice, tenant, "strava").orElseThrow().id();
        String envelope = testDatabase.column("user_oauth_tokens", "access_token", "id", tokenRow);
        forbidden.add(envelope.substring("p1.".length()));
        testDatabase.setColumn("user_oauth_tokens", "refresh_token", "id", tokenRow, envelope);
        assertThrows(
                DecryptionException.class,
                () -> db.oauthTokens()
                        .find(alice, tenant, "strava")
                        .orElseThrow()
                        .refreshToken());
        assertThrows(
                ConflictException.class,
                () -> db.users().create(User.newUser(marker + "-alice@example.com", "hash")),
                "a unique violation, whose PostgreSQL DETAIL would name the email");
        rotation.rotate();
        assertEquals(
                1,
                Rotations.awaitRewrap(rotation).unopenable(),
                "the rewrap logs the value it cannot open, by place only");

        assertEquals(List.of(), SecretLog.linesContaining(forbidden));
    }
}
