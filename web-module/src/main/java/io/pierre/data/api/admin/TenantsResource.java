package io.pierre.data.api.admin;

import io.pierre.data.Database;
import io.pierre.data.admin.AdminPermission;
import io.pierre.data.admin.AdminService;
import io.pierre.data.api.auth.AdminApi;
import io.pierre.data.api.auth.RequiresPermission;
import io.pierre.data.db.DatabaseCodeConverter;
import io.pierre.data.paging.PageRequest;
import io.pierre.data.retry.RetryOnTransientFailure;
import io.pierre.data.tenancy.TenantId;
import io.pierre.data.tenant.TenantPlan;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/** Tenants: create with their owner, get, list, change plan or status, members. */
@Path("/admin/tenants")
@RequestScoped
@AdminApi
@Transactional
@RetryOnTransientFailure
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
        TenantPlan plan = request.plan() == null
                ? TenantPlan.STARTER
                : DatabaseCodeConverter.fromCode(TenantPlan.class, request.plan());
        return Response.status(Response.Status.CREATED)
                .entity(Views.TenantView.of(
                        admin.createTenant(request.name(), request.slug(), plan, request.ownerUserId())))
                .build();
    }

    @GET
    public Views.Page<Views.TenantView> list(
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("50") int limit) {
        return Views.Page.of(db.tenants().pageActive(PageRequest.after(cursor, limit)), Views.TenantView::of);
    }

    @PATCH
    @Path("/{id}")
    public Views.TenantView update(@PathParam("id") UUID id, @NotNull @Valid Requests.UpdateTenant request) {
        TenantPlan plan =
                request.plan() == null ? null : DatabaseCodeConverter.fromCode(TenantPlan.class, request.plan());
        return Views.TenantView.of(admin.updateTenant(id, plan, request.active()));
    }

    @GET
    @Path("/{id}/members")
    public List<Views.MemberView> members(@PathParam("id") UUID id) {
        return db.tenants().listMembers(new TenantId(id)).stream()
                .map(m -> new Views.MemberView(m.userId(), m.role().databaseValue()))
                .toList();
    }

    @GET
    @Path("/{id}")
    public Views.TenantView get(@PathParam("id") UUID id) {
        return Views.TenantView.of(db.tenants().getById(new TenantId(id)));
    }
}
