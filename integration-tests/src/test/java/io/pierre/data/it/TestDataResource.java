package io.pierre.data.it;

import io.pierre.data.Database;
import io.pierre.data.lifecycle.DatabaseStartup;
import io.pierre.data.user.User;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * Test-only HTTP access to users and the database in use, without an admin token, for client-side tests that must
 * survive a server reload or a database switch (added to the WAR of their deployment only).
 */
@Path("/test-data/users")
@RequestScoped
public class TestDataResource {

    @Inject
    Database db;

    @POST
    @Produces(MediaType.TEXT_PLAIN)
    public String createUser() {
        UUID id = UUID.randomUUID();
        return db.users().create(User.newUser(id + "@example.com", "hash")).toString();
    }

    @Inject
    DatabaseStartup startup;

    /** The database product the deployment runs on, once the database answers (503 while it does not). */
    @GET
    @Path("/database")
    @Produces(MediaType.TEXT_PLAIN)
    public Response database() {
        return startup.isReachable(2)
                ? Response.ok(startup.info().vendor().productName()).build()
                : Response.status(Response.Status.SERVICE_UNAVAILABLE).build();
    }

    @GET
    @Path("/count")
    @Produces(MediaType.TEXT_PLAIN)
    public String count() {
        return Long.toString(db.users().count());
    }
}
