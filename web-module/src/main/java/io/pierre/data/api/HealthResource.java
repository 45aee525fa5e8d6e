package io.pierre.data.api;

import io.pierre.data.lifecycle.DatabaseStartup;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/health}: UP (200) when the database answers, DOWN (503) otherwise, for load balancers. Open to
 * anyone, so it says nothing else; the details are at {@code GET /api/admin/health} ({@link AdminHealthResource}).
 */
@Path("/health")
@RequestScoped
public class HealthResource {

    static final int PROBE_TIMEOUT_SECONDS = 2;

    @Inject
    DatabaseStartup database;

    public record Health(String status) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        boolean up = database.isReachable(PROBE_TIMEOUT_SECONDS);
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(new Health(up ? "UP" : "DOWN"))
                .build();
    }
}
