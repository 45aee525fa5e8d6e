package io.pierre.data.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything no other mapper claims (an {@code IllegalStateException}, say): a problem+json 500 that shows no class
 * name, message or stack trace; the failure itself goes to the server log for operators.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        LOG.log(Level.SEVERE, "Unexpected failure of an API request", e);
        return Problem.response(
                Response.Status.INTERNAL_SERVER_ERROR, "Internal error", "The request could not be completed.");
    }
}
