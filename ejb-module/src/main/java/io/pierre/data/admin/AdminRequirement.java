package io.pierre.data.admin;

/** What an admin operation requires of the token that calls it. Deny by default: no declaration means a super-admin. */
public sealed interface AdminRequirement {

    /** A token holding this permission (a super-admin token holds them all). */
    record Permission(AdminPermission permission) implements AdminRequirement {}

    /** Any valid admin token, whatever its permissions: declared explicitly, never the default. */
    record AnyToken() implements AdminRequirement {}

    /** A super-admin token: what an operation requires when it declares nothing. */
    record SuperAdmin() implements AdminRequirement {}
}
