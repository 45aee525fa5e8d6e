package io.pierre.data.admin;

import io.pierre.data.db.DatabaseCode;
import io.pierre.data.db.DatabaseCodeConverter;
import jakarta.persistence.Converter;

/** What an admin token was used for; unknown stored names read as {@link #PROVISION_KEY}, as the original. */
public enum AdminAction implements DatabaseCode {
    PROVISION_KEY,
    REVOKE_KEY,
    LIST_KEYS,
    UPDATE_KEY_LIMITS,
    LIST_ADMIN_TOKENS,
    REVOKE_ADMIN_TOKEN,
    VIEW_AUDIT_LOGS,
    MANAGE_USER;

    @Override
    public String databaseValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @Converter
    public static class JpaConverter extends DatabaseCodeConverter<AdminAction> {
        public JpaConverter() {
            super(AdminAction.class, PROVISION_KEY);
        }
    }
}
