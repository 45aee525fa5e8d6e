package io.pierre.data.api.problem;

import io.pierre.data.crypto.DecryptionException;
import io.pierre.data.crypto.StaleKeyRingException;
import io.pierre.data.error.AccessDeniedException;
import io.pierre.data.error.ConflictException;
import io.pierre.data.error.DataException;
import io.pierre.data.error.InvalidInputException;
import io.pierre.data.error.NotAuthenticatedException;
import io.pierre.data.error.NotFoundException;
import io.pierre.data.error.TransactionFailedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The data layer's failures, each to its status: 400, 401, 403, 404, 409, 500 (integrity), 503 (retry later). */
@Provider
public class DataExceptionMapper implements ExceptionMapper<DataException> {

    private static final Logger LOG = Logger.getLogger(DataExceptionMapper.class.getName());
    static final String RETRY_AFTER_SECONDS = "5";

    @Override
    public Response toResponse(DataException e) {
        if (e instanceof NotFoundException) {
            return Problem.response(Status.NOT_FOUND, "Not found", e.getMessage());
        }
        if (e instanceof InvalidInputException) {
            return Problem.response(Status.BAD_REQUEST, "Invalid input", e.getMessage());
        }
        if (e instanceof ConflictException) {
            return Problem.response(Status.CONFLICT, "Conflict", e.getMessage());
        }
        if (e instanceof NotAuthenticatedException) {
            return Problem.unauthorized(e.getMessage());
        }
        if (e instanceof AccessDeniedException) {
            return Problem.response(Status.FORBIDDEN, "Forbidden", e.getMessage());
        }
        if (e instanceof DecryptionException) {
            LOG.log(Level.SEVERE, e.getMessage());
            return Problem.response(
                    Status.INTERNAL_SERVER_ERROR,
                    "Stored secret failed its integrity check",
                    "A stored secret could not be verified; an operator has been alerted in the server log.");
        }
        if (e instanceof TransactionFailedException) {
            return retryLater("Database busy", "The database could not complete the request; retry shortly.");
        }
        if (e instanceof StaleKeyRingException) {
            LOG.warning(e.getMessage());
            return retryLater(
                    "Keys not current", "This server cannot reach its key versions in the database; retry shortly.");
        }
        LOG.log(Level.WARNING, "Unmapped data failure", e);
        return Problem.response(Status.INTERNAL_SERVER_ERROR, "Internal error", "The request could not be completed.");
    }

    /** 503 with {@code Retry-After}: a condition that passes (a busy or unreachable database). */
    static Response retryLater(String title, String detail) {
        return Response.fromResponse(Problem.response(Status.SERVICE_UNAVAILABLE, title, detail))
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .build();
    }
}
