package io.pierre.data.api.auth;

import jakarta.interceptor.InterceptorBinding;
import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an admin resource: every request needs an admin token. It binds, by annotation rather than by path, the
 * {@link AdminAuthFilter} (no {@code Authorization: Bearer} header: 401 before the resource runs) and the
 * {@link AdminAuthorizationInterceptor} (the token and the operation's requirement are checked in the request's
 * transaction). What a method requires: {@link RequiresPermission}, or {@link AnyAdminToken}; a method that declares
 * neither, on its own or on its class, is for super-admin tokens only.
 */
@NameBinding
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AdminApi {}
