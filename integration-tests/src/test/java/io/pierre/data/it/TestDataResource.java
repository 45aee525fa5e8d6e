package io.pierre.data.it;

import io.pierre.data.db.Database;
import io.pierre.data.user.User;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/**
 * Test-only HTTP access to users, for client-side tests that must survive a server reload (added to the WAR of
 * their deployment only; the product's admin API arrives with authentication).
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

    @GET
    @Path("/count")
    @Produces(MediaType.TEXT_PLAIN)
    public String count() {
        return Long.toString(db.users().count());
    }
}
