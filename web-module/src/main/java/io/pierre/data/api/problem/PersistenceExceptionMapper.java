package io.pierre.data.api.problem;

import io.pierre.data.db.SqlFailures;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Database failures the data layer did not translate: an unreachable database is 503 with Retry-After; anything
 * else is logged for operators and answered with a 500 that shows no SQL.
 */
@Provider
public class PersistenceExceptionMapper implements ExceptionMapper<PersistenceException> {

    private static final Logger LOG = Logger.getLogger(PersistenceExceptionMapper.class.getName());

    @Override
    public Response toResponse(PersistenceException e) {
        if (SqlFailures.isConnectionFailure(e)) {
            return DataExceptionMapper.retryLater(
                    "Database unavailable", "The database cannot be reached; retry shortly.");
        }
        LOG.log(Level.SEVERE, "Database failure", e);
        return Problem.response(
                Response.Status.INTERNAL_SERVER_ERROR, "Internal error", "The request could not be completed.");
    }
}
