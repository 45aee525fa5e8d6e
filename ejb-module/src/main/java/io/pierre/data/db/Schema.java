package io.pierre.data.db;

import io.pierre.data.config.DeploymentConfigurationException;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.hibernate.SessionFactory;
import org.hibernate.tool.schema.spi.SchemaManagementException;

/**
 * Making a database ready for Pierre, the same way in the server and outside it: recognise it, apply the Flyway
 * migrations for it, and check that every entity mapping matches the live schema. Each failure is one sentence saying
 * what to fix ({@link DeploymentConfigurationException}).
 */
public final class Schema {

    private Schema() {}

    /** What a database said about itself. */
    public record Product(DatabaseVendor vendor, String version) {}

    /** The supported database behind {@code dataSource}; {@code name} says where it was configured, for messages. */
    public static Product recognise(DataSource dataSource, String name) {
        String product;
        String version;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
            version = connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new DeploymentConfigurationException(
                    "Cannot connect to the database behind " + name + " (" + e.getMessage()
                            + "): check the URL, the credentials and that the database is running.",
                    e);
        }
        return new Product(
                DatabaseVendor.fromProductName(product)
                        .orElseThrow(() -> new DeploymentConfigurationException(name
                                + " is bound to " + product + " " + version
                                + ", which Pierre does not support: bind it to "
                                + DatabaseVendor.supportedProductNames() + " with the scripts in server-config/.")),
                version);
    }

    /** Applies the migrations of {@code vendor}; returns the schema version now applied. */
    public static String migrate(DataSource dataSource, DatabaseVendor vendor) {
        try {
            Flyway flyway = Flyway.configure(Schema.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(vendor.migrationLocation())
                    .failOnMissingLocations(true)
                    .load();
            flyway.migrate();
            MigrationInfo current = flyway.info().current();
            return current == null ? "none" : current.getVersion().getVersion();
        } catch (FlywayException e) {
            throw new DeploymentConfigurationException(
                    "Database migration failed on " + vendor.productName() + " (" + firstLines(e.getMessage())
                            + "): fix the database or restore it from a backup, then redeploy.",
                    e);
        }
    }

    /**
     * Fails unless every entity mapping of the unit matches the live schema, and every entity's Bean Validation
     * constraints promise what its columns hold ({@link ColumnConstraints}).
     */
    public static void validate(EntityManagerFactory entityManagerFactory, DataSource dataSource) {
        validateMappings(entityManagerFactory);
        validateConstraints(entityManagerFactory, dataSource);
    }

    private static void validateMappings(EntityManagerFactory entityManagerFactory) {
        try {
            entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
        } catch (SchemaManagementException e) {
            throw new DeploymentConfigurationException(
                    "The database schema does not match the entity mappings ("
                            + e.getMessage()
                            + "): the database was changed outside the Flyway migrations, or this build's "
                            + "migrations and entities disagree.",
                    e);
        }
    }

    private static void validateConstraints(EntityManagerFactory entityManagerFactory, DataSource dataSource) {
        List<String> disagreements;
        try (Connection connection = dataSource.getConnection()) {
            disagreements = ColumnConstraints.disagreements(entityManagerFactory.getMetamodel(), connection);
        } catch (SQLException e) {
            throw new DeploymentConfigurationException(
                    "Cannot read the database's column definitions (" + e.getMessage()
                            + "): check that the datasource's user may read the schema.",
                    e);
        }
        if (!disagreements.isEmpty()) {
            throw new DeploymentConfigurationException("The entities' constraints disagree with the database schema ("
                    + String.join("; ", disagreements)
                    + "): this build's entities and migrations disagree; make the entity annotations match the"
                    + " migrations.");
        }
    }

    /** Flyway's first line is a summary ("Migrations have failed validation"); the second says which and why. */
    private static String firstLines(String message) {
        if (message == null) {
            return "no detail";
        }
        return message.strip()
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .limit(2)
                .collect(Collectors.joining(": "));
    }
}
