-- Security (product migration 05's system_secrets and rsa_keypairs, 09's key_versions and audit_events) and
-- users' OAuth tokens (06, with 15's last_sync). Same tables as db/migration/sqlite/V2 in PostgreSQL types.
-- Secret columns hold sealed envelopes (p1.<version>.<...>), never plaintext.

CREATE TABLE key_versions (
    id             uuid         NOT NULL PRIMARY KEY,
    -- NULL: a global data key (the key ring); otherwise metadata of a tenant's key version.
    tenant_id      uuid         REFERENCES tenants (id) ON DELETE CASCADE,
    version        integer      NOT NULL CHECK (version > 0),
    created_at     timestamptz  NOT NULL,
    expires_at     timestamptz,
    is_active      boolean      NOT NULL DEFAULT true,
    algorithm      varchar(32)  NOT NULL DEFAULT 'AES-256-GCM',
    state          varchar(16)  NOT NULL CHECK (state IN ('decrypt_only', 'primary', 'retired')),
    -- The data key encrypted under the master key (PIERRE_MASTER_ENCRYPTION_KEY), bound to its version.
    wrapped_key    varchar(255),
    -- Encryptions reserved so far by all nodes (NIST SP 800-38D: at most 2^32 per key).
    usage_reserved bigint       NOT NULL DEFAULT 0,
    CONSTRAINT key_versions_tenant_version_key UNIQUE (tenant_id, version)
);
-- UNIQUE treats NULL tenants as distinct: global versions need their own index.
CREATE UNIQUE INDEX idx_key_versions_global_version ON key_versions (version) WHERE tenant_id IS NULL;

CREATE TABLE audit_events (
    id          uuid          NOT NULL PRIMARY KEY,
    event_type  varchar(64)   NOT NULL,
    severity    varchar(16)   NOT NULL CHECK (severity IN ('Info', 'Warning', 'Error', 'Critical')),
    message     text          NOT NULL,
    source      varchar(64)   NOT NULL,
    result      varchar(64)   NOT NULL,
    action      varchar(64),
    resource    varchar(255),
    session_id  varchar(255),
    tenant_id   uuid          REFERENCES tenants (id) ON DELETE CASCADE,
    user_id     uuid          REFERENCES users (id) ON DELETE SET NULL,
    ip_address  varchar(64),
    user_agent  varchar(512),
    metadata    text,
    timestamp   timestamptz   NOT NULL
);
CREATE INDEX idx_audit_events_tenant_time ON audit_events (tenant_id, timestamp DESC);
CREATE INDEX idx_audit_events_time ON audit_events (timestamp DESC);

CREATE TABLE system_secrets (
    secret_type  varchar(64) NOT NULL PRIMARY KEY,
    secret_value text        NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL
);

CREATE TABLE rsa_keypairs (
    kid             varchar(128) NOT NULL PRIMARY KEY,
    private_key_pem text         NOT NULL,
    public_key_pem  text         NOT NULL,
    created_at      timestamptz  NOT NULL,
    is_active       boolean      NOT NULL DEFAULT false,
    key_size_bits   integer      NOT NULL CHECK (key_size_bits > 0)
);
CREATE INDEX idx_rsa_keypairs_active ON rsa_keypairs (is_active);

CREATE TABLE user_oauth_tokens (
    id            uuid          NOT NULL PRIMARY KEY,
    user_id       uuid          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    tenant_id     uuid          NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    provider      varchar(32)   NOT NULL,
    access_token  text          NOT NULL,
    refresh_token text,
    token_type    varchar(32)   NOT NULL DEFAULT 'Bearer',
    expires_at    timestamptz,
    scope         varchar(1000),
    created_at    timestamptz   NOT NULL,
    updated_at    timestamptz   NOT NULL,
    last_sync     timestamptz,
    CONSTRAINT user_oauth_tokens_user_tenant_provider_key UNIQUE (user_id, tenant_id, provider)
);
CREATE INDEX idx_user_oauth_tokens_tenant_provider ON user_oauth_tokens (tenant_id, provider);
