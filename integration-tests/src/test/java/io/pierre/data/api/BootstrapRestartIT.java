package io.pierre.data.api;

import static io.pierre.data.it.AdminClient.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pierre.data.admin.AdminBootstrap;
import io.pierre.data.it.AdminClient;
import io.pierre.data.it.Deployments;
import io.pierre.data.it.TestSupportResource;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bootstrap and recovery rules across real redeployments of the EAR, as an operator lives them: the first start
 * on a database that never held a token writes one; after the operator deactivates it, the next starts write
 * nothing; only a recovery request file makes a start mint again, once. The test reads the token files from the
 * data folder the build gave the server ({@code pierre.it.data-folder}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BootstrapRestartIT {

    private static final String EAR = "pierre-restarted";

    @Deployment(name = EAR, managed = false, testable = false)
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.pierreEar();
        ear.getAsType(WebArchive.class, "pierre-web.war").addClass(TestSupportResource.class);
        return ear;
    }

    @ArquillianResource
    Deployer deployer;

    private final Path folder = Path.of(System.getProperty("pierre.it.data-folder"));
    private final AdminClient client = new AdminClient(applicationUrl());

    @Test
    void theBootstrapTokenIsMintedOnceAndAfterItsDeactivationOnlyARecoveryRequestMintsAgain() throws Exception {
        Path bootstrapFile = folder.resolve(AdminBootstrap.BOOTSTRAP_TOKEN_FILE);
        Path recoveryRequest = folder.resolve(AdminBootstrap.RECOVERY_REQUEST_FILE);
        Path recoveryFile = folder.resolve(AdminBootstrap.RECOVERY_TOKEN_FILE);
        Files.createDirectories(folder);
        restart(() -> assertEquals(
                204,
                client.send("DELETE", "api/test-support/admin-tokens", null, null)
                        .statusCode()));
        Files.deleteIfExists(bootstrapFile);
        Files.deleteIfExists(recoveryFile);

        restart(() -> {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(bootstrapFile)));
            String bootstrap = Files.readString(bootstrapFile).trim();
            HttpResponse<String> tokens = client.call("GET", "tokens", bootstrap, null);
            assertEquals(200, tokens.statusCode(), tokens.body());
            assertEquals(
                    204,
                    client.call("DELETE", "tokens/" + field(tokens.body(), "id"), bootstrap, null)
                            .statusCode());
            assertEquals(401, client.call("GET", "tokens", bootstrap, null).statusCode());
        });
        Files.delete(bootstrapFile);

        restart(() -> {
            assertFalse(Files.exists(bootstrapFile), "a deactivated bootstrap token is not minted again");
            assertEquals(
                    "1 0",
                    client.send("GET", "api/test-support/admin-tokens/count", null, null)
                            .body()
                            .trim());
        });

        Files.writeString(recoveryRequest, "");
        restart(() -> {
            assertFalse(Files.exists(recoveryRequest), "the request is consumed");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(recoveryFile)));
            String recovered = Files.readString(recoveryFile).trim();
            assertEquals(
                    200, client.call("GET", "audit?limit=5", recovered, null).statusCode());
            assertTrue(
                    client.call("GET", "audit?limit=5", recovered, null).body().contains("admin_token.recover"));
        });
        Files.delete(recoveryFile);

        restart(() -> {
            assertFalse(Files.exists(recoveryFile), "one request, one token");
            assertEquals(
                    "2 1",
                    client.send("GET", "api/test-support/admin-tokens/count", null, null)
                            .body()
                            .trim());
        });
    }

    /** Deploys the EAR (a start of the application), runs {@code check} against it, and undeploys it. */
    private void restart(Check check) throws Exception {
        deployer.deploy(EAR);
        try {
            check.run();
        } finally {
            deployer.undeploy(EAR);
        }
    }

    private interface Check {
        void run() throws Exception;
    }

    private static URL applicationUrl() {
        try {
            return new URL("http://127.0.0.1:8080/pierre/");
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
