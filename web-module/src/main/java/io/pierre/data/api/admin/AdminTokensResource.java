package io.pierre.data.api.admin;

import io.pierre.data.Database;
import io.pierre.data.admin.AdminPermission;
import io.pierre.data.admin.AdminService;
import io.pierre.data.admin.AdminToken;
import io.pierre.data.api.auth.AdminApi;
import io.pierre.data.api.auth.RequiresPermission;
import io.pierre.data.error.InvalidInputException;
import io.pierre.data.error.NotFoundException;
import io.pierre.data.paging.PageRequest;
import io.pierre.data.retry.RetryOnTransientFailure;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Admin tokens: create (raw token shown once), list, deactivate, usage history. Who may grant or deactivate what is
 * {@link AdminService}'s rule; the permission here only opens the door.
 */
@Path("/admin/tokens")
@RequestScoped
@AdminApi
@Transactional
@RetryOnTransientFailure
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresPermission(AdminPermission.MANAGE_ADMIN_TOKENS)
public class AdminTokensResource {

    @Inject
    Database db;

    @Inject
    AdminService admin;

    @POST
    public Response create(@NotNull @Valid Requests.CreateAdminToken request) {
        Set<AdminPermission> permissions = EnumSet.noneOf(AdminPermission.class);
        for (String code : request.permissions() == null ? List.<String>of() : request.permissions()) {
            permissions.add(AdminPermission.fromCode(code)
                    .orElseThrow(() -> new InvalidInputException("Unknown permission: " + code)));
        }
        AdminToken.Issued issued = admin.createAdminToken(
                request.serviceName(),
                request.description(),
                permissions,
                Boolean.TRUE.equals(request.superAdmin()),
                request.validityDays());
        return Response.status(Response.Status.CREATED)
                .entity(new Views.IssuedAdminToken(Views.AdminTokenView.of(issued.token()), issued.rawToken()))
                .build();
    }

    @GET
    public Views.Page<Views.AdminTokenView> list(
            @QueryParam("includeInactive") @DefaultValue("false") boolean includeInactive,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return Views.Page.of(
                db.admins().pageTokens(includeInactive, PageRequest.after(cursor, limit)), Views.AdminTokenView::of);
    }

    @DELETE
    @Path("/{id}")
    public Response deactivate(@PathParam("id") UUID id) {
        admin.deactivateAdminToken(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/usage")
    public List<Views.TokenUsageView> usage(
            @PathParam("id") UUID id, @QueryParam("from") String from, @QueryParam("to") String to) {
        db.admins().findTokenById(id).orElseThrow(() -> new NotFoundException("Admin token", id));
        Instant end = QueryParams.instant(to, Instant.now());
        return db
                .admins()
                .getUsageHistory(id, QueryParams.instant(from, end.minusSeconds(30L * 24 * 3600)), end)
                .stream()
                .map(Views.TokenUsageView::of)
                .toList();
    }
}
