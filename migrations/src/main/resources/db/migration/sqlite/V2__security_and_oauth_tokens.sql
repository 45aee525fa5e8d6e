-- Security (product migration 05's system_secrets and rsa_keypairs, 09's key_versions and audit_events) and
-- users' OAuth tokens (06, with 15's last_sync). Secret columns hold sealed envelopes (p1.<version>.<...>),
-- never plaintext. Fixes: every row has an id; tokens reference their user and tenant (no orphans).

CREATE TABLE key_versions (
    id             BLOB         NOT NULL PRIMARY KEY,
    -- NULL: a global data key (the key ring); otherwise metadata of a tenant's key version.
    tenant_id      BLOB         REFERENCES tenants (id) ON DELETE CASCADE,
    version        INTEGER      NOT NULL CHECK (version > 0),
    created_at     TIMESTAMP    NOT NULL,
    expires_at     TIMESTAMP,
    is_active      BOOLEAN      NOT NULL DEFAULT 1,
    algorithm      VARCHAR(32)  NOT NULL DEFAULT 'AES-256-GCM',
    state          VARCHAR(16)  NOT NULL CHECK (state IN ('decrypt_only', 'primary', 'retired')),
    -- The data key encrypted under the master key (PIERRE_MASTER_ENCRYPTION_KEY), bound to its version.
    wrapped_key    VARCHAR(255),
    -- Encryptions reserved so far by all nodes (NIST SP 800-38D: at most 2^32 per key).
    usage_reserved BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT key_versions_tenant_version_key UNIQUE (tenant_id, version)
);
-- UNIQUE treats NULL tenants as distinct: global versions need their own index.
CREATE UNIQUE INDEX idx_key_versions_global_version ON key_versions (version) WHERE tenant_id IS NULL;

CREATE TABLE audit_events (
    id          BLOB          NOT NULL PRIMARY KEY,
    event_type  VARCHAR(64)   NOT NULL,
    severity    VARCHAR(16)   NOT NULL CHECK (severity IN ('Info', 'Warning', 'Error', 'Critical')),
    message     TEXT          NOT NULL,
    source      VARCHAR(64)   NOT NULL,
    result      VARCHAR(64)   NOT NULL,
    action      VARCHAR(64),
    resource    VARCHAR(255),
    session_id  VARCHAR(255),
    tenant_id   BLOB          REFERENCES tenants (id) ON DELETE CASCADE,
    user_id     BLOB          REFERENCES users (id) ON DELETE SET NULL,
    ip_address  VARCHAR(64),
    user_agent  VARCHAR(512),
    metadata    TEXT,
    timestamp   TIMESTAMP     NOT NULL
);
CREATE INDEX idx_audit_events_tenant_time ON audit_events (tenant_id, timestamp DESC);
CREATE INDEX idx_audit_events_time ON audit_events (timestamp DESC);

CREATE TABLE system_secrets (
    secret_type  VARCHAR(64) NOT NULL PRIMARY KEY,
    secret_value TEXT        NOT NULL,
    created_at   TIMESTAMP   NOT NULL,
    updated_at   TIMESTAMP   NOT NULL
);

CREATE TABLE rsa_keypairs (
    kid             VARCHAR(128) NOT NULL PRIMARY KEY,
    private_key_pem TEXT         NOT NULL,
    public_key_pem  TEXT         NOT NULL,
    created_at      TIMESTAMP    NOT NULL,
    is_active       BOOLEAN      NOT NULL DEFAULT 0,
    key_size_bits   INTEGER      NOT NULL CHECK (key_size_bits > 0)
);
CREATE INDEX idx_rsa_keypairs_active ON rsa_keypairs (is_active);

CREATE TABLE user_oauth_tokens (
    id            BLOB         NOT NULL PRIMARY KEY,
    user_id       BLOB         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    tenant_id     BLOB         NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    provider      VARCHAR(32)  NOT NULL,
    access_token  TEXT         NOT NULL,
    refresh_token TEXT,
    token_type    VARCHAR(32)  NOT NULL DEFAULT 'Bearer',
    expires_at    TIMESTAMP,
    scope         VARCHAR(1000),
    created_at    TIMESTAMP    NOT NULL,
    updated_at    TIMESTAMP    NOT NULL,
    last_sync     TIMESTAMP,
    CONSTRAINT user_oauth_tokens_user_tenant_provider_key UNIQUE (user_id, tenant_id, provider)
);
CREATE INDEX idx_user_oauth_tokens_tenant_provider ON user_oauth_tokens (tenant_id, provider);
