package io.pierre.data.db;

import io.pierre.data.error.AccessDeniedException;
import io.pierre.data.error.InvalidInputException;
import io.pierre.data.error.NotFoundException;
import io.pierre.data.tenancy.TenantId;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;

/**
 * The original's validation helpers (spec §9.1), with exact rules. Differences: an email needs text on both sides
 * of a single '@' (the original accepted "a@" and "@@@"); a row of another tenant is reported as not found, so
 * its existence is not revealed.
 */
public final class Validation {

    private Validation() {}

    /** @throws InvalidInputException unless {@code email} is local@domain with both parts non-empty, at most 320 chars */
    public static String requireEmail(String email) {
        int at = email == null ? -1 : email.indexOf('@');
        if (at <= 0 || at != email.lastIndexOf('@') || at == email.length() - 1 || email.length() > 320) {
            throw new InvalidInputException("Invalid email format");
        }
        return email;
    }

    /** @throws NotFoundException unless the entity belongs to {@code expected} */
    public static void requireTenant(TenantId entityTenant, TenantId expected, String entityType, Object id) {
        if (!Objects.equals(entityTenant, expected)) {
            throw new NotFoundException(entityType, id);
        }
    }

    /** @throws InvalidInputException unless {@code expiresAt} is after {@code now} (equal means expired) */
    public static void requireNotExpired(Instant expiresAt, Instant now, String entityType) {
        if (!expiresAt.isAfter(now)) {
            throw new InvalidInputException(entityType + " has expired");
        }
    }

    /** @throws AccessDeniedException naming the first requested scope that was not granted (exact match) */
    public static void requireScopesGranted(Collection<String> requested, Collection<String> granted) {
        for (String scope : requested) {
            if (!granted.contains(scope)) {
                throw new AccessDeniedException("Scope '" + scope + "' not granted");
            }
        }
    }
}
