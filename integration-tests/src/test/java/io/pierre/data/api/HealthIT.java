package io.pierre.data.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pierre.data.it.Deployments;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Smoke test over real HTTP: the deployed EAR answers /api/health with the database it migrated. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.pierreEar();
    }

    @ArquillianResource
    URL baseUrl;

    @Test
    void healthReportsTheDatabaseAndTheAppliedSchemaVersion() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(baseUrl + "api/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        String body = response.body();
        String expectedProduct = "postgresql".equals(System.getProperty("pierre.it.database")) ? "PostgreSQL" : "SQLite";
        assertTrue(body.contains("\"status\":\"UP\""), body);
        assertTrue(body.contains("\"product\":\"" + expectedProduct + "\""), body);
        assertTrue(body.matches(".*\"schemaVersion\":\"\\d+\".*"), body);
        assertTrue(body.matches(".*\"transactions\":\\{\"exhausted\":\\d+,\"mostRetriesBeforeSuccess\":\\d+,\"retries\":\\d+}.*"), body);
    }
}
