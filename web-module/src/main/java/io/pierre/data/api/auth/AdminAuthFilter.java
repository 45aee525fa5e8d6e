package io.pierre.data.api.auth;

import io.pierre.data.admin.AdminCaller;
import io.pierre.data.api.problem.Problem;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Runs for every {@link AdminApi} resource (bound by the annotation, not by a path): a request without
 * {@code Authorization: Bearer <token>} gets 401 before any resource code runs. The presented token is handed to the
 * {@link AdminCaller}; whether it is valid and may call the operation is checked by
 * {@link AdminAuthorizationInterceptor} inside the request's transaction, so this filter needs no database.
 */
@Provider
@AdminApi
@Priority(Priorities.AUTHENTICATION)
public class AdminAuthFilter implements ContainerRequestFilter {

    @Inject
    AdminCaller caller;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null
                || !header.regionMatches(true, 0, "Bearer ", 0, 7)
                || header.substring(7).isBlank()) {
            request.abortWith(Problem.unauthorized("Send an admin token: Authorization: Bearer <token>."));
            return;
        }
        caller.presented(header.substring(7).strip(), servletRequest == null ? null : servletRequest.getRemoteAddr());
    }
}
