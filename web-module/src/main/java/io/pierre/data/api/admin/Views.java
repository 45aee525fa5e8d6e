package io.pierre.data.api.admin;

import io.pierre.data.admin.AdminPermission;
import io.pierre.data.admin.AdminService;
import io.pierre.data.admin.AdminToken;
import io.pierre.data.admin.AdminTokenUsage;
import io.pierre.data.apikey.ApiKey;
import io.pierre.data.crypto.KeyVersion;
import io.pierre.data.crypto.UnopenableValue;
import io.pierre.data.paging.CursorPage;
import io.pierre.data.security.AuditEvent;
import io.pierre.data.tenant.Tenant;
import io.pierre.data.user.User;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** What the admin API returns: plain records, never entities, so no secret or digest can leak into a response. */
public final class Views {

    private Views() {}

    public record Page<T>(List<T> items, String nextCursor) {
        public static <E, T> Page<T> of(CursorPage<E> page, Function<E, T> view) {
            return new Page<>(
                    page.items().stream().map(view).toList(), page.nextCursor().orElse(null));
        }
    }

    public record UserView(
            UUID id,
            String email,
            String displayName,
            String status,
            String role,
            String tier,
            Instant createdAt,
            Instant approvedAt,
            UUID approvedBy) {
        public static UserView of(User user) {
            return new UserView(
                    user.id(),
                    user.email(),
                    user.displayName().orElse(null),
                    user.status().databaseValue(),
                    user.role().databaseValue(),
                    user.tier().databaseValue(),
                    user.createdAt(),
                    user.approvedAt().orElse(null),
                    user.approvedBy().orElse(null));
        }
    }

    public record TenantView(
            UUID id,
            String name,
            String slug,
            String domain,
            String plan,
            UUID ownerUserId,
            boolean active,
            Instant createdAt) {
        public static TenantView of(Tenant tenant) {
            return new TenantView(
                    tenant.id().value(),
                    tenant.name(),
                    tenant.slug(),
                    tenant.domain().orElse(null),
                    tenant.plan().databaseValue(),
                    tenant.ownerUserId(),
                    tenant.isActive(),
                    tenant.createdAt());
        }
    }

    public record ApiKeyView(
            UUID id,
            String name,
            String prefix,
            String tier,
            boolean active,
            Instant createdAt,
            Instant expiresAt,
            Instant lastUsedAt) {
        public static ApiKeyView of(ApiKey key) {
            return new ApiKeyView(
                    key.id(),
                    key.name(),
                    key.keyPrefix(),
                    key.tier().databaseValue(),
                    key.isActive(),
                    key.createdAt(),
                    key.expiresAt().orElse(null),
                    key.lastUsedAt().orElse(null));
        }
    }

    /** The only response that carries a raw API key: it is not stored anywhere. */
    public record IssuedApiKey(ApiKeyView apiKey, String key) {
        @Override
        public String toString() {
            return "IssuedApiKey[" + apiKey + ", key=(redacted)]";
        }
    }

    public record AdminTokenView(
            UUID id,
            String serviceName,
            String prefix,
            List<String> permissions,
            boolean superAdmin,
            boolean active,
            Instant createdAt,
            Instant expiresAt,
            Instant lastUsedAt,
            long usageCount) {
        public static AdminTokenView of(AdminToken token) {
            return new AdminTokenView(
                    token.id(),
                    token.serviceName(),
                    token.tokenPrefix(),
                    token.permissions().stream().map(AdminPermission::code).toList(),
                    token.isSuperAdmin(),
                    token.isActive(),
                    token.createdAt(),
                    token.expiresAt().orElse(null),
                    token.lastUsedAt().orElse(null),
                    token.usageCount());
        }
    }

    /** The only response that carries a raw admin token: it is not stored anywhere. */
    public record IssuedAdminToken(AdminTokenView adminToken, String token) {
        @Override
        public String toString() {
            return "IssuedAdminToken[" + adminToken + ", token=(redacted)]";
        }
    }

    public record TokenUsageView(Instant timestamp, String action, String target, boolean success) {
        public static TokenUsageView of(AdminTokenUsage usage) {
            return new TokenUsageView(
                    usage.timestamp(),
                    usage.action().databaseValue(),
                    usage.targetResource().orElse(null),
                    usage.isSuccess());
        }
    }

    public record MemberView(UUID userId, String role) {}

    public record OAuth2ClientView(
            String clientId,
            String clientName,
            List<String> redirectUris,
            List<String> grantTypes,
            String scope,
            Instant createdAt) {
        public static OAuth2ClientView of(io.pierre.data.oauth2.OAuth2Client client) {
            return new OAuth2ClientView(
                    client.clientId(),
                    client.clientName().orElse(null),
                    client.redirectUris(),
                    client.grantTypes(),
                    client.scope().orElse(null),
                    client.createdAt());
        }
    }

    /** The only response that carries an OAuth2 client secret: only its digest is stored. */
    public record RegisteredOAuth2Client(OAuth2ClientView client, String clientSecret) {
        public static RegisteredOAuth2Client of(AdminService.RegisteredClient registered) {
            return new RegisteredOAuth2Client(OAuth2ClientView.of(registered.client()), registered.clientSecret());
        }

        @Override
        public String toString() {
            return "RegisteredOAuth2Client[" + client + ", clientSecret=(redacted)]";
        }
    }

    public record KeyVersionView(int version, String state, Instant createdAt, Instant demotedAt, long usageReserved) {
        public static KeyVersionView of(KeyVersion key) {
            return new KeyVersionView(
                    key.version(),
                    key.state().databaseValue(),
                    key.createdAt(),
                    key.demotedAt().orElse(null),
                    key.usageReserved());
        }
    }

    /** A value the rewrap could not open: where it is, never what it is. */
    public record UnopenableValueView(
            UUID id, String table, String column, String rowKey, int keyVersion, String reason, Instant detectedAt) {
        public static UnopenableValueView of(UnopenableValue value) {
            return new UnopenableValueView(
                    value.id(),
                    value.tableName(),
                    value.columnName(),
                    value.rowKey(),
                    value.keyVersion(),
                    value.reason(),
                    value.detectedAt());
        }
    }

    public record AuditEventView(
            UUID id,
            Instant timestamp,
            String type,
            String severity,
            String description,
            String action,
            String resource,
            String result,
            UUID tenantId,
            UUID userId) {
        public static AuditEventView of(AuditEvent event) {
            return new AuditEventView(
                    event.id(),
                    event.timestamp(),
                    event.type().databaseValue(),
                    event.severity().databaseValue(),
                    event.description(),
                    event.action().orElse(null),
                    event.resource().orElse(null),
                    event.result(),
                    event.tenantId().map(t -> t.value()).orElse(null),
                    event.userId().orElse(null));
        }
    }
}
