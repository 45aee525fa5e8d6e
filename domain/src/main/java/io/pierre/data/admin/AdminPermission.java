package io.pierre.data.admin;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** What an admin token may do; stored as a JSON array of the snake_case names. */
public enum AdminPermission {
    PROVISION_KEYS,
    LIST_KEYS,
    REVOKE_KEYS,
    UPDATE_KEY_LIMITS,
    MANAGE_ADMIN_TOKENS,
    VIEW_AUDIT_LOGS,
    MANAGE_USERS,
    VIEW_CONFIGURATION,
    MANAGE_CONFIGURATION;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The permission with this snake_case name; unknown names are dropped on load, as the original did. */
    public static Optional<AdminPermission> fromCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code().equals(code)).findFirst();
    }

    /** The original's default set for a non-super-admin token. */
    public static Set<AdminPermission> defaults() {
        return EnumSet.of(PROVISION_KEYS, LIST_KEYS, REVOKE_KEYS, UPDATE_KEY_LIMITS);
    }

    /** Every permission: what a super-admin token holds. */
    public static Set<AdminPermission> all() {
        return EnumSet.allOf(AdminPermission.class);
    }
}
