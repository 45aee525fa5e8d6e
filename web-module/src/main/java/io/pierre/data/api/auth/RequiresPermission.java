package io.pierre.data.api.auth;

import io.pierre.data.admin.AdminPermission;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The permission an admin operation needs (super-admin tokens have them all); checked by {@link AdminAuthFilter}. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresPermission {

    AdminPermission value();
}
