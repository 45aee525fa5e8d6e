package io.pierre.data.api.auth;

import io.pierre.data.admin.AdminPermission;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission an {@link AdminApi} operation needs (super-admin tokens hold them all); on a method it replaces its
 * class's declaration. Checked by {@link AdminAuthorizationInterceptor}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresPermission {

    AdminPermission value();
}
