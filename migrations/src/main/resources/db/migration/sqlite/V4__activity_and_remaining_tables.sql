-- Activity data (product migrations 03, 04, 07, 09, 10, 14) and the rest of the product's schema (12, 13, 17,
-- 19, 20-22), so both databases hold the 44 tables of design.md §5. Fixes: ids NOT NULL; A2A client secrets are
-- digests; tenant-level fitness configurations are unique (partial index); A2A tasks keep their session.
-- JSON documents are TEXT holding validated JSON (see db/migration/postgresql/V4 for PostgreSQL).

CREATE TABLE goals (
    id         BLOB      NOT NULL PRIMARY KEY,
    user_id    BLOB      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    goal_data  TEXT      NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX idx_goals_user ON goals (user_id, created_at DESC);

CREATE TABLE insights (
    id           BLOB         NOT NULL PRIMARY KEY,
    user_id      BLOB         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    activity_id  VARCHAR(255),
    insight_type VARCHAR(64)  NOT NULL,
    insight_data TEXT         NOT NULL,
    created_at   TIMESTAMP    NOT NULL
);
CREATE INDEX idx_insights_user_type ON insights (user_id, insight_type, created_at DESC);

CREATE TABLE user_configurations (
    user_id     BLOB      NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    config_data TEXT      NOT NULL,
    created_at  TIMESTAMP NOT NULL,
    updated_at  TIMESTAMP NOT NULL
);

CREATE TABLE a2a_clients (
    id                        BLOB          NOT NULL PRIMARY KEY,
    user_id                   BLOB          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name                      VARCHAR(255)  NOT NULL,
    description               VARCHAR(2000) NOT NULL,
    public_key                VARCHAR(4000) NOT NULL,
    client_secret_hash        VARCHAR(64)   NOT NULL,
    permissions               VARCHAR(2000) NOT NULL,
    capabilities              VARCHAR(2000) NOT NULL,
    redirect_uris             VARCHAR(4000) NOT NULL,
    rate_limit_requests       INTEGER       NOT NULL,
    rate_limit_window_seconds INTEGER       NOT NULL,
    is_active                 BOOLEAN       NOT NULL DEFAULT 1,
    created_at                TIMESTAMP     NOT NULL,
    updated_at                TIMESTAMP     NOT NULL,
    CONSTRAINT a2a_clients_public_key_key UNIQUE (public_key)
);
CREATE INDEX idx_a2a_clients_user ON a2a_clients (user_id);
CREATE INDEX idx_a2a_clients_name ON a2a_clients (name);

CREATE TABLE a2a_client_api_keys (
    client_id  BLOB      NOT NULL REFERENCES a2a_clients (id) ON DELETE CASCADE,
    api_key_id BLOB      NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (client_id, api_key_id)
);
CREATE INDEX idx_a2a_client_api_keys_key ON a2a_client_api_keys (api_key_id);

CREATE TABLE a2a_sessions (
    session_token  VARCHAR(64)   NOT NULL PRIMARY KEY,
    client_id      BLOB          NOT NULL REFERENCES a2a_clients (id) ON DELETE CASCADE,
    user_id        BLOB          REFERENCES users (id) ON DELETE CASCADE,
    granted_scopes VARCHAR(2000) NOT NULL,
    expires_at     TIMESTAMP     NOT NULL,
    last_activity  TIMESTAMP     NOT NULL,
    created_at     TIMESTAMP     NOT NULL,
    requests_count BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX idx_a2a_sessions_client ON a2a_sessions (client_id, expires_at);
CREATE INDEX idx_a2a_sessions_expires ON a2a_sessions (expires_at);

CREATE TABLE a2a_tasks (
    id            VARCHAR(64)  NOT NULL PRIMARY KEY,
    client_id     BLOB         NOT NULL REFERENCES a2a_clients (id) ON DELETE CASCADE,
    session_id    VARCHAR(64)  REFERENCES a2a_sessions (session_token) ON DELETE SET NULL,
    task_type     VARCHAR(128) NOT NULL,
    input_data    TEXT         NOT NULL,
    output_data   TEXT,
    status        VARCHAR(16)  NOT NULL CHECK (status IN ('pending', 'running', 'completed', 'failed', 'cancelled')),
    error_message VARCHAR(4000),
    created_at    TIMESTAMP    NOT NULL,
    updated_at    TIMESTAMP    NOT NULL,
    completed_at  TIMESTAMP
);
CREATE INDEX idx_a2a_tasks_client ON a2a_tasks (client_id, created_at DESC);
CREATE INDEX idx_a2a_tasks_status ON a2a_tasks (status);

CREATE TABLE a2a_usage (
    id                  BLOB          NOT NULL PRIMARY KEY,
    client_id           BLOB          NOT NULL REFERENCES a2a_clients (id) ON DELETE CASCADE,
    session_token       VARCHAR(64)   REFERENCES a2a_sessions (session_token) ON DELETE SET NULL,
    timestamp           TIMESTAMP     NOT NULL,
    tool_name           VARCHAR(255)  NOT NULL,
    response_time_ms    INTEGER,
    status_code         INTEGER       NOT NULL,
    error_message       VARCHAR(2000),
    request_size_bytes  INTEGER,
    response_size_bytes INTEGER,
    ip_address          VARCHAR(64),
    user_agent          VARCHAR(512),
    protocol_version    VARCHAR(16)   NOT NULL DEFAULT '1.0',
    client_capabilities VARCHAR(2000) NOT NULL,
    granted_scopes      VARCHAR(2000) NOT NULL
);
CREATE INDEX idx_a2a_usage_client_time ON a2a_usage (client_id, timestamp);
CREATE INDEX idx_a2a_usage_time ON a2a_usage (timestamp);

CREATE TABLE oauth_notifications (
    id         BLOB          NOT NULL PRIMARY KEY,
    user_id    BLOB          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    provider   VARCHAR(32)   NOT NULL,
    success    BOOLEAN       NOT NULL DEFAULT 1,
    message    VARCHAR(4000) NOT NULL,
    expires_at VARCHAR(64),
    created_at TIMESTAMP     NOT NULL,
    read_at    TIMESTAMP
);
CREATE INDEX idx_oauth_notifications_user_unread ON oauth_notifications (user_id, read_at);

CREATE TABLE fitness_configurations (
    id                 BLOB          NOT NULL PRIMARY KEY,
    tenant_id          BLOB          NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    -- NULL: the tenant's default; otherwise that user's own configuration.
    user_id            BLOB          REFERENCES users (id) ON DELETE CASCADE,
    configuration_name VARCHAR(128)  NOT NULL DEFAULT 'default',
    config_data        TEXT          NOT NULL,
    created_at         TIMESTAMP     NOT NULL,
    updated_at         TIMESTAMP     NOT NULL,
    CONSTRAINT fitness_configurations_tenant_user_name_key UNIQUE (tenant_id, user_id, configuration_name)
);
-- UNIQUE lets NULL users repeat: tenant-level configurations need their own index (the original duplicated them).
CREATE UNIQUE INDEX idx_fitness_configurations_tenant_default ON fitness_configurations (tenant_id, configuration_name)
    WHERE user_id IS NULL;

CREATE TABLE impersonation_sessions (
    id             BLOB          NOT NULL PRIMARY KEY,
    impersonator_id BLOB         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    target_user_id BLOB          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    reason         VARCHAR(1000),
    started_at     TIMESTAMP     NOT NULL,
    ended_at       TIMESTAMP,
    is_active      BOOLEAN       NOT NULL DEFAULT 1,
    created_at     TIMESTAMP     NOT NULL
);
CREATE INDEX idx_impersonation_active ON impersonation_sessions (impersonator_id, is_active);
CREATE INDEX idx_impersonation_target ON impersonation_sessions (target_user_id);

CREATE TABLE permission_delegations (
    id          BLOB      NOT NULL PRIMARY KEY,
    grantor_id  BLOB      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    grantee_id  BLOB      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    permissions BIGINT    NOT NULL DEFAULT 0,
    expires_at  TIMESTAMP,
    revoked_at  TIMESTAMP,
    created_at  TIMESTAMP NOT NULL,
    CONSTRAINT permission_delegations_grantor_grantee_key UNIQUE (grantor_id, grantee_id)
);
CREATE INDEX idx_delegation_grantee ON permission_delegations (grantee_id);

CREATE TABLE user_mcp_tokens (
    id           BLOB         NOT NULL PRIMARY KEY,
    user_id      BLOB         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         VARCHAR(255) NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL,
    token_prefix VARCHAR(32)  NOT NULL,
    expires_at   TIMESTAMP,
    last_used_at TIMESTAMP,
    usage_count  BIGINT       NOT NULL DEFAULT 0,
    is_revoked   BOOLEAN      NOT NULL DEFAULT 0,
    created_at   TIMESTAMP    NOT NULL
);
CREATE INDEX idx_user_mcp_tokens_user ON user_mcp_tokens (user_id, is_revoked);
CREATE UNIQUE INDEX idx_user_mcp_tokens_prefix ON user_mcp_tokens (token_prefix);

CREATE TABLE system_settings (
    key         VARCHAR(128)  NOT NULL PRIMARY KEY,
    value       VARCHAR(4000) NOT NULL,
    description VARCHAR(1000),
    created_at  TIMESTAMP     NOT NULL,
    updated_at  TIMESTAMP     NOT NULL
);
INSERT INTO system_settings (key, value, description, created_at, updated_at) VALUES
    ('auto_approval_enabled', 'false', 'Approve new users without an administrator',
     CAST(strftime('%s', 'now') AS INTEGER) * 1000, CAST(strftime('%s', 'now') AS INTEGER) * 1000);

CREATE TABLE chat_conversations (
    id            BLOB          NOT NULL PRIMARY KEY,
    user_id       BLOB          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    tenant_id     BLOB          NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    title         VARCHAR(500)  NOT NULL,
    model         VARCHAR(128)  NOT NULL,
    system_prompt TEXT,
    total_tokens  BIGINT        NOT NULL DEFAULT 0,
    created_at    TIMESTAMP     NOT NULL,
    updated_at    TIMESTAMP     NOT NULL
);
CREATE INDEX idx_chat_conversations_user_tenant ON chat_conversations (user_id, tenant_id, updated_at DESC);

CREATE TABLE chat_messages (
    id              BLOB        NOT NULL PRIMARY KEY,
    conversation_id BLOB        NOT NULL REFERENCES chat_conversations (id) ON DELETE CASCADE,
    role            VARCHAR(16) NOT NULL CHECK (role IN ('system', 'user', 'assistant')),
    content         TEXT        NOT NULL,
    token_count     INTEGER,
    finish_reason   VARCHAR(64),
    created_at      TIMESTAMP   NOT NULL
);
CREATE INDEX idx_chat_messages_conversation ON chat_messages (conversation_id, created_at);

CREATE TABLE recipes (
    id                     BLOB          NOT NULL PRIMARY KEY,
    user_id                BLOB          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    tenant_id              BLOB          NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name                   VARCHAR(255)  NOT NULL,
    description            VARCHAR(4000),
    servings               INTEGER       NOT NULL DEFAULT 1 CHECK (servings > 0),
    prep_time_mins         INTEGER       CHECK (prep_time_mins >= 0),
    cook_time_mins         INTEGER       CHECK (cook_time_mins >= 0),
    instructions           TEXT          NOT NULL,
    tags                   VARCHAR(2000) NOT NULL DEFAULT '[]',
    meal_timing            VARCHAR(32)   NOT NULL DEFAULT 'general'
        CHECK (meal_timing IN ('pre_training', 'post_training', 'rest_day', 'general')),
    cached_calories        DOUBLE PRECISION,
    cached_protein_g       DOUBLE PRECISION,
    cached_carbs_g         DOUBLE PRECISION,
    cached_fat_g           DOUBLE PRECISION,
    cached_fiber_g         DOUBLE PRECISION,
    cached_sodium_mg       DOUBLE PRECISION,
    cached_sugar_g         DOUBLE PRECISION,
    nutrition_validated_at TIMESTAMP,
    created_at             TIMESTAMP     NOT NULL,
    updated_at             TIMESTAMP     NOT NULL
);
CREATE INDEX idx_recipes_user_tenant ON recipes (user_id, tenant_id, updated_at DESC);

CREATE TABLE recipe_ingredients (
    id          BLOB             NOT NULL PRIMARY KEY,
    recipe_id   BLOB             NOT NULL REFERENCES recipes (id) ON DELETE CASCADE,
    fdc_id      BIGINT,
    name        VARCHAR(255)     NOT NULL,
    amount      DOUBLE PRECISION NOT NULL CHECK (amount > 0),
    unit        VARCHAR(16)      NOT NULL DEFAULT 'grams'
        CHECK (unit IN ('grams', 'milliliters', 'cups', 'tablespoons', 'teaspoons', 'pieces', 'ounces', 'pounds', 'kilograms')),
    grams       DOUBLE PRECISION NOT NULL CHECK (grams >= 0),
    preparation VARCHAR(255),
    sort_order  INTEGER          NOT NULL DEFAULT 0
);
CREATE INDEX idx_recipe_ingredients_recipe ON recipe_ingredients (recipe_id, sort_order);

CREATE TABLE admin_config_categories (
    id            VARCHAR(64)   NOT NULL PRIMARY KEY,
    name          VARCHAR(64)   NOT NULL,
    display_name  VARCHAR(128)  NOT NULL,
    description   VARCHAR(1000),
    display_order INTEGER       NOT NULL DEFAULT 0,
    icon          VARCHAR(64),
    is_active     BOOLEAN       NOT NULL DEFAULT 1,
    CONSTRAINT admin_config_categories_name_key UNIQUE (name)
);
CREATE INDEX idx_admin_config_categories_order ON admin_config_categories (display_order);
INSERT INTO admin_config_categories (id, name, display_name, description, display_order, icon) VALUES
    ('cat_rate_limiting', 'rate_limiting', 'Rate Limiting', 'Request rate limits and throttling', 10, 'gauge'),
    ('cat_feature_flags', 'feature_flags', 'Feature Flags', 'Switch system features on or off', 20, 'toggle'),
    ('cat_heart_rate', 'heart_rate_zones', 'Heart Rate Zones', 'Heart rate zone thresholds', 30, 'heart'),
    ('cat_training_zones', 'training_zones', 'Training Zones', 'Training zones per sport', 40, 'activity'),
    ('cat_effort', 'effort_thresholds', 'Effort Thresholds', 'Perceived effort thresholds', 50, 'flame'),
    ('cat_recommendation', 'recommendation_engine', 'Recommendations', 'Recommendation thresholds and limits', 60, 'lightbulb'),
    ('cat_sleep', 'sleep_recovery', 'Sleep & Recovery', 'Sleep and recovery thresholds', 70, 'moon'),
    ('cat_tsb', 'training_stress', 'Training Stress', 'Training stress balance thresholds', 80, 'trending'),
    ('cat_weather', 'weather_analysis', 'Weather Analysis', 'Weather impact thresholds', 90, 'cloud'),
    ('cat_llm_provider', 'llm_provider', 'LLM Provider', 'Language model provider settings', 95, 'bot'),
    ('cat_nutrition', 'nutrition', 'Nutrition', 'Nutrition recommendations', 100, 'utensils'),
    ('cat_algorithms', 'algorithms', 'Algorithms', 'Algorithms for physiological calculations', 110, 'calculator'),
    ('cat_tokio_runtime', 'tokio_runtime', 'Runtime', 'Worker threads of the original runtime', 120, 'cpu'),
    ('cat_sqlx_config', 'sqlx_config', 'Database Pool', 'Connection pool settings of the original', 130, 'database'),
    ('cat_cache_ttl', 'cache_ttl', 'Cache TTL', 'Cache lifetimes', 140, 'clock'),
    ('cat_provider_strava', 'provider_strava', 'Strava', 'Strava provider settings', 150, 'link'),
    ('cat_provider_fitbit', 'provider_fitbit', 'Fitbit', 'Fitbit provider settings', 160, 'link'),
    ('cat_provider_garmin', 'provider_garmin', 'Garmin', 'Garmin provider settings', 170, 'link'),
    ('cat_mcp_network', 'mcp_network', 'MCP Network', 'MCP server network settings', 180, 'network'),
    ('cat_monitoring', 'monitoring', 'Monitoring', 'Monitoring and health settings', 190, 'activity');

CREATE TABLE admin_config_overrides (
    id           BLOB          NOT NULL PRIMARY KEY,
    category     VARCHAR(64)   NOT NULL,
    config_key   VARCHAR(128)  NOT NULL,
    config_value VARCHAR(4000) NOT NULL,
    data_type    VARCHAR(16)   NOT NULL CHECK (data_type IN ('float', 'integer', 'boolean', 'string', 'enum')),
    -- NULL: system-wide
    tenant_id    BLOB          REFERENCES tenants (id) ON DELETE CASCADE,
    created_by   BLOB          NOT NULL REFERENCES users (id),
    created_at   TIMESTAMP     NOT NULL,
    updated_at   TIMESTAMP     NOT NULL,
    reason       VARCHAR(1000),
    CONSTRAINT admin_config_overrides_key UNIQUE (category, config_key, tenant_id)
);
CREATE UNIQUE INDEX idx_admin_config_overrides_system ON admin_config_overrides (category, config_key) WHERE tenant_id IS NULL;

CREATE TABLE admin_config_audit (
    id            BLOB          NOT NULL PRIMARY KEY,
    timestamp     TIMESTAMP     NOT NULL,
    admin_user_id BLOB          NOT NULL REFERENCES users (id),
    admin_email   VARCHAR(320)  NOT NULL,
    category      VARCHAR(64)   NOT NULL,
    config_key    VARCHAR(128)  NOT NULL,
    old_value     VARCHAR(4000),
    new_value     VARCHAR(4000) NOT NULL,
    data_type     VARCHAR(16)   NOT NULL,
    reason        VARCHAR(1000),
    tenant_id     BLOB          REFERENCES tenants (id) ON DELETE CASCADE,
    ip_address    VARCHAR(64),
    user_agent    VARCHAR(512)
);
CREATE INDEX idx_admin_config_audit_time ON admin_config_audit (timestamp DESC);
