package io.pierre.data.db;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pierre.data.it.Deployments;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A wrongly configured server fails the deployment with one readable sentence. Each case deploys a variant of
 * the real EAR bound to a datasource of its own, so the product's test database is never touched.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeploymentFailureIT {

    private static final String SCHEMA_MISMATCH = "schema-mismatch";
    private static final String UNSUPPORTED_DATABASE = "unsupported-database";

    @Deployment(name = SCHEMA_MISMATCH, managed = false, testable = false)
    static EnterpriseArchive schemaMismatch() {
        EnterpriseArchive ear = Deployments.pierreEarBoundTo("pierre-mismatch.ear", "java:/jdbc/PierreMismatchDS");
        Deployments.addMigration(ear, "V9000__rename_a_mapped_column.sql",
                "ALTER TABLE users RENAME COLUMN display_name TO nickname;");
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
