package io.pierre.data.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pierre.data.admin.AdminRequirement;
import io.pierre.data.api.auth.AdminApi;
import io.pierre.data.api.auth.AdminAuthorizationInterceptor;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Deny by default, checked over every JAX-RS resource method the web module compiles: each one is an admin
 * operation (its class carries {@link AdminApi}, so the filter and the authorization interceptor run) or is on the
 * explicit public list. A new resource that forgets the annotation fails here, not in production.
 */
class ResourceProtectionTest {

    /** The only operations anyone may call without an admin token. The OpenAPI document is served by the server. */
    private static final Set<String> PUBLIC = Set.of("GET /api/health");

    @Test
    void everyResourceMethodIsAnAdminOperationOrExplicitlyPublic() throws Exception {
        List<String> unprotected = new ArrayList<>();
        Set<String> publicFound = new TreeSet<>();
        for (Method method : resourceMethods()) {
            String operation = operation(method);
            boolean admin = method.getDeclaringClass().isAnnotationPresent(AdminApi.class)
                    || method.isAnnotationPresent(AdminApi.class);
            if (admin && PUBLIC.contains(operation)) {
                unprotected.add(operation + " is on the public list but requires an admin token");
            } else if (!admin && PUBLIC.contains(operation)) {
                publicFound.add(operation);
            } else if (!admin) {
                unprotected.add(operation + " (" + method + ") has no @AdminApi and is not on the public list");
            }
        }
        assertEquals(List.of(), unprotected);
        assertEquals(PUBLIC, publicFound, "every public operation still exists");
    }

    @Test
    void theScanFindsTheAdminOperationsAndEachHasARequirementSuperAdminWhenItDeclaresNone() throws Exception {
        List<Method> methods = resourceMethods();
        assertTrue(methods.size() > 25, "found " + methods.size() + " resource methods");
        Set<String> superAdminOnly = new TreeSet<>();
        for (Method method : methods) {
            if (method.getDeclaringClass().isAnnotationPresent(AdminApi.class)) {
                assertTrue(AdminAuthorizationInterceptor.isResourceMethod(method), operation(method));
                if (AdminAuthorizationInterceptor.requirementOf(method) instanceof AdminRequirement.SuperAdmin) {
                    superAdminOnly.add(operation(method));
                }
            }
        }
        assertEquals(
                Set.of(),
                superAdminOnly,
                "today every admin operation names its permission; a new one that does not is super-admin only");
        assertFalse(AdminAuthorizationInterceptor.isResourceMethod(Object.class.getMethod("toString")));
    }

    /** Every public method with an HTTP method annotation, in every class under the web module's compiled output. */
    private static List<Method> resourceMethods() throws IOException, URISyntaxException, ClassNotFoundException {
        java.nio.file.Path classes = Paths.get(HealthResource.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<Method> methods = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file :
                    files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, ResourceProtectionTest.class.getClassLoader());
                for (Method method : type.getMethods()) {
                    if (method.getDeclaringClass() == type && AdminAuthorizationInterceptor.isResourceMethod(method)) {
                        methods.add(method);
                    }
                }
            }
        }
        return methods;
    }

    private static String operation(Method method) {
        String httpMethod = Stream.of(method.getAnnotations())
                .map(a -> a.annotationType().getAnnotation(jakarta.ws.rs.HttpMethod.class))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElseThrow()
                .value();
        Path classPath = method.getDeclaringClass().getAnnotation(Path.class);
        Path methodPath = method.getAnnotation(Path.class);
        return httpMethod + " /api" + (classPath == null ? "" : classPath.value())
                + (methodPath == null ? "" : methodPath.value());
    }
}
