package io.pierre.data.api.admin;

import io.pierre.data.Database;
import io.pierre.data.admin.AdminPermission;
import io.pierre.data.admin.AdminService;
import io.pierre.data.api.auth.AdminApi;
import io.pierre.data.api.auth.RequiresPermission;
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

/** OAuth 2.0 clients of Pierre's authorization server: register (secret shown once), list, delete. */
@Path("/admin/oauth2/clients")
@RequestScoped
@AdminApi
@Transactional
@RetryOnTransientFailure
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresPermission(AdminPermission.MANAGE_CONFIGURATION)
public class OAuth2ClientsResource {

    @Inject
    Database db;

    @Inject
    AdminService admin;

    @POST
    public Response register(@NotNull @Valid Requests.RegisterOAuth2Client request) {
        return Response.status(Response.Status.CREATED)
                .entity(Views.RegisteredOAuth2Client.of(
                        admin.registerOAuth2Client(request.clientName(), request.redirectUris(), request.scope())))
                .build();
    }

    @GET
    public Views.Page<Views.OAuth2ClientView> list(
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("50") int limit) {
        return Views.Page.of(
                db.oauth2Server().pageClients(PageRequest.after(cursor, limit)), Views.OAuth2ClientView::of);
    }

    @DELETE
    @Path("/{clientId}")
    public Response delete(@PathParam("clientId") String clientId) {
        admin.deleteOAuth2Client(clientId);
        return Response.noContent().build();
    }
}
