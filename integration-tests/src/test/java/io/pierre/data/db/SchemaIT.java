package io.pierre.data.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pierre.data.it.Deployments;
import io.pierre.data.it.TestServer;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Set;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The migrated schema is exactly the product's: the 44 tables of design.md §5 plus the tables this product adds for
 * itself, valid mappings, idempotent migrations.
 */
@ExtendWith(ArquillianExtension.class)
class SchemaIT {

    private static final Set<String> PRODUCT_TABLES = new TreeSet<>(Set.of(
            "users",
            "user_profiles",
            "user_oauth_app_credentials",
            "api_keys",
            "api_key_usage",
            "jwt_usage",
            "goals",
            "insights",
            "request_logs",
            "a2a_clients",
            "a2a_sessions",
            "a2a_tasks",
            "a2a_usage",
            "a2a_client_api_keys",
            "admin_tokens",
            "admin_token_usage",
            "admin_provisioned_keys",
            "system_secrets",
            "rsa_keypairs",
            "user_oauth_tokens",
            "oauth_notifications",
            "oauth2_clients",
            "oauth2_auth_codes",
            "oauth2_refresh_tokens",
            "oauth2_states",
            "tenants",
            "tenant_oauth_credentials",
            "oauth_apps",
            "key_versions",
            "audit_events",
            "tenant_users",
            "fitness_configurations",
            "impersonation_sessions",
            "permission_delegations",
            "user_mcp_tokens",
            "system_settings",
            "user_configurations",
            "chat_conversations",
            "chat_messages",
            "recipes",
            "recipe_ingredients",
            "admin_config_overrides",
            "admin_config_audit",
            "admin_config_categories"));

    /** Tables this product adds to the original's: values key rotation could not open (V5). */
    private static final Set<String> OWN_TABLES = Set.of("unopenable_sealed_values");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.pierreEar(SchemaIT.class);
    }

    @PersistenceUnit(unitName = "pierre")
    EntityManagerFactory entityManagerFactory;

    @Test
    void theDatabaseHoldsExactlyTheFortyFourProductTablesAndItsOwn() throws Exception {
        Set<String> tables = new TreeSet<>();
        try (Connection connection = TestServer.productDataSource().getConnection();
                ResultSet rows = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String table = rows.getString("TABLE_NAME").toLowerCase();
                String schema = rows.getString("TABLE_SCHEM");
                if (!table.equals("flyway_schema_history")
                        && !table.startsWith("sqlite_")
                        && !table.startsWith("retry_probe")
                        && (schema == null || schema.equals("public"))) {
                    tables.add(table);
                }
            }
        }
        assertEquals(44, PRODUCT_TABLES.size());
        Set<String> expected = new TreeSet<>(PRODUCT_TABLES);
        expected.addAll(OWN_TABLES);
        assertEquals(expected, tables);
    }

    @Test
    void migratingAgainIsANoOpAndTheMappingsValidate() {
        Flyway flyway = Flyway.configure(SchemaIT.class.getClassLoader())
                .dataSource(TestServer.productDataSource())
                .locations(DatabaseVendor.fromProductName(productName())
                        .orElseThrow()
                        .migrationLocation())
                .load();
        assertEquals(0, flyway.migrate().migrationsExecuted);
        entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
    }

    @Test
    void theSeedDataIsThere() throws Exception {
        try (Connection connection = TestServer.productDataSource().getConnection()) {
            assertEquals(20, count(connection, "SELECT count(*) FROM admin_config_categories"));
            assertEquals(
                    1,
                    count(
                            connection,
                            "SELECT count(*) FROM system_settings WHERE key = 'auto_approval_enabled' AND value = 'false'"));
        }
    }

    private static long count(Connection connection, String sql) throws Exception {
        try (var statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private String productName() {
        try (Connection connection = TestServer.productDataSource().getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
