package io.pierre.data.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

/** Client-side checks of the API's RFC 9457 answers, shared by the black-box API tests. */
public final class ProblemAssertions {

    private ProblemAssertions() {}

    /** {@code response} is an application/problem+json of {@code status} with no stack trace, SQL or exception name. */
    public static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(
                "application/problem+json",
                response.headers().firstValue("Content-Type").orElse("").split(";")[0],
                response.body());
        assertTrue(response.body().contains("\"status\":" + status), response.body());
        assertFalse(
                response.body().contains("Exception")
                        || response.body().contains("\tat ")
                        || response.body().contains("SELECT"),
                "no internals in a problem: " + response.body());
    }
}
