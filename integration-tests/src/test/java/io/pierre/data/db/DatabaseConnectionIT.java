package io.pierre.data.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pierre.data.it.Deployments;
import io.pierre.data.it.TestDatabase;
import io.pierre.data.lifecycle.DatabaseStartup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.JdbcType;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The datasource the server-config scripts create is set up the way the data layer relies on. Tests tagged
 * with a database run only against that database (failsafe excludes the other tag per run).
 */
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

    @PersistenceUnit(unitName = "pierre")
    EntityManagerFactory entityManagerFactory;

    @BeforeEach
    void startFromEmptyDatabase() {
        testDatabase.deleteAll();
    }

    @Test
    void startupReportsTheLatestAppliedMigration() {
        Object latest = testDatabase.scalar("SELECT version FROM flyway_schema_history WHERE version IS NOT NULL"
                + " ORDER BY installed_rank DESC LIMIT 1");
        assertEquals(latest.toString(), startup.info().schemaVersion());
        assertTrue(Integer.parseInt(startup.info().schemaVersion()) >= 2);
        assertTrue(startup.isReachable(2));
    }

    @Test
    @Tag("sqlite")
    void sqliteConnectionsEnforceForeignKeysUseWalAndWaitForLocks() {
        assertEquals(DatabaseVendor.SQLITE, testDatabase.vendor());
        assertEquals(1, ((Number) testDatabase.scalar("PRAGMA foreign_keys")).intValue());
        assertEquals(
                "wal", testDatabase.scalar("PRAGMA journal_mode").toString().toLowerCase());
        assertTrue(((Number) testDatabase.scalar("PRAGMA busy_timeout")).intValue() >= 5000);
    }

    /** Hibernate's shared-calendar type for UTC instants races with sqlite-jdbc; the server must use Pierre's (StoredInstantsTest). */
    @Test
    @Tag("sqlite")
    void sqliteInstantsAreReadWithACalendarOfTheirOwn() {
        JdbcType instants = entityManagerFactory
                .unwrap(SessionFactoryImplementor.class)
                .getTypeConfiguration()
                .getJdbcTypeRegistry()
                .getDescriptor(SqlTypes.TIMESTAMP_UTC);
        assertEquals(
                "io.pierre.data.db.SqliteTimestampTypes$OwnCalendarUtcTimestamp",
                instants.getClass().getName());
    }
}
