package io.pierre.data.admin;

import io.pierre.data.db.Timestamps;
import io.pierre.data.error.AccessDeniedException;
import io.pierre.data.error.NotAuthenticatedException;
import io.pierre.data.retry.RetryOnTransientFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks the token an admin request presented against what the operation requires, in the request's transaction
 * when it has one (so the check and the work commit, or are retried, together). Missing, unknown, expired or
 * deactivated tokens: {@link NotAuthenticatedException} (401). A token without the authority:
 * {@link AccessDeniedException} (403). Last use is recorded at most once a minute per token, so reads cost no write.
 */
@ApplicationScoped
@Transactional
@RetryOnTransientFailure
public class AdminAuthorization {

    private static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

    private final Map<UUID, Instant> lastRecordedUse = new ConcurrentHashMap<>();

    @Inject
    AdminRepository admins;

    @Inject
    AdminCaller caller;

    /** Authenticates the presented token and checks {@code requirement}; the caller then knows its token. */
    public AdminToken authorize(AdminRequirement requirement) {
        Instant now = Timestamps.now();
        AdminToken token = caller.presentedToken()
                .flatMap(raw -> admins.authenticate(raw, now))
                .orElseThrow(
                        () -> new NotAuthenticatedException("The admin token is unknown, expired or deactivated."));
        if (requirement instanceof AdminRequirement.Permission needed && !token.allows(needed.permission())) {
            throw new AccessDeniedException("This admin token lacks the permission "
                    + needed.permission().code() + ".");
        }
        if (requirement instanceof AdminRequirement.SuperAdmin && !token.isSuperAdmin()) {
            throw new AccessDeniedException("Only a super-admin token may call this operation.");
        }
        caller.authenticated(token);
        recordUse(token.id(), now);
        return token;
    }

    private void recordUse(UUID tokenId, Instant now) {
        Instant previous = lastRecordedUse.get(tokenId);
        if (previous == null || previous.plus(LAST_USE_RESOLUTION).isBefore(now)) {
            lastRecordedUse.put(tokenId, now);
            admins.updateTokenLastUsed(tokenId, caller.clientAddress());
        }
    }
}
