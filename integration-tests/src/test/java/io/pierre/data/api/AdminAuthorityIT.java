package io.pierre.data.api;

import static io.pierre.data.it.AdminClient.field;
import static io.pierre.data.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pierre.data.admin.AdminPermission;
import io.pierre.data.it.AdminClient;
import io.pierre.data.it.Deployments;
import io.pierre.data.it.TestSupportResource;
import io.pierre.data.it.UndeclaredPermissionResource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The trust boundary over real HTTP, tried as an attacker would: authority is a subset of the caller's, every token
 * expires and never outlives its creator, an operation that declares no permission is for super-admins only, and no
 * admin operation of the served OpenAPI document answers anything but 401 without a token.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminAuthorityIT {

    private static final Set<String> HTTP_METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final String ADMIN_PREFIX = "/api/admin/";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.pierreEar();
        ear.getAsType(WebArchive.class, "pierre-web.war")
                .addClasses(TestSupportResource.class, UndeclaredPermissionResource.class);
        return ear;
    }

    @ArquillianResource
    URL baseUrl;

    private AdminClient client;
    private String root;

    @BeforeEach
    void superAdmin() {
        client = new AdminClient(baseUrl);
        root = client.mint("superAdmin=true");
    }

    @Test
    void aTokenManagerCannotGrantWhatItLacksNorCreateOrDeactivateASuperAdmin() {
        String manager = client.mint("permission=manage_admin_tokens");
        int tokensBefore = tokenCount();

        assertProblem(client.call("POST", "tokens", manager, "{\"serviceName\":\"x\",\"superAdmin\":true}"), 403);
        assertProblem(
                client.call(
                        "POST",
                        "tokens",
                        manager,
                        "{\"serviceName\":\"x\",\"permissions\":[\"manage_configuration\"]}"),
                403);
        HttpResponse<String> defaults = client.call("POST", "tokens", manager, "{\"serviceName\":\"x\"}");
        assertProblem(defaults, 403);
        assertTrue(defaults.body().contains("the default set"), defaults.body());
        assertEquals(tokensBefore, tokenCount(), "no refused request created a token");

        HttpResponse<String> subset = client.call(
                "POST", "tokens", manager, "{\"serviceName\":\"x\",\"permissions\":[\"manage_admin_tokens\"]}");
        assertEquals(201, subset.statusCode(), subset.body());
        assertTrue(subset.body().contains("\"permissions\":[\"manage_admin_tokens\"]"), subset.body());

        String superAdminId = idOfToken(root);
        assertProblem(client.call("DELETE", "tokens/" + superAdminId, manager, null), 403);
        String auditor = client.mint("permission=view_audit_logs");
        assertProblem(client.call("DELETE", "tokens/" + idOfToken(auditor), manager, null), 403);
        assertEquals(200, client.call("GET", "health", root, null).statusCode(), "the super-admin token still works");
        assertEquals(
                204,
                client.call("DELETE", "tokens/" + field(subset.body(), "id"), manager, null)
                        .statusCode(),
                "a token it could have created, it may deactivate");
    }

    @Test
    void everyTokenExpiresWithinTheDefaultAndTheMaximumAndNeverOutlivesItsCreator() {
        String root = client.mint(
                "superAdmin=true&validityMillis=" + Duration.ofDays(400).toMillis());
        HttpResponse<String> byDefault = client.call(
                "POST", "tokens", root, "{\"serviceName\":\"default-validity\",\"permissions\":[\"list_keys\"]}");
        assertEquals(201, byDefault.statusCode(), byDefault.body());
        Duration validity = Duration.between(Instant.now(), Instant.parse(field(byDefault.body(), "expiresAt")));
        assertTrue(
                Math.abs(validity.minus(Duration.ofDays(90)).toMinutes()) < 5, "the default is 90 days: " + validity);

        assertProblem(client.call("POST", "tokens", root, "{\"serviceName\":\"never\",\"validityDays\":0}"), 400);
        assertProblem(client.call("POST", "tokens", root, "{\"serviceName\":\"too-long\",\"validityDays\":366}"), 400);
        assertEquals(
                201,
                client.call("POST", "tokens", root, "{\"serviceName\":\"longest\",\"validityDays\":365}")
                        .statusCode());

        String shortLived = client.mint(
                "superAdmin=true&validityMillis=" + Duration.ofDays(2).toMillis());
        HttpResponse<String> outliving =
                client.call("POST", "tokens", shortLived, "{\"serviceName\":\"outliving\",\"validityDays\":30}");
        assertProblem(outliving, 403);
        assertTrue(outliving.body().contains("cannot outlive the token that creates it"), outliving.body());
        HttpResponse<String> clamped = client.call(
                "POST", "tokens", shortLived, "{\"serviceName\":\"clamped\",\"permissions\":[\"list_keys\"]}");
        assertEquals(201, clamped.statusCode(), clamped.body());
        assertFalse(
                Instant.parse(field(clamped.body(), "expiresAt"))
                        .isAfter(Instant.now().plus(Duration.ofDays(2))),
                "a defaulted validity is cut to the creator's: " + clamped.body());
    }

    @Test
    void anOperationThatDeclaresNoPermissionIsForSuperAdminsOnly() {
        String everyPermission = client.mint(Arrays.stream(AdminPermission.values())
                .map(p -> "permission=" + p.code())
                .collect(Collectors.joining("&")));
        assertProblem(client.call("GET", "test-only/undeclared", everyPermission, null), 403);
        HttpResponse<String> superAdmin = client.call("GET", "test-only/undeclared", root, null);
        assertEquals(200, superAdmin.statusCode(), superAdmin.body());
        assertEquals("ran", superAdmin.body());
    }

    @Test
    void everyAdminOperationOfTheServedOpenApiDocumentRefusesAMissingOrUnknownToken() throws Exception {
        List<String[]> operations = adminOperations();
        assertTrue(operations.size() >= 25, "the document lists " + operations.size() + " admin operations");
        List<String> answered = new ArrayList<>();
        for (String[] operation : operations) {
            String method = operation[0];
            String path = operation[1]
                    .replace("{version}", "1")
                    .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            boolean takesBody = Boolean.parseBoolean(operation[2]);
            HttpResponse<String> none = client.call(method.toUpperCase(), path, null, takesBody ? "{}" : null);
            if (none.statusCode() != 401) {
                answered.add(method + " " + operation[1] + " without a token: " + none.statusCode());
            }
            if (!takesBody) {
                // With a body, Bean Validation may answer 400 before the token is checked; without one, nothing can.
                HttpResponse<String> unknown = client.call(method.toUpperCase(), path, "pat_not-a-real-token", null);
                if (unknown.statusCode() != 401) {
                    answered.add(method + " " + operation[1] + " with an unknown token: " + unknown.statusCode());
                }
            }
        }
        assertEquals(List.of(), answered);
    }

    /**
     * Method, path below {@code /api/admin/} and whether it takes a body, of every admin operation in the document the
     * server serves (whose paths may start with the context root).
     */
    private List<String[]> adminOperations() throws Exception {
        URI openapi =
                URI.create(baseUrl.getProtocol() + "://" + baseUrl.getHost() + ":" + baseUrl.getPort() + "/openapi");
        HttpResponse<String> document = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(openapi)
                                .header("Accept", "application/json")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, document.statusCode(), document.body());
        List<String[]> operations = new ArrayList<>();
        try (JsonReader reader = Json.createReader(new StringReader(document.body()))) {
            JsonObject paths = reader.readObject().getJsonObject("paths");
            for (String path : paths.keySet()) {
                int admin = path.indexOf(ADMIN_PREFIX);
                if (admin >= 0) {
                    JsonObject item = paths.getJsonObject(path);
                    for (String method : item.keySet()) {
                        if (HTTP_METHODS.contains(method)) {
                            operations.add(new String[] {
                                method,
                                path.substring(admin + ADMIN_PREFIX.length()),
                                Boolean.toString(item.getJsonObject(method).containsKey("requestBody"))
                            });
                        }
                    }
                }
            }
            assertFalse(operations.isEmpty(), "no admin operation among the document's paths " + paths.keySet());
        }
        return operations;
    }

    private int tokenCount() {
        return client.call("GET", "tokens?limit=500", root, null).body().split("\"serviceName\"").length - 1;
    }

    /** The id of the token whose raw value is {@code rawToken}, found by its public prefix. */
    private String idOfToken(String rawToken) {
        String prefix = rawToken.substring(0, 16);
        String listing = client.call("GET", "tokens?limit=500", root, null).body();
        int at = listing.indexOf("\"prefix\":\"" + prefix + "\"");
        assertTrue(at > 0, prefix + " not listed");
        int objectStart = listing.lastIndexOf('{', at);
        return field(listing.substring(objectStart), "id");
    }
}
