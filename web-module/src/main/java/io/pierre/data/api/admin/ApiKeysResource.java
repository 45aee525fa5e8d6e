package io.pierre.data.api.admin;

import io.pierre.data.Database;
import io.pierre.data.admin.AdminPermission;
import io.pierre.data.admin.AdminService;
import io.pierre.data.api.auth.AdminApi;
import io.pierre.data.api.auth.RequiresPermission;
import io.pierre.data.apikey.ApiKey;
import io.pierre.data.apikey.ApiKeyTier;
import io.pierre.data.db.DatabaseCodeConverter;
import io.pierre.data.error.NotFoundException;
import io.pierre.data.paging.PageRequest;
import io.pierre.data.retry.RetryOnTransientFailure;
import io.pierre.data.usage.UsageRepository;
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
import java.util.UUID;

/** A user's API keys: provision (raw key shown once), list, deactivate, usage statistics. */
@Path("/admin/users/{userId}/api-keys")
@RequestScoped
@AdminApi
@Transactional
@RetryOnTransientFailure
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApiKeysResource {

    @Inject
    Database db;

    @Inject
    AdminService admin;

    @POST
    @RequiresPermission(AdminPermission.PROVISION_KEYS)
    public Response provision(@PathParam("userId") UUID userId, @NotNull @Valid Requests.ProvisionApiKey request) {
        ApiKey.Issued issued = admin.provisionApiKey(
                userId, request.name(), DatabaseCodeConverter.fromCode(ApiKeyTier.class, request.tier()));
        return Response.status(Response.Status.CREATED)
                .entity(new Views.IssuedApiKey(Views.ApiKeyView.of(issued.key()), issued.rawKey()))
                .build();
    }

    @GET
    @RequiresPermission(AdminPermission.LIST_KEYS)
    public Views.Page<Views.ApiKeyView> list(
            @PathParam("userId") UUID userId,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        db.users().findByIdGlobal(userId).orElseThrow(() -> new NotFoundException("User", userId));
        return Views.Page.of(db.apiKeys().pageByUser(userId, PageRequest.after(cursor, limit)), Views.ApiKeyView::of);
    }

    @DELETE
    @Path("/{keyId}")
    @RequiresPermission(AdminPermission.REVOKE_KEYS)
    public Response deactivate(@PathParam("userId") UUID userId, @PathParam("keyId") UUID keyId) {
        admin.deactivateApiKey(userId, keyId);
        return Response.noContent().build();
    }

    @GET
    @Path("/{keyId}/usage")
    @RequiresPermission(AdminPermission.LIST_KEYS)
    public UsageRepository.ApiKeyUsageStats usage(
            @PathParam("userId") UUID userId,
            @PathParam("keyId") UUID keyId,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        db.apiKeys().findById(keyId, userId).orElseThrow(() -> new NotFoundException("API key", keyId));
        Instant end = QueryParams.instant(to, Instant.now());
        return db.usage().getApiKeyUsageStats(keyId, QueryParams.instant(from, end.minusSeconds(30L * 24 * 3600)), end);
    }
}
