package io.pierre.data.api.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body JSON-B cannot read (malformed JSON, a string where a number belongs): 400, without parser internals. */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException e) {
        return Problem.response(
                Response.Status.BAD_REQUEST,
                "Malformed JSON",
                "The request body is not valid JSON for this operation.");
    }
}
