package io.pierre.data.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pierre.data.Database;
import io.pierre.data.admin.AdminBootstrap;
import io.pierre.data.admin.AdminToken;
import io.pierre.data.it.Deployments;
import io.pierre.data.it.TestDatabase;
import io.pierre.data.security.AuditEvent;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The start-up rules for super-admin tokens, called as the deployment calls them: a database that never held a token
 * gets one short-lived token in an owner-only file, once; afterwards only a recovery request file mints one.
 * {@code BootstrapRestartIT} proves the same across real redeployments.
 */
@ExtendWith(ArquillianExtension.class)
class BootstrapAdminTokenIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.pierreEar(BootstrapAdminTokenIT.class);
    }

    @Inject
    AdminBootstrap bootstrap;

    @Inject
    TestDatabase testDatabase;

    @Inject
    Database db;

    private Path folder;

    @BeforeEach
    void databaseThatNeverHeldAToken() throws Exception {
        testDatabase.deleteAll();
        testDatabase.forgetBootstrapToken();
        folder = AdminBootstrap.dataFolder();
        for (String name : new String[] {
            AdminBootstrap.BOOTSTRAP_TOKEN_FILE,
            AdminBootstrap.RECOVERY_REQUEST_FILE,
            AdminBootstrap.RECOVERY_TOKEN_FILE
        }) {
            Files.deleteIfExists(folder.resolve(name));
        }
    }

    @Test
    void aDatabaseThatNeverHeldATokenGetsOneShortLivedSuperAdminTokenInAnOwnerOnlyFileOnce() throws Exception {
        bootstrap.onStart();
        Path file = folder.resolve(AdminBootstrap.BOOTSTRAP_TOKEN_FILE);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        AdminToken token = db.admins()
                .authenticate(Files.readString(file).trim(), Instant.now())
                .orElseThrow();
        assertTrue(token.isSuperAdmin());
        Duration validity = Duration.between(Instant.now(), token.expiresAt().orElseThrow());
        assertTrue(
                validity.compareTo(Duration.ofHours(23)) > 0 && validity.compareTo(Duration.ofHours(24)) <= 0,
                validity.toString());

        Files.delete(file);
        db.admins().deactivateToken(token.id());
        bootstrap.onStart();
        assertFalse(Files.exists(file), "never minted again, even with no active super-admin left");
        assertEquals(1, db.admins().listTokens(true).size());
    }

    @Test
    void aRecoveryRequestMintsOneAuditedShortLivedTokenAndIsConsumed() throws Exception {
        bootstrap.onStart();
        db.admins().listTokens(false).forEach(t -> db.admins().deactivateToken(t.id()));
        Files.writeString(folder.resolve(AdminBootstrap.RECOVERY_REQUEST_FILE), "");

        bootstrap.onStart();

        assertFalse(Files.exists(folder.resolve(AdminBootstrap.RECOVERY_REQUEST_FILE)), "the request is consumed");
        Path file = folder.resolve(AdminBootstrap.RECOVERY_TOKEN_FILE);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        AdminToken token = db.admins()
                .authenticate(Files.readString(file).trim(), Instant.now())
                .orElseThrow();
        assertTrue(token.isSuperAdmin());
        assertTrue(token.expiresAt()
                .orElseThrow()
                .isBefore(Instant.now().plus(Duration.ofHours(1)).plusSeconds(5)));
        assertTrue(db.security().getAllAuditEvents(null, null).stream()
                .map(AuditEvent::action)
                .anyMatch(action -> action.equals(Optional.of("admin_token.recover"))));

        Files.delete(file);
        bootstrap.onStart();
        assertFalse(Files.exists(file), "one request, one token");
        assertEquals(2, db.admins().listTokens(true).size());
    }
}
