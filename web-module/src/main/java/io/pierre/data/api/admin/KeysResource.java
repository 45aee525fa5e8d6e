package io.pierre.data.api.admin;

import io.pierre.data.admin.AdminPermission;
import io.pierre.data.api.auth.RequiresPermission;
import io.pierre.data.crypto.RotationService;
import io.pierre.data.db.Database;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** Data-key management: list versions, rotate (add + promote + background rewrap), rewrap progress, retire. */
@Path("/admin/keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermission(AdminPermission.MANAGE_CONFIGURATION)
public class KeysResource {

    @Inject
    Database db;

    @Inject
    RotationService rotation;

    @Inject
    AdminService admin;

    public record RotationStarted(int primaryVersion) {
    }

    public record RewrapProgress(int primaryVersion, Map<Integer, Long> valuesPerVersion, long remaining, boolean running) {
    }

    @GET
    public List<Views.KeyVersionView> list() {
        return db.security().getKeyVersions(null).stream().map(Views.KeyVersionView::of).toList();
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
        return new RewrapProgress(progress.primaryVersion(), progress.valuesPerVersion(), progress.remaining(), progress.running());
    }

    @POST
    @Path("/{version}/retire")
    public Response retire(@PathParam("version") int version) {
        rotation.retire(version);
        admin.recordKeyOperation("keys.retire", version);
        return Response.noContent().build();
    }
}
