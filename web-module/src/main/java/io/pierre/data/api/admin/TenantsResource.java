package io.pierre.data.api.admin;

import io.pierre.data.admin.AdminPermission;
import io.pierre.data.api.auth.RequiresPermission;
import io.pierre.data.db.Database;
import io.pierre.data.tenant.TenantId;
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
import java.util.UUID;

/** Tenants: create with their owner, get, list. */
@Path("/admin/tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresPermission(AdminPermission.MANAGE_USERS)
public class TenantsResource {

    @Inject
    Database db;

    @Inject
    AdminService admin;

    @POST
    public Response create(@NotNull @Valid Requests.CreateTenant request) {
        return Response.status(Response.Status.CREATED).entity(Views.TenantView.of(admin.createTenant(request))).build();
    }

    @GET
    public Views.Page<Views.TenantView> list() {
        List<Views.TenantView> tenants = db.tenants().listAll().stream().map(Views.TenantView::of).toList();
        return new Views.Page<>(tenants, null);
    }

    @GET
    @Path("/{id}")
    public Views.TenantView get(@PathParam("id") UUID id) {
        return Views.TenantView.of(db.tenants().getById(new TenantId(id)));
    }
}
