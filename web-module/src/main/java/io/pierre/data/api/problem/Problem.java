package io.pierre.data.api.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * An RFC 9457 problem. {@code detail} is written for the person who sent the request; it never contains a stack
 * trace, SQL or a secret. {@code errors} names invalid fields (Bean Validation).
 */
public record Problem(String type, String title, int status, String detail, Map<String, String> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    /** A 401 problem that tells the client which scheme to use. */
    public static Response unauthorized(String detail) {
        return Response.fromResponse(response(Response.Status.UNAUTHORIZED, "Unauthorized", detail))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"pierre-admin\"")
                .build();
    }

    public static Response response(Response.StatusType status, String title, String detail) {
        return response(status, title, detail, null);
    }

    public static Response response(
            Response.StatusType status, String title, String detail, Map<String, String> errors) {
        String type = "https://pierre.dev/problems/"
                + title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return Response.status(status.getStatusCode())
                .type(PROBLEM_JSON)
                .entity(new Problem(type, title, status.getStatusCode(), detail, errors))
                .build();
    }
}
