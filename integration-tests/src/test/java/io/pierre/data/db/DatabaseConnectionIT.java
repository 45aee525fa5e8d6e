package io.pierre.data.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pierre.data.it.Deployments;
import io.pierre.data.it.TestDatabase;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The datasource the server-config scripts create is set up the way the data layer relies on. */
@ExtendWith(ArquillianExtension.class)
class DatabaseConnectionIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.pierreEar(DatabaseConnectionIT.class);
    }

    @Inject
    TestDatabase testDatabase;

    @Inject
    DatabaseStartup startup;

    @Test
    void startupMigratedToTheLatestVersion() {
        assertEquals("1", startup.info().schemaVersion());
        assertTrue(startup.isReachable(2));
    }

    @Test
    void sqliteConnectionsEnforceForeignKeysUseWalAndWaitForLocks() {
        Assumptions.assumeTrue(testDatabase.vendor() == DatabaseVendor.SQLITE, "SQLite connection settings");
        assertEquals(1, ((Number) testDatabase.scalar("PRAGMA foreign_keys")).intValue());
        assertEquals("wal", testDatabase.scalar("PRAGMA journal_mode").toString().toLowerCase());
        assertTrue(((Number) testDatabase.scalar("PRAGMA busy_timeout")).intValue() >= 5000);
    }
}
