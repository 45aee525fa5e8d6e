package io.pierre.data.api.auth;

import io.pierre.data.admin.AdminToken;
import io.pierre.data.api.problem.Problem;
import io.pierre.data.db.Database;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every {@code /api/admin} request needs {@code Authorization: Bearer <admin token>}: an active, unexpired token
 * (digest compared in constant time) that holds the operation's {@link RequiresPermission}. Missing or bad
 * tokens get 401, missing permissions 403, before any resource code runs. Last use is recorded at most once a
 * minute per token, so reads cost no write.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AdminAuthFilter implements ContainerRequestFilter {

    private static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);
    private static final Map<UUID, Instant> LAST_RECORDED_USE = new ConcurrentHashMap<>();

    @Inject
    Database db;

    @Inject
    CurrentAdmin currentAdmin;

    @Context
    ResourceInfo resourceInfo;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/admin") && !request.getUriInfo().getPath().startsWith("admin")) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            request.abortWith(unauthorized("Send an admin token: Authorization: Bearer <token>."));
            return;
        }
        Instant now = Instant.now();
        Optional<AdminToken> token = db.admins().authenticate(header.substring(7).strip(), now);
        if (token.isEmpty()) {
            request.abortWith(unauthorized("The admin token is unknown, expired or deactivated."));
            return;
        }
        RequiresPermission required = Optional.ofNullable(resourceInfo.getResourceMethod().getAnnotation(RequiresPermission.class))
                .orElse(resourceInfo.getResourceClass().getAnnotation(RequiresPermission.class));
        if (required != null && !token.get().allows(required.value())) {
            request.abortWith(Problem.response(Response.Status.FORBIDDEN, "Forbidden",
                    "This admin token lacks the permission " + required.value().code() + "."));
            return;
        }
        String address = servletRequest == null ? null : servletRequest.getRemoteAddr();
        currentAdmin.authenticated(token.get(), address);
        recordUse(token.get().id(), address, now);
    }

    private void recordUse(UUID tokenId, String address, Instant now) {
        Instant previous = LAST_RECORDED_USE.get(tokenId);
        if (previous == null || previous.plus(LAST_USE_RESOLUTION).isBefore(now)) {
            LAST_RECORDED_USE.put(tokenId, now);
            db.admins().updateTokenLastUsed(tokenId, address);
        }
    }

    private static Response unauthorized(String detail) {
        return Response.fromResponse(Problem.response(Response.Status.UNAUTHORIZED, "Unauthorized", detail))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"pierre-admin\"").build();
    }
}
