package io.pierre.data.db;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pierre.data.crypto.AesGcm;
import io.pierre.data.crypto.MasterKey;
import io.pierre.data.it.Deployments;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A wrongly configured server fails the deployment with one readable sentence. Each case deploys a variant of
 * the real EAR bound to a datasource of its own, so the product's test database is never touched.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("wildfly")
class DeploymentFailureIT {

    private static final String SCHEMA_MISMATCH = "schema-mismatch";
    private static final String UNSUPPORTED_DATABASE = "unsupported-database";
    private static final String WRONG_MASTER_KEY = "wrong-master-key";

    @Deployment(name = SCHEMA_MISMATCH, managed = false, testable = false)
    static EnterpriseArchive schemaMismatch() {
        EnterpriseArchive ear = Deployments.pierreEarBoundTo("pierre-mismatch.ear", "java:/jdbc/PierreMismatchDS");
        Deployments.addMigration(
                ear,
                "V9000__rename_a_mapped_column.sql",
                "ALTER TABLE users RENAME COLUMN display_name TO nickname;",
                "sqlite",
                "postgresql");
        return ear;
    }

    /** A SQLite database whose data key was wrapped by another master key than the server's. */
    @Deployment(name = WRONG_MASTER_KEY, managed = false, testable = false)
    static EnterpriseArchive wrongMasterKey() {
        EnterpriseArchive ear = Deployments.pierreEarBoundTo("pierre-wrong-key.ear", "java:/jdbc/PierreWrongKeyDS");
        String otherMasterKey = Base64.getEncoder()
                .encodeToString("another-deployments-master-key!!".getBytes(StandardCharsets.US_ASCII));
        String wrapped = MasterKey.parse(otherMasterKey).wrap(AesGcm.newKey(), 1);
        Deployments.addMigration(
                ear,
                "V9000__data_key_of_another_master_key.sql",
                "INSERT INTO key_versions (id, tenant_id, version, created_at, is_active, algorithm, state, wrapped_key, usage_reserved)"
                        + " VALUES (x'00112233445566778899aabbccddeeff', NULL, 1, 0, 1, 'AES-256-GCM', 'primary', '"
                        + wrapped + "', 0);",
                "sqlite");
        return ear;
    }

    /** Bound to the H2 datasource every WildFly ships: a database Pierre does not support. */
    @Deployment(name = UNSUPPORTED_DATABASE, managed = false, testable = false)
    static EnterpriseArchive unsupportedDatabase() {
        return Deployments.pierreEarBoundTo("pierre-h2.ear", "java:jboss/datasources/ExampleDS");
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void aDatasourceBoundToAnUnsupportedDatabaseFailsTheDeploymentNamingWhatWasFound() {
        String failure = deploymentFailure(UNSUPPORTED_DATABASE);
        assertTrue(failure.contains("jdbc/PierreDS is bound to H2"), failure);
        assertTrue(failure.contains("which Pierre does not support: bind it to SQLite or PostgreSQL"), failure);
    }

    @Test
    void aSchemaThatDoesNotMatchTheEntitiesFailsTheDeploymentWithAReadableMessage() {
        String failure = deploymentFailure(SCHEMA_MISMATCH);
        assertTrue(failure.contains("The database schema does not match the entity mappings"), failure);
        assertTrue(failure.contains("display_name"), failure);
    }

    @Test
    void aMasterKeyThatDoesNotOpenTheStoredDataKeysFailsTheDeploymentWithoutShowingAKey() {
        String failure = deploymentFailure(WRONG_MASTER_KEY);
        assertTrue(
                failure.contains(
                        "PIERRE_MASTER_ENCRYPTION_KEY does not open data key version 1 stored in this database"),
                failure);
        assertFalse(failure.contains("cGllcnJlLWludGVncmF0aW9uLXRlc3RzLWtlay0zMmI="), "the test master key");
    }

    private String deploymentFailure(String name) {
        try {
            Throwable thrown = assertThrows(Throwable.class, () -> deployer.deploy(name));
            StringWriter text = new StringWriter();
            thrown.printStackTrace(new PrintWriter(text));
            return text.toString();
        } finally {
            try {
                deployer.undeploy(name);
            } catch (RuntimeException alreadyGone) {
                // A failed deployment is usually rolled back by the server already.
            }
        }
    }
}
