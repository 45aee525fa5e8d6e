package io.pierre.data.security;

import io.pierre.data.db.DatabaseCode;
import io.pierre.data.db.DatabaseCodeConverter;
import jakarta.persistence.Converter;

/**
 * What an audit event records; stored as the original's PascalCase names (e.g. {@code UserLogin}), read leniently
 * as the original did (unknown: ToolExecuted).
 */
public enum AuditEventType implements DatabaseCode {
    USER_LOGIN("UserLogin"),
    USER_LOGOUT("UserLogout"),
    AUTHENTICATION_FAILED("AuthenticationFailed"),
    API_KEY_USED("ApiKeyUsed"),
    OAUTH_CREDENTIALS_ACCESSED("OAuthCredentialsAccessed"),
    OAUTH_CREDENTIALS_MODIFIED("OAuthCredentialsModified"),
    OAUTH_CREDENTIALS_CREATED("OAuthCredentialsCreated"),
    OAUTH_CREDENTIALS_DELETED("OAuthCredentialsDeleted"),
    TOKEN_REFRESHED("TokenRefreshed"),
    TENANT_CREATED("TenantCreated"),
    TENANT_MODIFIED("TenantModified"),
    TENANT_DELETED("TenantDeleted"),
    TENANT_USER_ADDED("TenantUserAdded"),
    TENANT_USER_REMOVED("TenantUserRemoved"),
    TENANT_USER_ROLE_CHANGED("TenantUserRoleChanged"),
    DATA_ENCRYPTED("DataEncrypted"),
    DATA_DECRYPTED("DataDecrypted"),
    KEY_ROTATED("KeyRotated"),
    ENCRYPTION_FAILED("EncryptionFailed"),
    TOOL_EXECUTED("ToolExecuted"),
    TOOL_EXECUTION_FAILED("ToolExecutionFailed"),
    PROVIDER_API_CALLED("ProviderApiCalled"),
    CONFIGURATION_CHANGED("ConfigurationChanged"),
    SYSTEM_MAINTENANCE("SystemMaintenance"),
    SECURITY_POLICY_VIOLATION("SecurityPolicyViolation");

    private final String databaseValue;

    AuditEventType(String databaseValue) {
        this.databaseValue = databaseValue;
    }

    @Override
    public String databaseValue() {
        return databaseValue;
    }

    @Converter
    public static class JpaConverter extends DatabaseCodeConverter<AuditEventType> {
        public JpaConverter() {
            super(AuditEventType.class, TOOL_EXECUTED);
        }
    }
}
