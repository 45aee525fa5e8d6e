package io.pierre.data.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own failures (unknown path 404, wrong method 405, unsupported media type 415, unreadable body 400) as
 * problems, keeping their status and headers.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        String title = original.getStatusInfo().getReasonPhrase();
        String detail = original.getStatus() == 400 ? "The request body is not valid JSON for this operation." : title;
        Response problem = Problem.response(original.getStatusInfo(), title, detail);
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }
}
