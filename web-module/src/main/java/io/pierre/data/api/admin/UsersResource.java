package io.pierre.data.api.admin;

import io.pierre.data.Database;
import io.pierre.data.admin.AdminPermission;
import io.pierre.data.admin.AdminService;
import io.pierre.data.api.auth.AdminApi;
import io.pierre.data.api.auth.RequiresPermission;
import io.pierre.data.error.InvalidInputException;
import io.pierre.data.error.NotFoundException;
import io.pierre.data.paging.PageRequest;
import io.pierre.data.retry.RetryOnTransientFailure;
import io.pierre.data.user.UserStatus;
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
import java.util.UUID;

/** Users: create (Argon2id password hash), list by status with cursor pagination, get, approve/suspend/reactivate, delete. */
@Path("/admin/users")
@RequestScoped
@AdminApi
@Transactional
@RetryOnTransientFailure
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresPermission(AdminPermission.MANAGE_USERS)
public class UsersResource {

    @Inject
    Database db;

    @Inject
    AdminService admin;

    @POST
    public Response create(@NotNull @Valid Requests.CreateUser request) {
        return Response.status(Response.Status.CREATED)
                .entity(Views.UserView.of(admin.createUser(request.email(), request.password(), request.displayName())))
                .build();
    }

    @GET
    public Views.Page<Views.UserView> list(
            @QueryParam("status") @DefaultValue("pending") String status,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        UserStatus parsed = UserStatus.parse(status)
                .orElseThrow(() -> new InvalidInputException("status must be pending, active or suspended"));
        return Views.Page.of(db.users().pageByStatus(parsed, PageRequest.after(cursor, limit)), Views.UserView::of);
    }

    @GET
    @Path("/{id}")
    public Views.UserView get(@PathParam("id") UUID id) {
        return Views.UserView.of(db.users().findByIdGlobal(id).orElseThrow(() -> new NotFoundException("User", id)));
    }

    @POST
    @Path("/{id}/approve")
    public Views.UserView approve(@PathParam("id") UUID id) {
        return Views.UserView.of(admin.changeUserStatus(id, UserStatus.ACTIVE));
    }

    @POST
    @Path("/{id}/suspend")
    public Views.UserView suspend(@PathParam("id") UUID id) {
        return Views.UserView.of(admin.changeUserStatus(id, UserStatus.SUSPENDED));
    }

    @POST
    @Path("/{id}/reactivate")
    public Views.UserView reactivate(@PathParam("id") UUID id) {
        return Views.UserView.of(admin.changeUserStatus(id, UserStatus.ACTIVE));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") UUID id) {
        admin.deleteUser(id);
        return Response.noContent().build();
    }
}
