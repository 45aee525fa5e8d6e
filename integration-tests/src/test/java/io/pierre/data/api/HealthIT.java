package io.pierre.data.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pierre.data.it.AdminClient;
import io.pierre.data.it.Deployments;
import io.pierre.data.it.TestSupportResource;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Over real HTTP: /api/health answers UP to anyone; the database, keys and retry figures only to admin tokens. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.pierreEar();
        ear.getAsType(WebArchive.class, "pierre-web.war").addClass(TestSupportResource.class);
        return ear;
    }

    @ArquillianResource
    URL baseUrl;

    @Test
    void thePublicProbeSaysOnlyUpAndTheDetailsNeedAnAdminToken() {
        AdminClient client = new AdminClient(baseUrl);
        HttpResponse<String> response = client.send("GET", "api/health", null, null);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("{\"status\":\"UP\"}", response.body());

        assertEquals(401, client.call("GET", "health", null, null).statusCode());
        HttpResponse<String> details = client.call("GET", "health", client.mint("permission=view_audit_logs"), null);
        assertEquals(200, details.statusCode(), details.body());
        String body = details.body();
        String expectedProduct =
                "postgresql".equals(System.getProperty("pierre.it.database")) ? "PostgreSQL" : "SQLite";
        assertTrue(body.contains("\"status\":\"UP\""), body);
        assertTrue(body.contains("\"product\":\"" + expectedProduct + "\""), body);
        assertTrue(body.matches(".*\"schemaVersion\":\"\\d+\".*"), body);
        assertTrue(
                body.matches(
                        ".*\"transactions\":\\{\"exhausted\":\\d+,\"mostRetriesBeforeSuccess\":\\d+,\"retries\":\\d+}.*"),
                body);
        assertTrue(body.matches(".*\"keys\":\\{\"openableVersions\":\\[[0-9,]+],\"primaryVersion\":\\d+}.*"), body);
    }
}
