package io.pierre.data.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pierre.data.api.auth.BootstrapAdminToken;
import io.pierre.data.db.Database;
import io.pierre.data.it.Deployments;
import io.pierre.data.it.TestDatabase;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A server without admin tokens gets a super-admin token in an owner-only file, once. */
@ExtendWith(ArquillianExtension.class)
class BootstrapAdminTokenIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.pierreEar(BootstrapAdminTokenIT.class);
    }

    @Inject
    BootstrapAdminToken bootstrap;

    @Inject
    TestDatabase testDatabase;

    @Inject
    Database db;

    @Test
    void withoutAnyAdminTokenAnOwnerOnlyFileReceivesAWorkingSuperAdminToken() throws Exception {
        testDatabase.deleteAll();
        Path file = bootstrap.ensureSuperAdminToken().orElseThrow();

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        String token = Files.readString(file).trim();
        assertTrue(db.admins().authenticate(token, Instant.now()).orElseThrow().isSuperAdmin());
        assertTrue(bootstrap.ensureSuperAdminToken().isEmpty(), "only when no super-admin token exists");
    }
}
