package io.pierre.data.it;

import io.pierre.data.api.auth.AdminApi;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Test-only (added to the WAR of the authority tests, never in the product): an admin operation that declares no
 * permission, as a forgetful change might add one, to prove that such an operation is for super-admin tokens only.
 */
@Path("/admin/test-only/undeclared")
@RequestScoped
@AdminApi
public class UndeclaredPermissionResource {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String call() {
        return "ran";
    }
}
