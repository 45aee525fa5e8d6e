package io.pierre.data.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deployed application over real HTTP, as client-side tests use it: admin API calls with or without a bearer
 * token, and test-only admin tokens minted by {@link TestSupportResource} (which the test adds to its WAR).
 */
public final class AdminClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String root;

    /** @param applicationUrl the application's root, e.g. {@code http://127.0.0.1:8080/pierre/} */
    public AdminClient(URL applicationUrl) {
        this.root = applicationUrl.toString().endsWith("/") ? applicationUrl.toString() : applicationUrl + "/";
    }

    /** A raw admin token from the test-support endpoint, e.g. {@code mint("permission=list_keys")}. */
    public String mint(String query) {
        HttpResponse<String> response = send("POST", "api/test-support/admin-tokens?" + query, null, null);
        assertEquals(200, response.statusCode(), response.body());
        return response.body().trim();
    }

    /** An admin API call: {@code path} is relative to {@code api/admin/}; {@code token} and {@code json} may be null. */
    public HttpResponse<String> call(String method, String path, String token, String json) {
        return send(method, "api/admin/" + path, token, json);
    }

    /** Any call relative to the application's root. */
    public HttpResponse<String> send(String method, String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The first string value of {@code name} in a JSON body. */
    public static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        assertTrue(matcher.find(), name + " missing in " + json);
        return matcher.group(1);
    }
}
