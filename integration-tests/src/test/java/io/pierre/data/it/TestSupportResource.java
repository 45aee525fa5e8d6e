package io.pierre.data.it;

import io.pierre.data.Database;
import io.pierre.data.admin.AdminPermission;
import io.pierre.data.db.Timestamps;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * Test-only (added to the WAR of black-box API tests, never in the product): mints admin tokens with chosen
 * permissions and validity, so tests can exercise authentication and permissions over real HTTP; and, for the tests
 * of first-start bootstrap, empties the admin tokens and counts them.
 */
@Path("/test-support/admin-tokens")
@RequestScoped
public class TestSupportResource {

    @Inject
    Database db;

    @Inject
    TestDatabase testDatabase;

    /** A database that never held an admin token: none stored, none ever minted at first start. */
    @DELETE
    public void forgetAllAdminTokens() {
        testDatabase.deleteAdminTokens();
        testDatabase.forgetBootstrapToken();
    }

    /** "all active": how many admin tokens are stored, and how many of them are active. */
    @GET
    @Path("/count")
    @Produces(MediaType.TEXT_PLAIN)
    public String count() {
        return db.admins().listTokens(true).size() + " "
                + db.admins().listTokens(false).size();
    }

    @POST
    @Produces(MediaType.TEXT_PLAIN)
    public String mint(
            @QueryParam("permission") java.util.List<String> permissions,
            @QueryParam("superAdmin") boolean superAdmin,
            @QueryParam("validityMillis") Long validityMillis) {
        Set<AdminPermission> granted = EnumSet.noneOf(AdminPermission.class);
        permissions.forEach(code -> granted.add(AdminPermission.fromCode(code).orElseThrow()));
        return db.admins()
                .createToken(
                        "test",
                        null,
                        granted,
                        superAdmin,
                        Timestamps.now()
                                .plus(
                                        validityMillis == null
                                                ? Duration.ofDays(365)
                                                : Duration.ofMillis(validityMillis)))
                .rawToken();
    }
}
