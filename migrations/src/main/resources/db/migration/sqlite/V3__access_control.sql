-- Access control: API keys and their usage (product migrations 02 and 03), admin tokens (05), tenant OAuth
-- credentials and OAuth apps (09), the OAuth 2.0 server (08). Fixes: every row has a NOT NULL id; bearer secrets
-- are digests (SHA-256 hex) with a unique public prefix; the provider CHECK accepts every supported provider.

CREATE TABLE api_keys (
    id                        BLOB          NOT NULL PRIMARY KEY,
    user_id                   BLOB          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name                      VARCHAR(255)  NOT NULL,
    description               VARCHAR(1000),
    key_hash                  VARCHAR(64)   NOT NULL,
    key_prefix                VARCHAR(32)   NOT NULL,
    tier                      VARCHAR(20)   NOT NULL CHECK (tier IN ('trial', 'starter', 'professional', 'enterprise')),
    -- NULL: unlimited (enterprise)
    rate_limit_requests       INTEGER,
    rate_limit_window_seconds INTEGER       NOT NULL,
    is_active                 BOOLEAN       NOT NULL DEFAULT 1,
    expires_at                TIMESTAMP,
    last_used_at              TIMESTAMP,
    created_at                TIMESTAMP     NOT NULL,
    CONSTRAINT api_keys_key_hash_key UNIQUE (key_hash),
    CONSTRAINT api_keys_key_prefix_key UNIQUE (key_prefix)
);
CREATE INDEX idx_api_keys_user ON api_keys (user_id, created_at DESC);

CREATE TABLE api_key_usage (
    id                  BLOB         NOT NULL PRIMARY KEY,
    api_key_id          BLOB         NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
    timestamp           TIMESTAMP    NOT NULL,
    tool_name           VARCHAR(255) NOT NULL,
    status_code         INTEGER      NOT NULL,
    response_time_ms    INTEGER,
    error_message       VARCHAR(2000),
    request_size_bytes  INTEGER,
    response_size_bytes INTEGER,
    ip_address          VARCHAR(64),
    user_agent          VARCHAR(512)
);
CREATE INDEX idx_api_key_usage_key_time ON api_key_usage (api_key_id, timestamp);
CREATE INDEX idx_api_key_usage_time ON api_key_usage (timestamp);

CREATE TABLE jwt_usage (
    id                  BLOB         NOT NULL PRIMARY KEY,
    user_id             BLOB         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    timestamp           TIMESTAMP    NOT NULL,
    endpoint            VARCHAR(512) NOT NULL,
    method              VARCHAR(16)  NOT NULL,
    status_code         INTEGER      NOT NULL,
    response_time_ms    INTEGER,
    request_size_bytes  INTEGER,
    response_size_bytes INTEGER,
    ip_address          VARCHAR(64),
    user_agent          VARCHAR(512)
);
CREATE INDEX idx_jwt_usage_user_time ON jwt_usage (user_id, timestamp);

CREATE TABLE request_logs (
    id               BLOB          NOT NULL PRIMARY KEY,
    user_id          BLOB          REFERENCES users (id) ON DELETE CASCADE,
    api_key_id       BLOB          REFERENCES api_keys (id) ON DELETE CASCADE,
    timestamp        TIMESTAMP     NOT NULL,
    method           VARCHAR(16)   NOT NULL,
    endpoint         VARCHAR(512)  NOT NULL,
    status_code      INTEGER       NOT NULL,
    response_time_ms INTEGER,
    error_message    VARCHAR(2000)
);
CREATE INDEX idx_request_logs_time ON request_logs (timestamp DESC);

CREATE TABLE admin_tokens (
    id                  BLOB          NOT NULL PRIMARY KEY,
    service_name        VARCHAR(255)  NOT NULL,
    service_description VARCHAR(1000),
    token_hash          VARCHAR(64)   NOT NULL,
    token_prefix        VARCHAR(32)   NOT NULL,
    permissions         VARCHAR(1000) NOT NULL,
    is_super_admin      BOOLEAN       NOT NULL DEFAULT 0,
    is_active           BOOLEAN       NOT NULL DEFAULT 1,
    created_at          TIMESTAMP     NOT NULL,
    expires_at          TIMESTAMP,
    last_used_at        TIMESTAMP,
    last_used_ip        VARCHAR(64),
    usage_count         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT admin_tokens_token_prefix_key UNIQUE (token_prefix)
);

CREATE TABLE admin_token_usage (
    id                 BLOB          NOT NULL PRIMARY KEY,
    admin_token_id     BLOB          NOT NULL REFERENCES admin_tokens (id) ON DELETE CASCADE,
    timestamp          TIMESTAMP     NOT NULL,
    action             VARCHAR(64)   NOT NULL,
    target_resource    VARCHAR(512),
    ip_address         VARCHAR(64),
    user_agent         VARCHAR(512),
    request_size_bytes INTEGER,
    success            BOOLEAN       NOT NULL,
    error_message      VARCHAR(2000),
    response_time_ms   INTEGER
);
CREATE INDEX idx_admin_token_usage_token_time ON admin_token_usage (admin_token_id, timestamp);

CREATE TABLE admin_provisioned_keys (
    id                     BLOB         NOT NULL PRIMARY KEY,
    admin_token_id         BLOB         NOT NULL REFERENCES admin_tokens (id) ON DELETE CASCADE,
    api_key_id             BLOB         NOT NULL,
    user_email             VARCHAR(320) NOT NULL,
    requested_tier         VARCHAR(20)  NOT NULL,
    provisioned_at         TIMESTAMP    NOT NULL,
    provisioned_by_service VARCHAR(255) NOT NULL,
    rate_limit_requests    INTEGER      NOT NULL,
    rate_limit_period      VARCHAR(16)  NOT NULL CHECK (rate_limit_period IN ('hour', 'day', 'month')),
    key_status             VARCHAR(16)  NOT NULL DEFAULT 'active',
    revoked_at             TIMESTAMP,
    revoked_reason         VARCHAR(1000)
);
CREATE INDEX idx_admin_provisioned_time ON admin_provisioned_keys (provisioned_at);

