package io.pierre.data.api;

import static io.pierre.data.it.AdminClient.field;
import static io.pierre.data.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pierre.data.it.AdminClient;
import io.pierre.data.it.Deployments;
import io.pierre.data.it.TestSupportResource;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The admin API over real HTTP against the deployed EAR: the operator scenario, authentication, bad input. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.pierreEar();
        ear.getAsType(WebArchive.class, "pierre-web.war").addClass(TestSupportResource.class);
        return ear;
    }

    @ArquillianResource
    URL baseUrl;

    private AdminClient client;
    private String root;

    @BeforeEach
    void superAdminToken() {
        client = new AdminClient(baseUrl);
        root = mint("superAdmin=true");
    }

    private String mint(String query) {
        return client.mint(query);
    }

    private HttpResponse<String> call(String method, String path, String token, String json) {
        return client.call(method, path, token, json);
    }

    private String createUser(String email) throws Exception {
        HttpResponse<String> created =
                call("POST", "users", root, "{\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}");
        assertEquals(201, created.statusCode(), created.body());
        return field(created.body(), "id");
    }

    @Test
    void operatorScenarioCreateTenantUserApproveProvisionRotateAndReadAudit() throws Exception {
        String owner = createUser("owner-" + UUID.randomUUID() + "@example.com");
        HttpResponse<String> tenant = call(
                "POST",
                "tenants",
                root,
                "{\"name\":\"Acme\",\"slug\":\"acme-"
                        + UUID.randomUUID().toString().substring(0, 8)
                        + "\",\"plan\":\"professional\",\"ownerUserId\":\"" + owner + "\"}");
        assertEquals(201, tenant.statusCode(), tenant.body());
        String tenantId = field(tenant.body(), "id");
        assertEquals(200, call("GET", "tenants/" + tenantId, root, null).statusCode());

        String athlete = createUser("athlete-" + UUID.randomUUID() + "@example.com");
        HttpResponse<String> approved = call("POST", "users/" + athlete + "/approve", root, null);
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals("active", field(approved.body(), "status"));

        HttpResponse<String> key =
                call("POST", "users/" + athlete + "/api-keys", root, "{\"name\":\"watch\",\"tier\":\"starter\"}");
        assertEquals(201, key.statusCode(), key.body());
        assertTrue(field(key.body(), "key").startsWith("pk_live_"));
        assertTrue(
                call("GET", "users/" + athlete + "/api-keys", root, null).body().contains(field(key.body(), "prefix")));

        HttpResponse<String> rotated = call("POST", "keys/rotate", root, null);
        assertEquals(202, rotated.statusCode(), rotated.body());
        assertEquals(200, call("GET", "keys/rewrap", root, null).statusCode());
        assertTrue(call("GET", "keys", root, null).body().contains("\"state\":\"primary\""));

        HttpResponse<String> audit = call("GET", "audit?limit=500", root, null);
        assertEquals(200, audit.statusCode(), audit.body());
        for (String action :
                new String[] {"user.create", "tenant.create", "user.active", "api_key.provision", "keys.rotate"}) {
            assertTrue(
                    audit.body().contains("\"action\":\"" + action + "\""), action + " not audited: " + audit.body());
        }
        assertTrue(call("GET", "audit?tenantId=" + tenantId, root, null).body().contains("tenant.create"));
    }

    @Test
    void usersArePagedSuspendedReactivatedAndDeleted() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String user = createUser("paged-" + marker + "@example.com");
        createUser("paged2-" + marker + "@example.com");
        HttpResponse<String> first = call("GET", "users?status=pending&limit=1", root, null);
        assertEquals(200, first.statusCode(), first.body());
        String cursor = field(first.body(), "nextCursor");
        assertEquals(
                200,
                call("GET", "users?status=pending&limit=1&cursor=" + cursor, root, null)
                        .statusCode());

        assertEquals(
                "suspended",
                field(call("POST", "users/" + user + "/suspend", root, null).body(), "status"));
        assertEquals(
                "active",
                field(call("POST", "users/" + user + "/reactivate", root, null).body(), "status"));
        assertEquals(200, call("GET", "users/" + user, root, null).statusCode());
        assertEquals(204, call("DELETE", "users/" + user, root, null).statusCode());
        assertProblem(call("GET", "users/" + user, root, null), 404);
    }

    @Test
    void adminTokensAndApiKeysCanBeListedDeactivatedAndInspected() throws Exception {
        HttpResponse<String> token = call(
                "POST",
                "tokens",
                root,
                "{\"serviceName\":\"billing\",\"permissions\":[\"list_keys\"],\"validityDays\":30}");
        assertEquals(201, token.statusCode(), token.body());
        String raw = field(token.body(), "token");
        String tokenId = field(token.body(), "id");
        assertTrue(call("GET", "tokens", root, null).body().contains(tokenId));
        assertEquals(
                200, call("GET", "tokens/" + tokenId + "/usage", root, null).statusCode());

        String user = createUser("keys-" + UUID.randomUUID() + "@example.com");
        String keyId = field(
                call("POST", "users/" + user + "/api-keys", root, "{\"name\":\"k\",\"tier\":\"trial\"}")
                        .body(),
                "id");
        assertEquals(
                200, call("GET", "users/" + user + "/api-keys", raw, null).statusCode(), "list_keys is enough to list");
        assertProblem(call("DELETE", "users/" + user + "/api-keys/" + keyId, raw, null), 403);
        assertTrue(call("GET", "users/" + user + "/api-keys/" + keyId + "/usage", root, null)
                .body()
                .contains("\"totalRequests\":0"));
        assertEquals(
                204,
                call("DELETE", "users/" + user + "/api-keys/" + keyId, root, null)
                        .statusCode());
        assertTrue(call("GET", "users/" + user + "/api-keys", root, null).body().contains("\"active\":false"));

        assertEquals(204, call("DELETE", "tokens/" + tokenId, root, null).statusCode());
        assertProblem(call("GET", "users/" + user + "/api-keys", raw, null), 401);
    }

    @Test
    void missingWrongExpiredOrUnderprivilegedTokensAreRefusedWithoutSideEffects() throws Exception {
        HttpResponse<String> none = call(
                "POST", "users", null, "{\"email\":\"nobody@example.com\",\"password\":\"correct horse battery\"}");
        assertProblem(none, 401);
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertProblem(call("GET", "users", "pat_wrong", null), 401);
        String expired = mint("superAdmin=true&validityMillis=50");
        Thread.sleep(100);
        assertProblem(call("GET", "users", expired, null), 401);

        String reader = mint("permission=list_keys");
        String email = "forbidden-" + UUID.randomUUID() + "@example.com";
        assertProblem(
                call("POST", "users", reader, "{\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}"),
                403);
        assertFalse(
                call("GET", "users?status=pending&limit=500", root, null).body().contains(email),
                "nothing was created");
    }

    @Test
    void badInputIsAFourHundredProblemAndChangesNothing() throws Exception {
        assertProblem(call("POST", "users", root, "{\"email\": "), 400);
        HttpResponse<String> missing = call("POST", "users", root, "{}");
        assertProblem(missing, 400);
        assertTrue(missing.body().contains("email") && missing.body().contains("password"), missing.body());
        assertProblem(
                call(
                        "POST",
                        "users",
                        root,
                        "{\"email\":\"" + "x".repeat(400) + "@example.com\",\"password\":\"correct horse battery\"}"),
                400);
        assertProblem(call("POST", "tokens", root, "{\"serviceName\":\"s\",\"validityDays\":\"ten\"}"), 400);
        assertProblem(
                call("POST", "tokens", root, "{\"serviceName\":\"s\",\"permissions\":[\"rule_the_world\"]}"), 400);
        assertProblem(call("GET", "users?cursor=not-a-cursor", root, null), 400);
        assertProblem(call("GET", "users?status=deleted", root, null), 400);
        assertProblem(call("GET", "audit?from=yesterday", root, null), 400);
        assertProblem(call("GET", "users/" + UUID.randomUUID(), root, null), 404);
        assertProblem(call("GET", "users/not-a-uuid", root, null), 404);
        assertProblem(call("GET", "tenants/" + UUID.randomUUID(), root, null), 404);
        assertProblem(
                call("POST", "users/" + UUID.randomUUID() + "/api-keys", root, "{\"name\":\"k\",\"tier\":\"starter\"}"),
                404);
        assertProblem(
                call(
                        "POST",
                        "tenants",
                        root,
                        "{\"name\":\"X\",\"slug\":\"x-"
                                + UUID.randomUUID().toString().substring(0, 6) + "\",\"ownerUserId\":\""
                                + UUID.randomUUID() + "\"}"),
                404);
        assertProblem(
                call(
                        "POST",
                        "tenants",
                        root,
                        "{\"name\":\"X\",\"slug\":\"Not A Slug\",\"ownerUserId\":\"" + UUID.randomUUID() + "\"}"),
                400);

        String email = "dup-" + UUID.randomUUID() + "@example.com";
        createUser(email);
        assertProblem(
                call("POST", "users", root, "{\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}"),
                409);
        assertProblem(call("POST", "keys/99999/retire", root, null), 404);
        String user = createUser("bad-input-" + UUID.randomUUID() + "@example.com");
        assertProblem(call("POST", "users/" + user + "/api-keys", root, "{\"name\":\"k\",\"tier\":\"gold\"}"), 400);
        assertProblem(
                call(
                        "POST",
                        "users/" + user + "/api-keys",
                        root,
                        "{\"name\":\"" + "n".repeat(300) + "\",\"tier\":\"starter\"}"),
                400);
        assertProblem(call("POST", "users/" + user + "/api-keys", root, "{\"tier\":\"starter\"}"), 400);
        assertTrue(
                call("GET", "users/" + user + "/api-keys", root, null).body().contains("\"items\":[]"),
                "no key was created");
        assertProblem(call("POST", "tokens", root, "{\"serviceName\":\"s\",\"validityDays\":-1}"), 400);
        assertProblem(call("POST", "tokens", root, "[]"), 400);
        assertProblem(call("POST", "tokens", root, "{\"serviceName\":\"s\",\"superAdmin\":\"yes\"}"), 400);
        assertProblem(call("POST", "tokens", root, "{\"serviceName\":{\"nested\":true}}"), 400);
        assertProblem(call("POST", "oauth2/clients", root, "{\"redirectUris\":\"https://one.example/cb\"}"), 400);
        assertFalse(
                call("GET", "tokens?limit=500", root, null).body().contains("\"serviceName\":\"s\""),
                "no token was created");
        assertProblem(call("GET", "audit?cursor=bm90LWEtY3Vyc29y", root, null), 400);
        assertProblem(call("GET", "tokens/" + UUID.randomUUID() + "/usage", root, null), 404);
        assertProblem(call("DELETE", "tokens/" + UUID.randomUUID(), root, null), 404);
        assertProblem(
                call("POST", "users", root, "{\"email\":\"not-an-email\",\"password\":\"correct horse battery\"}"),
                400);
        assertProblem(call("POST", "users", root, "{\"email\":\"short@example.com\",\"password\":\"short\"}"), 400);
        assertProblem(call("PUT", "users", root, "{}"), 405);
    }

    @Test
    void everyEndpointThatTakesABodyRefusesMalformedWronglyTypedAndOversizedJsonAndChangesNothing() throws Exception {
        String user = createUser("bodies-" + UUID.randomUUID() + "@example.com");
        String tenant = field(
                call(
                                "POST",
                                "tenants",
                                root,
                                "{\"name\":\"B\",\"slug\":\"b-"
                                        + UUID.randomUUID().toString().substring(0, 8) + "\",\"ownerUserId\":\"" + user
                                        + "\"}")
                        .body(),
                "id");
        String[][] endpoints = {
            {"POST", "users", "email"},
            {"POST", "tenants", "name"},
            {"PATCH", "tenants/" + tenant, "plan"},
            {"POST", "users/" + user + "/api-keys", "name"},
            {"POST", "tokens", "serviceName"},
            {"POST", "oauth2/clients", "clientName"},
        };
        String tokenId = field(
                call("POST", "tokens", root, "{\"serviceName\":\"bodies\"}").body(), "id");
        int auditedBefore = call("GET", "audit?limit=500", root, null).body().split("\"action\"").length;
        for (String[] endpoint : endpoints) {
            String method = endpoint[0];
            String path = endpoint[1];
            String textField = endpoint[2];
            assertProblem(call(method, path, root, "{\"" + textField + "\":"), 400);
            assertProblem(call(method, path, root, "not json at all"), 400);
            assertProblem(call(method, path, root, "[\"an array\"]"), 400);
            assertProblem(call(method, path, root, "{\"" + textField + "\":[1,2]}"), 400);
            assertProblem(call(method, path, root, "{\"" + textField + "\":\"" + "x".repeat(5000) + "\"}"), 400);
        }
        for (String query : new String[] {
            "tenants?cursor=zzz",
            "users/" + user + "/api-keys?cursor=zzz",
            "tokens?cursor=zzz",
            "audit?tenantId=not-a-uuid",
            "tenants?limit=-1",
            "users?limit=100000",
            "tokens/" + tokenId + "/usage?from=soon"
        }) {
            assertProblem(call("GET", query, root, null), 400);
        }
        assertEquals(
                auditedBefore,
                call("GET", "audit?limit=500", root, null).body().split("\"action\"").length,
                "no refused request changed anything (every change is audited)");
    }

    @Test
    void tenantsAreUpdatedPagedAndShowTheirMembers() throws Exception {
        String owner = createUser("tenant-owner-" + UUID.randomUUID() + "@example.com");
        String slug = "t-" + UUID.randomUUID().toString().substring(0, 8);
        String tenantId = field(
                call(
                                "POST",
                                "tenants",
                                root,
                                "{\"name\":\"T\",\"slug\":\"" + slug + "\",\"ownerUserId\":\"" + owner + "\"}")
                        .body(),
                "id");
        call(
                "POST",
                "tenants",
                root,
                "{\"name\":\"T2\",\"slug\":\"" + slug + "-2\",\"ownerUserId\":\"" + owner + "\"}");

        HttpResponse<String> updated = call("PATCH", "tenants/" + tenantId, root, "{\"plan\":\"enterprise\"}");
        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals("enterprise", field(updated.body(), "plan"));
        assertProblem(call("PATCH", "tenants/" + tenantId, root, "{\"plan\":\"platinum\"}"), 400);
        assertTrue(call("GET", "tenants/" + tenantId + "/members", root, null)
                .body()
                .contains("\"role\":\"owner\""));

        HttpResponse<String> page = call("GET", "tenants?limit=1", root, null);
        String cursor = field(page.body(), "nextCursor");
        HttpResponse<String> next = call("GET", "tenants?limit=1&cursor=" + cursor, root, null);
        assertEquals(200, next.statusCode(), next.body());
        assertFalse(next.body().contains(field(page.body(), "id")), "no tenant on two pages");

        assertProblem(call("PATCH", "tenants/" + tenantId, root, "{\"active\":\"maybe\"}"), 400);
        assertProblem(call("PATCH", "tenants/" + tenantId, root, "{\"active\":0}"), 400);
        assertEquals(
                200,
                call("GET", "tenants/" + tenantId, root, null).statusCode(),
                "a wrongly typed flag changes nothing");
        assertEquals(
                200,
                call("PATCH", "tenants/" + tenantId, root, "{\"active\":false}").statusCode());
        assertProblem(call("GET", "tenants/" + tenantId, root, null), 404);
    }

    @Test
    void oauth2ClientsAreRegisteredWithASecretShownOnceListedAndDeleted() throws Exception {
        HttpResponse<String> registered = call(
                "POST",
                "oauth2/clients",
                root,
                "{\"clientName\":\"Garmin bridge\",\"redirectUris\":[\"https://bridge.example/cb\"],\"scope\":\"read\"}");
        assertEquals(201, registered.statusCode(), registered.body());
        String clientId = field(registered.body(), "clientId");
        assertTrue(field(registered.body(), "clientSecret").length() >= 43);
        HttpResponse<String> listed = call("GET", "oauth2/clients", root, null);
        assertTrue(listed.body().contains(clientId));
        assertFalse(
                listed.body().contains(field(registered.body(), "clientSecret")), "the secret is never shown again");
        assertProblem(call("POST", "oauth2/clients", root, "{\"redirectUris\":[\"ftp://nope\"]}"), 400);
        assertProblem(call("POST", "oauth2/clients", root, "{\"redirectUris\":[]}"), 400);
        assertEquals(
                204, call("DELETE", "oauth2/clients/" + clientId, root, null).statusCode());
        assertProblem(call("DELETE", "oauth2/clients/" + clientId, root, null), 404);
    }

    @Test
    void adminTokenListsArePagedByCursor() throws Exception {
        for (int i = 0; i < 3; i++) {
            call("POST", "tokens", root, "{\"serviceName\":\"paged-" + i + "\"}");
        }
        HttpResponse<String> first = call("GET", "tokens?limit=2", root, null);
        String cursor = field(first.body(), "nextCursor");
        HttpResponse<String> second = call("GET", "tokens?limit=2&cursor=" + cursor, root, null);
        assertEquals(200, second.statusCode(), second.body());
        assertFalse(second.body().contains(field(first.body(), "id")));
        assertProblem(call("GET", "tokens?limit=0", root, null), 400);
    }
}
