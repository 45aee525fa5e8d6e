package io.pierre.data.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pierre.data.it.Deployments;
import io.pierre.data.it.TestDataResource;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An operator switches a running server that holds data in SQLite to PostgreSQL and back with the documented
 * script (server-config/wildfly/switch-database.sh): the same deployed EAR follows, and each database keeps
 * its own data. Runs on the SQLite server, with the build's throwaway PostgreSQL as the other database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("sqlite")
@Tag("wildfly")
class SwitchDatabaseIT {

    private static final Duration RELOAD_TIMEOUT = Duration.ofSeconds(90);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.pierreEar();
        ear.getAsType(WebArchive.class, "pierre-web.war").addClass(TestDataResource.class);
        return ear;
    }

    @ArquillianResource
    URL baseUrl;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void switchingToPostgresqlAndBackKeepsEachDatabasesData() throws Exception {
        post("api/test-data/users");
        long sqliteUsers = count();
        assertTrue(sqliteUsers >= 1);

        switchTo("postgresql", "postgresql.properties", "postgresql-connection.properties");
        waitForDatabase("PostgreSQL");
        long postgresqlUsersBefore = count();
        post("api/test-data/users");
        assertEquals(postgresqlUsersBefore + 1, count());

        switchTo("sqlite", "sqlite.properties", null);
        waitForDatabase("SQLite");
        assertEquals(sqliteUsers, count());
    }

    private void switchTo(String database, String defaults, String connection)
            throws IOException, InterruptedException {
        Path serverConfig = Path.of(System.getProperty("pierre.server-config"));
        Path testConfig = Path.of(System.getProperty("pierre.it.config"));
        String properties = serverConfig.resolve(defaults) + "," + testConfig.resolve("it.properties")
                + (connection == null ? "" : "," + testConfig.resolve(connection));
        List<String> command = new ArrayList<>(List.of(
                "bash",
                serverConfig.resolve("switch-database.sh").toString(),
                database,
                "--connect",
                System.getProperty("jboss.home"),
                properties));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "switch-database.sh did not finish");
        assertEquals(0, process.exitValue(), output);
    }

    private void waitForDatabase(String product) throws InterruptedException {
        Instant deadline = Instant.now().plus(RELOAD_TIMEOUT);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> database = get("api/test-data/users/database");
                last = database.statusCode() + " " + database.body();
                if (database.statusCode() == 200 && database.body().trim().equals(product)) {
                    return;
                }
            } catch (IOException serverStillReloading) {
                last = serverStillReloading.toString();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Server did not come back on " + product + " within " + RELOAD_TIMEOUT + ": " + last);
    }

    private long count() throws IOException, InterruptedException {
        HttpResponse<String> response = get("api/test-data/users/count");
        assertEquals(200, response.statusCode(), response.body());
        return Long.parseLong(response.body().trim());
    }

    private void post(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
