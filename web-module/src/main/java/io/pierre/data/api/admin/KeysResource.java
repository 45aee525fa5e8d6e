package io.pierre.data.api.admin;

import io.pierre.data.admin.AdminPermission;
import io.pierre.data.admin.AdminService;
import io.pierre.data.api.auth.AdminApi;
import io.pierre.data.api.auth.RequiresPermission;
import io.pierre.data.crypto.RotationService;
import io.pierre.data.crypto.RotationSteps;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Data-key management: list versions, rotate (add + promote + background rewrap), rewrap progress, retire, and the
 * values the rewrap could not open. Unlike the other admin resources, a request here is not one transaction: each
 * rotation step commits on its own (a retried request must not rotate twice), and its audit record follows it.
 */
@Path("/admin/keys")
@RequestScoped
@AdminApi
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermission(AdminPermission.MANAGE_CONFIGURATION)
public class KeysResource {

    @Inject
    RotationService rotation;

    @Inject
    AdminService admin;

    public record RotationStarted(int primaryVersion) {}

    public record RewrapProgress(
            int primaryVersion,
            Map<Integer, Long> valuesPerVersion,
            long remaining,
            long unopenable,
            boolean running) {}

    @GET
    public List<Views.KeyVersionView> list() {
        return rotation.versions().stream().map(Views.KeyVersionView::of).toList();
    }

    @POST
    @Path("/rotate")
    public Response rotate() {
        int version = rotation.rotate();
        admin.recordKeyOperation("keys.rotate", version);
        return Response.accepted(new RotationStarted(version)).build();
    }

    @GET
    @Path("/rewrap")
    public RewrapProgress progress() {
        RotationService.Progress progress = rotation.progress();
        return new RewrapProgress(
                progress.primaryVersion(),
                progress.valuesPerVersion(),
                progress.remaining(),
                progress.unopenable(),
                progress.running());
    }

    @POST
    @Path("/{version}/retire")
    public Response retire(@PathParam("version") int version) {
        rotation.retire(version);
        admin.recordKeyOperation("keys.retire", version);
        return Response.noContent().build();
    }

    @GET
    @Path("/unopenable")
    public List<Views.UnopenableValueView> unopenable() {
        return rotation.unopenable().stream().map(Views.UnopenableValueView::of).toList();
    }

    @POST
    @Path("/unopenable/{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response resolve(@PathParam("id") UUID id, @NotNull @Valid Requests.ResolveUnopenable request) {
        admin.resolveUnopenable(
                id, RotationSteps.Resolution.valueOf(request.action().toUpperCase(Locale.ROOT)));
        return Response.noContent().build();
    }
}
