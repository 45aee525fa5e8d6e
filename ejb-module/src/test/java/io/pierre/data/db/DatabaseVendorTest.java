package io.pierre.data.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseVendorTest {

    @Test
    void recognisesTheJdbcProductNamesOfSupportedDatabases() {
        assertEquals(Optional.of(DatabaseVendor.SQLITE), DatabaseVendor.fromProductName("SQLite"));
        assertEquals(Optional.of(DatabaseVendor.POSTGRESQL), DatabaseVendor.fromProductName("PostgreSQL"));
        assertTrue(DatabaseVendor.fromProductName("H2").isEmpty());
        assertTrue(DatabaseVendor.fromProductName(null).isEmpty());
    }

    @Test
    void eachDatabaseHasItsOwnMigrationFolder() {
        assertEquals("classpath:db/migration/sqlite", DatabaseVendor.SQLITE.migrationLocation());
        assertEquals("classpath:db/migration/postgresql", DatabaseVendor.POSTGRESQL.migrationLocation());
        assertEquals("SQLite or PostgreSQL", DatabaseVendor.supportedProductNames());
    }
}
