package io.pierre.data.api.auth;

import io.pierre.data.admin.AdminAuthorization;
import io.pierre.data.admin.AdminRequirement;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.HttpMethod;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Checks the admin token of every {@link AdminApi} operation before it runs: in the request's transaction when the
 * resource has one ({@code PLATFORM_BEFORE + 350} puts it inside {@code @Transactional} at +200 and after the SQLite
 * write lock at +300), so a retry re-runs the check with the work. Deny by default: {@link #requirementOf} turns a
 * method that declares nothing into a super-admin requirement.
 */
@Interceptor
@AdminApi
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 350)
public class AdminAuthorizationInterceptor {

    @Inject
    AdminAuthorization authorization;

    @AroundInvoke
    public Object authorize(InvocationContext invocation) throws Exception {
        if (isResourceMethod(invocation.getMethod())) {
            authorization.authorize(requirementOf(invocation.getMethod()));
        }
        return invocation.proceed();
    }

    /**
     * Whether the method answers HTTP requests. {@link AdminApi} also binds {@link AdminAuthFilter}, which is a bean
     * this interceptor sees too: its {@code filter} method must run before any check, since it hands over the token.
     */
    public static boolean isResourceMethod(Method method) {
        return Arrays.stream(method.getAnnotations())
                .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
    }

    /** The method's declaration, else its class's; neither: super-admin only. */
    public static AdminRequirement requirementOf(Method method) {
        for (AnnotatedElement element : new AnnotatedElement[] {method, method.getDeclaringClass()}) {
            RequiresPermission permission = element.getAnnotation(RequiresPermission.class);
            if (permission != null) {
                return new AdminRequirement.Permission(permission.value());
            }
            if (element.isAnnotationPresent(AnyAdminToken.class)) {
                return new AdminRequirement.AnyToken();
            }
        }
        return new AdminRequirement.SuperAdmin();
    }
}
