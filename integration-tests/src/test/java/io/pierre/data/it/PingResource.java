package io.pierre.data.it;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Test-only trivial endpoint: the floor that admin endpoints are benchmarked against (same server, same stack). */
@Path("/test-support/ping")
public class PingResource {

    public record Pong(String status) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Pong ping() {
        return new Pong("ok");
    }
}
