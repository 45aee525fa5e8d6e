-- Access control: API keys and their usage (product migrations 02 and 03), admin tokens (05), tenant OAuth
-- credentials and OAuth apps (09), the OAuth 2.0 server (08). Same tables as db/migration/sqlite/V3 in
-- PostgreSQL types. Bearer secrets are digests (SHA-256 hex) with a unique public prefix.

CREATE TABLE api_keys (
    id                        uuid          NOT NULL PRIMARY KEY,
    user_id                   uuid          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name                      varchar(255)  NOT NULL,
    description               varchar(1000),
    key_hash                  varchar(64)   NOT NULL,
    key_prefix                varchar(32)   NOT NULL,
    tier                      varchar(20)   NOT NULL CHECK (tier IN ('trial', 'starter', 'professional', 'enterprise')),
    -- NULL: unlimited (enterprise)
    rate_limit_requests       integer,
    rate_limit_window_seconds integer       NOT NULL,
    is_active                 boolean       NOT NULL DEFAULT true,
    expires_at                timestamptz,
    last_used_at              timestamptz,
    created_at                timestamptz     NOT NULL,
    CONSTRAINT api_keys_key_hash_key UNIQUE (key_hash),
    CONSTRAINT api_keys_key_prefix_key UNIQUE (key_prefix)
);
CREATE INDEX idx_api_keys_user ON api_keys (user_id, created_at DESC);

CREATE TABLE api_key_usage (
    id                  uuid         NOT NULL PRIMARY KEY,
    api_key_id          uuid         NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
    timestamp           timestamptz    NOT NULL,
    tool_name           varchar(255) NOT NULL,
    status_code         integer      NOT NULL,
    response_time_ms    integer,
    error_message       varchar(2000),
    request_size_bytes  integer,
    response_size_bytes integer,
    ip_address          varchar(64),
    user_agent          varchar(512)
);
CREATE INDEX idx_api_key_usage_key_time ON api_key_usage (api_key_id, timestamp);
CREATE INDEX idx_api_key_usage_time ON api_key_usage (timestamp);

CREATE TABLE jwt_usage (
    id                  uuid         NOT NULL PRIMARY KEY,
    user_id             uuid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    timestamp           timestamptz    NOT NULL,
    endpoint            varchar(512) NOT NULL,
    method              varchar(16)  NOT NULL,
    status_code         integer      NOT NULL,
    response_time_ms    integer,
    request_size_bytes  integer,
    response_size_bytes integer,
    ip_address          varchar(64),
    user_agent          varchar(512)
);
CREATE INDEX idx_jwt_usage_user_time ON jwt_usage (user_id, timestamp);

CREATE TABLE request_logs (
    id               uuid          NOT NULL PRIMARY KEY,
    user_id          uuid          REFERENCES users (id) ON DELETE CASCADE,
    api_key_id       uuid          REFERENCES api_keys (id) ON DELETE CASCADE,
    timestamp        timestamptz     NOT NULL,
    method           varchar(16)   NOT NULL,
    endpoint         varchar(512)  NOT NULL,
    status_code      integer       NOT NULL,
    response_time_ms integer,
    error_message    varchar(2000)
);
CREATE INDEX idx_request_logs_time ON request_logs (timestamp DESC);

CREATE TABLE admin_tokens (
    id                  uuid          NOT NULL PRIMARY KEY,
    service_name        varchar(255)  NOT NULL,
    service_description varchar(1000),
    token_hash          varchar(64)   NOT NULL,
    token_prefix        varchar(32)   NOT NULL,
    permissions         varchar(1000) NOT NULL,
    is_super_admin      boolean       NOT NULL DEFAULT false,
    is_active           boolean       NOT NULL DEFAULT true,
    created_at          timestamptz     NOT NULL,
    expires_at          timestamptz,
    last_used_at        timestamptz,
    last_used_ip        varchar(64),
    usage_count         bigint        NOT NULL DEFAULT 0,
    CONSTRAINT admin_tokens_token_prefix_key UNIQUE (token_prefix)
);

CREATE TABLE admin_token_usage (
    id                 uuid          NOT NULL PRIMARY KEY,
    admin_token_id     uuid          NOT NULL REFERENCES admin_tokens (id) ON DELETE CASCADE,
    timestamp          timestamptz     NOT NULL,
    action             varchar(64)   NOT NULL,
    target_resource    varchar(512),
    ip_address         varchar(64),
    user_agent         varchar(512),
    request_size_bytes integer,
    success            boolean       NOT NULL,
    error_message      varchar(2000),
    response_time_ms   integer
);
CREATE INDEX idx_admin_token_usage_token_time ON admin_token_usage (admin_token_id, timestamp);

CREATE TABLE admin_provisioned_keys (
    id                     uuid         NOT NULL PRIMARY KEY,
    admin_token_id         uuid         NOT NULL REFERENCES admin_tokens (id) ON DELETE CASCADE,
    api_key_id             uuid         NOT NULL,
    user_email             varchar(320) NOT NULL,
    requested_tier         varchar(20)  NOT NULL,
    provisioned_at         timestamptz    NOT NULL,
    provisioned_by_service varchar(255) NOT NULL,
    rate_limit_requests    integer      NOT NULL,
    rate_limit_period      varchar(16)  NOT NULL CHECK (rate_limit_period IN ('hour', 'day', 'month')),
    key_status             varchar(16)  NOT NULL DEFAULT 'active',
    revoked_at             timestamptz,
    revoked_reason         varchar(1000)
);
CREATE INDEX idx_admin_provisioned_time ON admin_provisioned_keys (provisioned_at);

