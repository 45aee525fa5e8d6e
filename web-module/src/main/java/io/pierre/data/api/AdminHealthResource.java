package io.pierre.data.api;

import io.pierre.data.api.auth.AdminApi;
import io.pierre.data.api.auth.AnyAdminToken;
import io.pierre.data.crypto.KeyRingService;
import io.pierre.data.lifecycle.DatabaseInfo;
import io.pierre.data.lifecycle.DatabaseStartup;
import io.pierre.data.retry.RetryMetrics;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * {@code GET /api/admin/health}: the health details for operators, open to any valid admin token: which database and
 * schema version, retry figures, and the key versions this node uses (never key material). 200 when the database
 * answers, 503 otherwise.
 */
@Path("/admin/health")
@RequestScoped
@AdminApi
@AnyAdminToken
public class AdminHealthResource {

    @Inject
    DatabaseStartup database;

    @Inject
    RetryMetrics retryMetrics;

    @Inject
    KeyRingService keys;

    public record DatabaseHealth(String product, String version, String schemaVersion) {}

    /**
     * Transactions re-run after a transient failure, those that failed even so, and the most retries one call
     * needed before it succeeded (how close contention came to the retry budget), since the server started.
     */
    public record RetryHealth(long retries, long exhausted, long mostRetriesBeforeSuccess) {}

    /** Which data-key version seals new values and which versions this node can open (no key material). */
    public record KeyHealth(int primaryVersion, List<Integer> openableVersions) {}

    public record Health(String status, DatabaseHealth database, RetryHealth transactions, KeyHealth keys) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        DatabaseInfo info = database.info();
        boolean up = database.isReachable(HealthResource.PROBE_TIMEOUT_SECONDS);
        Health health = new Health(
                up ? "UP" : "DOWN",
                new DatabaseHealth(info.vendor().productName(), info.productVersion(), info.schemaVersion()),
                new RetryHealth(
                        retryMetrics.retries(), retryMetrics.exhausted(), retryMetrics.mostRetriesBeforeSuccess()),
                new KeyHealth(
                        keys.ring().status().primaryVersion(),
                        keys.ring().status().openableVersions()));
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(health)
                .build();
    }
}
