package io.pierre.data.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pierre.data.it.Deployments;
import io.pierre.data.it.ProblemAssertions;
import io.pierre.data.it.TamperedSecretResource;
import io.pierre.data.it.TestSupportResource;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
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
 * The server-side failures of the problem+json family, provoked for real over HTTP: a sealed secret altered in
 * the database (500, nothing of the value) and a database that stops accepting connections (503 + Retry-After,
 * then service resumes by itself). The latter is PostgreSQL only: an embedded SQLite file has no server to lose.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProblemResponsesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.pierreEar();
        ear.getAsType(WebArchive.class, "pierre-web.war")
                .addClasses(TestSupportResource.class, TamperedSecretResource.class);
        return ear;
    }

    @ArquillianResource
    URL baseUrl;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(baseUrl + "api/" + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String title) {
        ProblemAssertions.assertProblem(response, status);
        assertTrue(response.body().contains("\"title\":\"" + title + "\""), response.body());
        assertFalse(response.body().contains("user_oauth_tokens"), "no table name in a problem: " + response.body());
    }

    @Test
    void aSecretThatFailsItsIntegrityCheckIsA500ThatShowsNothingOfTheValue() throws Exception {
        HttpResponse<String> response = get("test-support/tampered-secret", null);
        assertProblem(response, 500, "Stored secret failed its integrity check");
        assertFalse(response.body().contains(TamperedSecretResource.ACCESS_TOKEN), response.body());
    }

    @Test
    @Tag("postgresql")
    void aDatabaseThatRefusesConnectionsIsA503WithRetryAfterAndServiceResumesWhenItIsBack() throws Exception {
        String token = http.send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "api/test-support/admin-tokens?superAdmin=true"))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body()
                .trim();
        assertEquals(200, get("admin/users", token).statusCode());

        Properties connection = new Properties();
        try (Reader reader = Files.newBufferedReader(
                Path.of(System.getProperty("pierre.it.config"), "postgresql-connection.properties"))) {
            connection.load(reader);
        }
        String url = connection.getProperty("pierre.postgresql.url");
        String database = URI.create(url.substring("jdbc:".length())).getPath().substring(1);
        String maintenanceDatabase = database.equals("postgres") ? "template1" : "postgres";
        String maintenanceUrl = url.replaceFirst("/" + database + "(\\?|$)", "/" + maintenanceDatabase + "$1");
        try (Connection operator = DriverManager.getConnection(
                        maintenanceUrl,
                        connection.getProperty("pierre.postgresql.user"),
                        connection.getProperty("pierre.postgresql.password"));
                Statement sql = operator.createStatement()) {
            sql.execute("ALTER DATABASE \"" + database + "\" ALLOW_CONNECTIONS false");
            try {
                sql.execute(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
                for (int attempt = 0; attempt < 3; attempt++) {
                    HttpResponse<String> refused = get("admin/users", token);
                    assertProblem(refused, 503, "Database unavailable");
                    assertEquals(
                            "5",
                            refused.headers().firstValue("Retry-After").orElse(""),
                            "Retry-After tells clients when to come back");
                }
            } finally {
                sql.execute("ALTER DATABASE \"" + database + "\" ALLOW_CONNECTIONS true");
            }
        }

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        int status;
        do {
            Thread.sleep(250);
            status = get("admin/users", token).statusCode();
        } while (status != 200 && Instant.now().isBefore(deadline));
        assertEquals(200, status, "the pool reconnects once the database accepts connections again, no restart needed");
    }
}