CREATE TABLE tenant_oauth_credentials (
    id                 BLOB          NOT NULL PRIMARY KEY,
    tenant_id          BLOB          NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    provider           VARCHAR(32)   NOT NULL CHECK (provider IN ('strava', 'fitbit', 'garmin', 'whoop', 'terra', 'coros', 'synthetic')),
    client_id          VARCHAR(255)  NOT NULL,
    -- Sealed envelope bound to (tenant, provider).
    client_secret      TEXT          NOT NULL,
    redirect_uri       VARCHAR(2048) NOT NULL,
    scopes             VARCHAR(2000) NOT NULL,
    rate_limit_per_day INTEGER       NOT NULL DEFAULT 1000,
    is_active          BOOLEAN       NOT NULL DEFAULT 1,
    created_at         TIMESTAMP     NOT NULL,
    updated_at         TIMESTAMP     NOT NULL,
    CONSTRAINT tenant_oauth_credentials_tenant_provider_key UNIQUE (tenant_id, provider)
);

CREATE TABLE oauth_apps (
    id                 BLOB          NOT NULL PRIMARY KEY,
    client_id          VARCHAR(255)  NOT NULL,
    client_secret_hash VARCHAR(128)  NOT NULL,
    name               VARCHAR(255)  NOT NULL,
    description        VARCHAR(1000),
    redirect_uris      VARCHAR(4000) NOT NULL,
    scopes             VARCHAR(2000) NOT NULL,
    app_type           VARCHAR(20)   NOT NULL DEFAULT 'public' CHECK (app_type IN ('public', 'confidential')),
    owner_user_id      BLOB          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    is_active          BOOLEAN       NOT NULL DEFAULT 1,
    created_at         TIMESTAMP     NOT NULL,
    updated_at         TIMESTAMP     NOT NULL,
    CONSTRAINT oauth_apps_client_id_key UNIQUE (client_id)
);
CREATE INDEX idx_oauth_apps_owner ON oauth_apps (owner_user_id);

CREATE TABLE oauth2_clients (
    id                 BLOB          NOT NULL PRIMARY KEY,
    client_id          VARCHAR(255)  NOT NULL,
    client_secret_hash VARCHAR(255)  NOT NULL,
    redirect_uris      VARCHAR(4000) NOT NULL,
    grant_types        VARCHAR(1000) NOT NULL,
    response_types     VARCHAR(1000) NOT NULL,
    client_name        VARCHAR(255),
    client_uri         VARCHAR(2048),
    scope              VARCHAR(2000),
    created_at         TIMESTAMP     NOT NULL,
    expires_at         TIMESTAMP,
    CONSTRAINT oauth2_clients_client_id_key UNIQUE (client_id)
);

-- Codes and refresh tokens are stored as SHA-256 digests of the value the client holds.
CREATE TABLE oauth2_auth_codes (
    code_hash             VARCHAR(64)   NOT NULL PRIMARY KEY,
    client_id             VARCHAR(255)  NOT NULL REFERENCES oauth2_clients (client_id) ON DELETE CASCADE,
    user_id               BLOB          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    tenant_id             BLOB          NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    redirect_uri          VARCHAR(2048) NOT NULL,
    scope                 VARCHAR(2000),
    created_at            TIMESTAMP     NOT NULL,
    expires_at            TIMESTAMP     NOT NULL,
    used                  BOOLEAN       NOT NULL DEFAULT 0,
    state                 VARCHAR(512),
    code_challenge        VARCHAR(255),
    code_challenge_method VARCHAR(16)
);
CREATE INDEX idx_oauth2_auth_codes_expires ON oauth2_auth_codes (expires_at);

CREATE TABLE oauth2_refresh_tokens (
    token_hash VARCHAR(64)   NOT NULL PRIMARY KEY,
    client_id  VARCHAR(255)  NOT NULL REFERENCES oauth2_clients (client_id) ON DELETE CASCADE,
    user_id    BLOB          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    tenant_id  BLOB          NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    scope      VARCHAR(2000),
    expires_at TIMESTAMP     NOT NULL,
    created_at TIMESTAMP     NOT NULL,
    revoked    BOOLEAN       NOT NULL DEFAULT 0
);
CREATE INDEX idx_oauth2_refresh_tokens_user ON oauth2_refresh_tokens (tenant_id, user_id);

CREATE TABLE oauth2_states (
    state                 VARCHAR(255)  NOT NULL PRIMARY KEY,
    client_id             VARCHAR(255)  NOT NULL REFERENCES oauth2_clients (client_id) ON DELETE CASCADE,
    user_id               BLOB          REFERENCES users (id) ON DELETE CASCADE,
    tenant_id             BLOB          REFERENCES tenants (id) ON DELETE CASCADE,
    redirect_uri          VARCHAR(2048) NOT NULL,
    scope                 VARCHAR(2000),
    code_challenge        VARCHAR(255),
    code_challenge_method VARCHAR(16),
    created_at            TIMESTAMP     NOT NULL,
    expires_at            TIMESTAMP     NOT NULL,
    used                  BOOLEAN       NOT NULL DEFAULT 0
);
CREATE INDEX idx_oauth2_states_expires ON oauth2_states (expires_at);
