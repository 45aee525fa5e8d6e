-- Users, their profile and OAuth app credentials (the product's migration 01 in its final shape after 12, 15
-- and 18), plus tenants and tenant membership: a user is visible in a tenant iff it is a member, so the users
-- slice needs membership from the start.
--
-- Declared types are the ones Hibernate's SQLite dialect expects, so schema validation passes:
-- UUIDs are BLOB (16 bytes, byte order = PostgreSQL's uuid order), booleans BOOLEAN (0/1), instants TIMESTAMP
-- (sqlite-jdbc stores epoch milliseconds, which compare correctly). Timestamps are always written by the
-- application: no CURRENT_TIMESTAMP defaults, which would store text in another format.

CREATE TABLE users (
    id            BLOB      NOT NULL PRIMARY KEY,
    email         VARCHAR(320) NOT NULL,
    display_name  VARCHAR(255),
    password_hash VARCHAR(255) NOT NULL,
    tier          VARCHAR(20) NOT NULL DEFAULT 'starter' CHECK (tier IN ('starter', 'professional', 'enterprise')),
    -- Legacy primary tenant; tenant_users is the source of truth and this column is kept consistent with it.
    -- SQLite resolves the forward reference when rows are written, after tenants exists.
    tenant_id     BLOB      REFERENCES tenants (id) ON DELETE SET NULL,
    is_active     BOOLEAN   NOT NULL DEFAULT 1,
    user_status   VARCHAR(20) NOT NULL DEFAULT 'pending' CHECK (user_status IN ('pending', 'active', 'suspended')),
    is_admin      BOOLEAN   NOT NULL DEFAULT 0,
    role          VARCHAR(20) NOT NULL DEFAULT 'user' CHECK (role IN ('user', 'admin', 'super_admin')),
    approved_by   BLOB      REFERENCES users (id) ON DELETE SET NULL,
    approved_at   TIMESTAMP,
    created_at    TIMESTAMP NOT NULL,
    last_active   TIMESTAMP NOT NULL,
    firebase_uid  VARCHAR(128),
    auth_provider VARCHAR(50) NOT NULL DEFAULT 'email',
    CONSTRAINT users_email_key UNIQUE (email)
);
CREATE UNIQUE INDEX idx_users_firebase_uid ON users (firebase_uid) WHERE firebase_uid IS NOT NULL;
CREATE INDEX idx_users_status_created ON users (user_status, created_at DESC, id DESC);
CREATE INDEX idx_users_created ON users (created_at);
CREATE INDEX idx_users_tenant ON users (tenant_id);

CREATE TABLE user_profiles (
    user_id      BLOB      NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    profile_data TEXT      NOT NULL,
    created_at   TIMESTAMP NOT NULL,
    updated_at   TIMESTAMP NOT NULL
);

CREATE TABLE user_oauth_app_credentials (
    id            BLOB         NOT NULL PRIMARY KEY,
    user_id       BLOB         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    provider      VARCHAR(32)  NOT NULL CHECK (provider IN ('strava', 'fitbit', 'garmin', 'whoop', 'terra', 'coros', 'synthetic')),
    client_id     VARCHAR(255) NOT NULL,
    -- Sealed envelope (AES-256-GCM bound to user and provider), never plaintext.
    client_secret TEXT         NOT NULL,
    redirect_uri  VARCHAR(2048) NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    updated_at    TIMESTAMP    NOT NULL,
    CONSTRAINT user_oauth_app_credentials_user_provider_key UNIQUE (user_id, provider)
);

CREATE TABLE tenants (
    id            BLOB         NOT NULL PRIMARY KEY,
    name          VARCHAR(255) NOT NULL,
    slug          VARCHAR(100) NOT NULL,
    domain        VARCHAR(255),
    plan          VARCHAR(20)  NOT NULL DEFAULT 'starter' CHECK (plan IN ('starter', 'professional', 'enterprise')),
    -- RESTRICT: a tenant's owner cannot be deleted until ownership moves (the original left orphans).
    owner_user_id BLOB         NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
    is_active     BOOLEAN      NOT NULL DEFAULT 1,
    created_at    TIMESTAMP    NOT NULL,
    updated_at    TIMESTAMP    NOT NULL,
    CONSTRAINT tenants_slug_key UNIQUE (slug),
    CONSTRAINT tenants_domain_key UNIQUE (domain)
);
CREATE INDEX idx_tenants_owner ON tenants (owner_user_id);

CREATE TABLE tenant_users (
    id          BLOB        NOT NULL PRIMARY KEY,
    tenant_id   BLOB        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    user_id     BLOB        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role        VARCHAR(20) NOT NULL DEFAULT 'member' CHECK (role IN ('owner', 'admin', 'member', 'viewer')),
    permissions TEXT,
    invited_by  BLOB        REFERENCES users (id) ON DELETE SET NULL,
    invited_at  TIMESTAMP   NOT NULL,
    joined_at   TIMESTAMP,
    is_active   BOOLEAN     NOT NULL DEFAULT 1,
    CONSTRAINT tenant_users_tenant_user_key UNIQUE (tenant_id, user_id)
);
CREATE INDEX idx_tenant_users_user ON tenant_users (user_id);
