package io.pierre.data.api.admin;

import io.pierre.data.Database;
import io.pierre.data.admin.AdminPermission;
import io.pierre.data.api.auth.AdminApi;
import io.pierre.data.api.auth.RequiresPermission;
import io.pierre.data.paging.PageRequest;
import io.pierre.data.retry.RetryOnTransientFailure;
import io.pierre.data.tenancy.TenantId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;

/** Audit events of one tenant, or of all, by time range, newest first, with cursor pagination. */
@Path("/admin/audit")
@RequestScoped
@AdminApi
@Transactional
@RetryOnTransientFailure
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermission(AdminPermission.VIEW_AUDIT_LOGS)
public class AuditResource {

    @Inject
    Database db;

    @GET
    public Views.Page<Views.AuditEventView> query(
            @QueryParam("tenantId") String tenantId,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        Instant end = QueryParams.instant(to, Instant.now().plusSeconds(1));
        Instant start = QueryParams.instant(from, Instant.EPOCH);
        UUID tenant = QueryParams.uuidOrNull("tenantId", tenantId);
        PageRequest page = PageRequest.after(cursor, limit);
        return Views.Page.of(
                tenant == null
                        ? db.security().pageAllAuditEvents(start, end, page)
                        : db.security().pageAuditEvents(new TenantId(tenant), start, end, page),
                Views.AuditEventView::of);
    }
}
