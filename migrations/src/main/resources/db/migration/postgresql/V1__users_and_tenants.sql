-- Users, their profile and OAuth app credentials (the product's migration 01 in its final shape after 12, 15
-- and 18), plus tenants and tenant membership: a user is visible in a tenant iff it is a member, so the users
-- slice needs membership from the start. Same tables, columns and constraints as db/migration/sqlite/V1,
-- in native PostgreSQL types: uuid, boolean, timestamptz (UTC instants), jsonb.

CREATE TABLE users (
    id            uuid         NOT NULL PRIMARY KEY,
    email         varchar(320) NOT NULL,
    display_name  varchar(255),
    password_hash varchar(255) NOT NULL,
    tier          varchar(20)  NOT NULL DEFAULT 'starter' CHECK (tier IN ('starter', 'professional', 'enterprise')),
    -- Legacy primary tenant; tenant_users is the source of truth and this column is kept consistent with it.
    tenant_id     uuid,
    is_active     boolean      NOT NULL DEFAULT true,
    user_status   varchar(20)  NOT NULL DEFAULT 'pending' CHECK (user_status IN ('pending', 'active', 'suspended')),
    is_admin      boolean      NOT NULL DEFAULT false,
    role          varchar(20)  NOT NULL DEFAULT 'user' CHECK (role IN ('user', 'admin', 'super_admin')),
    approved_by   uuid         REFERENCES users (id) ON DELETE SET NULL,
    approved_at   timestamptz,
    created_at    timestamptz  NOT NULL,
    last_active   timestamptz  NOT NULL,
    firebase_uid  varchar(128),
    auth_provider varchar(50)  NOT NULL DEFAULT 'email',
    CONSTRAINT users_email_key UNIQUE (email)
);
CREATE UNIQUE INDEX idx_users_firebase_uid ON users (firebase_uid) WHERE firebase_uid IS NOT NULL;
CREATE INDEX idx_users_status_created ON users (user_status, created_at DESC, id DESC);
CREATE INDEX idx_users_created ON users (created_at);
CREATE INDEX idx_users_tenant ON users (tenant_id);

CREATE TABLE user_profiles (
    user_id      uuid        NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    profile_data jsonb       NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL
);

CREATE TABLE user_oauth_app_credentials (
    id            uuid          NOT NULL PRIMARY KEY,
    user_id       uuid          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    provider      varchar(32)   NOT NULL CHECK (provider IN ('strava', 'fitbit', 'garmin', 'whoop', 'terra', 'coros', 'synthetic')),
    client_id     varchar(255)  NOT NULL,
    -- Sealed envelope (AES-256-GCM bound to user and provider), never plaintext.
    client_secret text          NOT NULL,
    redirect_uri  varchar(2048) NOT NULL,
    created_at    timestamptz   NOT NULL,
    updated_at    timestamptz   NOT NULL,
    CONSTRAINT user_oauth_app_credentials_user_provider_key UNIQUE (user_id, provider)
);

CREATE TABLE tenants (
    id            uuid         NOT NULL PRIMARY KEY,
    name          varchar(255) NOT NULL,
    slug          varchar(100) NOT NULL,
    domain        varchar(255),
    plan          varchar(20)  NOT NULL DEFAULT 'starter' CHECK (plan IN ('starter', 'professional', 'enterprise')),
    -- RESTRICT: a tenant's owner cannot be deleted until ownership moves (the original left orphans).
    owner_user_id uuid         NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
    is_active     boolean      NOT NULL DEFAULT true,
    created_at    timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL,
    CONSTRAINT tenants_slug_key UNIQUE (slug),
    CONSTRAINT tenants_domain_key UNIQUE (domain)
);
CREATE INDEX idx_tenants_owner ON tenants (owner_user_id);
ALTER TABLE users ADD CONSTRAINT users_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES tenants (id) ON DELETE SET NULL;

CREATE TABLE tenant_users (
    id          uuid        NOT NULL PRIMARY KEY,
    tenant_id   uuid        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    user_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role        varchar(20) NOT NULL DEFAULT 'member' CHECK (role IN ('owner', 'admin', 'member', 'viewer')),
    permissions jsonb,
    invited_by  uuid        REFERENCES users (id) ON DELETE SET NULL,
    invited_at  timestamptz NOT NULL,
    joined_at   timestamptz,
    is_active   boolean     NOT NULL DEFAULT true,
    CONSTRAINT tenant_users_tenant_user_key UNIQUE (tenant_id, user_id)
);
CREATE INDEX idx_tenant_users_user ON tenant_users (user_id);
