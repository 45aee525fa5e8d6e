package io.pierre.data.db;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.hibernate.SessionFactory;
import org.hibernate.tool.schema.spi.SchemaManagementException;

/**
 * Makes the database ready before the application serves anything: recognises the database behind
 * {@code jdbc/PierreDS}, applies the Flyway migrations for it, then checks that every entity mapping matches the
 * live schema. Any failure fails the deployment with one sentence saying what to fix.
 *
 * <p>Bean-managed transactions: Flyway commits on its own connections, and schema validation reads metadata;
 * neither may run inside a container transaction.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DatabaseStartup {

    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());
    private static final String DATASOURCE_NAME = "jdbc/PierreDS";

    @Resource(name = DATASOURCE_NAME)
    private DataSource dataSource;

    @PersistenceUnit(unitName = "pierre")
    private EntityManagerFactory entityManagerFactory;

    private volatile DatabaseInfo info;

    @PostConstruct
    void prepareDatabase() {
        try {
            MetaData metaData = readMetaData();
            DatabaseVendor vendor = DatabaseVendor.fromProductName(metaData.product())
                    .orElseThrow(() -> new DeploymentConfigurationException(DATASOURCE_NAME + " is bound to "
                            + metaData.product() + " " + metaData.version() + ", which Pierre does not support: bind it to "
                            + DatabaseVendor.supportedProductNames() + " with the scripts in server-config/."));
            String schemaVersion = migrate(vendor);
            validateMappings();
            info = new DatabaseInfo(vendor, metaData.version(), schemaVersion);
            LOG.info(() -> "Pierre database ready: " + vendor.productName() + " " + metaData.version()
                    + ", schema version " + schemaVersion);
        } catch (DeploymentConfigurationException e) {
            LOG.severe(e.getMessage());
            throw e;
        }
    }

    /** What startup found and applied. */
    public DatabaseInfo info() {
        return info;
    }

    /** Whether a connection can be had from the pool and answers within {@code timeoutSeconds}. */
    public boolean isReachable(int timeoutSeconds) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(timeoutSeconds);
        } catch (SQLException e) {
            LOG.log(Level.FINE, "Database health check failed", e);
            return false;
        }
    }

    private record MetaData(String product, String version) {
    }

    private MetaData readMetaData() {
        try (Connection connection = dataSource.getConnection()) {
            java.sql.DatabaseMetaData jdbc = connection.getMetaData();
            return new MetaData(jdbc.getDatabaseProductName(), jdbc.getDatabaseProductVersion());
        } catch (SQLException e) {
            throw new DeploymentConfigurationException("Cannot connect to the database behind " + DATASOURCE_NAME
                    + " (" + e.getMessage() + "): check the datasource's URL, credentials and that the database is running.", e);
        }
    }

    private String migrate(DatabaseVendor vendor) {
        try {
            Flyway flyway = Flyway.configure(DatabaseStartup.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(vendor.migrationLocation())
                    .failOnMissingLocations(true)
                    .load();
            flyway.migrate();
            MigrationInfo current = flyway.info().current();
            return current == null ? "none" : current.getVersion().getVersion();
        } catch (FlywayException e) {
            throw new DeploymentConfigurationException("Database migration failed on " + vendor.productName() + " ("
                    + firstLine(e.getMessage()) + "): fix the database or restore it from a backup, then redeploy.", e);
        }
    }

    private void validateMappings() {
        try {
            entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
        } catch (SchemaManagementException e) {
            throw new DeploymentConfigurationException("The database schema does not match the entity mappings ("
                    + e.getMessage() + "): the database was changed outside the Flyway migrations, or this build's "
                    + "migrations and entities disagree.", e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }
}
