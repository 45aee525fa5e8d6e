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

/** The running server serves an OpenAPI document of the admin API (server-config's add-openapi.cli). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.pierreEar();
    }

    @ArquillianResource
    URL baseUrl;

    @Test
    void everyAdminOperationIsDocumented() throws Exception {
        URI openapi =
                URI.create(baseUrl.getProtocol() + "://" + baseUrl.getHost() + ":" + baseUrl.getPort() + "/openapi");
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(openapi).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        for (String path : new String[] {
            "/api/admin/users:",
            "/api/admin/users/{id}/approve:",
            "/api/admin/users/{userId}/api-keys:",
            "/api/admin/tenants:",
            "/api/admin/tokens:",
            "/api/admin/keys/rotate:",
            "/api/admin/audit:",
            "/api/admin/oauth2/clients:",
            "/api/admin/tenants/{id}/members:",
            "/api/health:"
        }) {
            assertTrue(response.body().contains(path), path + " missing from\n" + response.body());
        }
        assertTrue(response.body().contains("CreateUser"), "request schemas are documented");
    }
}