CREATE TABLE tenant_oauth_credentials (
    id                 uuid          NOT NULL PRIMARY KEY,
    tenant_id          uuid          NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    provider           varchar(32)   NOT NULL CHECK (provider IN ('strava', 'fitbit', 'garmin', 'whoop', 'terra', 'coros', 'synthetic')),
    client_id          varchar(255)  NOT NULL,
    -- Sealed envelope bound to (tenant, provider).
    client_secret      text          NOT NULL,
    redirect_uri       varchar(2048) NOT NULL,
    scopes             varchar(2000) NOT NULL,
    rate_limit_per_day integer       NOT NULL DEFAULT 1000,
    is_active          boolean       NOT NULL DEFAULT true,
    created_at         timestamptz     NOT NULL,
    updated_at         timestamptz     NOT NULL,
    CONSTRAINT tenant_oauth_credentials_tenant_provider_key UNIQUE (tenant_id, provider)
);

CREATE TABLE oauth_apps (
    id                 uuid          NOT NULL PRIMARY KEY,
    client_id          varchar(255)  NOT NULL,
    client_secret_hash varchar(128)  NOT NULL,
    name               varchar(255)  NOT NULL,
    description        varchar(1000),
    redirect_uris      varchar(4000) NOT NULL,
    scopes             varchar(2000) NOT NULL,
    app_type           varchar(20)   NOT NULL DEFAULT 'public' CHECK (app_type IN ('public', 'confidential')),
    owner_user_id      uuid          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    is_active          boolean       NOT NULL DEFAULT true,
    created_at         timestamptz     NOT NULL,
    updated_at         timestamptz     NOT NULL,
    CONSTRAINT oauth_apps_client_id_key UNIQUE (client_id)
);
CREATE INDEX idx_oauth_apps_owner ON oauth_apps (owner_user_id);

CREATE TABLE oauth2_clients (
    id                 uuid          NOT NULL PRIMARY KEY,
    client_id          varchar(255)  NOT NULL,
    client_secret_hash varchar(255)  NOT NULL,
    redirect_uris      varchar(4000) NOT NULL,
    grant_types        varchar(1000) NOT NULL,
    response_types     varchar(1000) NOT NULL,
    client_name        varchar(255),
    client_uri         varchar(2048),
    scope              varchar(2000),
    created_at         timestamptz     NOT NULL,
    expires_at         timestamptz,
    CONSTRAINT oauth2_clients_client_id_key UNIQUE (client_id)
);

-- Codes and refresh tokens are stored as SHA-256 digests of the value the client holds.
CREATE TABLE oauth2_auth_codes (
    code_hash             varchar(64)   NOT NULL PRIMARY KEY,
    client_id             varchar(255)  NOT NULL REFERENCES oauth2_clients (client_id) ON DELETE CASCADE,
    user_id               uuid          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    tenant_id             uuid          NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    redirect_uri          varchar(2048) NOT NULL,
    scope                 varchar(2000),
    created_at            timestamptz     NOT NULL,
    expires_at            timestamptz     NOT NULL,
    used                  boolean       NOT NULL DEFAULT false,
    state                 varchar(512),
    code_challenge        varchar(255),
    code_challenge_method varchar(16)
);
CREATE INDEX idx_oauth2_auth_codes_expires ON oauth2_auth_codes (expires_at);

CREATE TABLE oauth2_refresh_tokens (
    token_hash varchar(64)   NOT NULL PRIMARY KEY,
    client_id  varchar(255)  NOT NULL REFERENCES oauth2_clients (client_id) ON DELETE CASCADE,
    user_id    uuid          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    tenant_id  uuid          NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    scope      varchar(2000),
    expires_at timestamptz     NOT NULL,
    created_at timestamptz     NOT NULL,
    revoked    boolean       NOT NULL DEFAULT false
);
CREATE INDEX idx_oauth2_refresh_tokens_user ON oauth2_refresh_tokens (tenant_id, user_id);

CREATE TABLE oauth2_states (
    state                 varchar(255)  NOT NULL PRIMARY KEY,
    client_id             varchar(255)  NOT NULL REFERENCES oauth2_clients (client_id) ON DELETE CASCADE,
    user_id               uuid          REFERENCES users (id) ON DELETE CASCADE,
    tenant_id             uuid          REFERENCES tenants (id) ON DELETE CASCADE,
    redirect_uri          varchar(2048) NOT NULL,
    scope                 varchar(2000),
    code_challenge        varchar(255),
    code_challenge_method varchar(16),
    created_at            timestamptz     NOT NULL,
    expires_at            timestamptz     NOT NULL,
    used                  boolean       NOT NULL DEFAULT false
);
CREATE INDEX idx_oauth2_states_expires ON oauth2_states (expires_at);
