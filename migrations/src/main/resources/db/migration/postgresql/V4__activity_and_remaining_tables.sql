-- Activity data (product migrations 03, 04, 07, 09, 10, 14) and the rest of the product's schema (12, 13, 17,
-- 19, 20-22): the same tables as db/migration/sqlite/V4, in PostgreSQL types, so both databases hold the 44
-- tables of design.md §5.
-- JSON documents are text holding validated JSON on both databases: the data layer stores and returns documents
-- whole and never queries inside them, and one String mapping then validates against both schemas.
ALTER TABLE user_profiles ALTER COLUMN profile_data TYPE text USING profile_data::text;
ALTER TABLE tenant_users ALTER COLUMN permissions TYPE text USING permissions::text;

CREATE TABLE goals (
    id         uuid      NOT NULL PRIMARY KEY,
    user_id    uuid      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    goal_data  text      NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);
CREATE INDEX idx_goals_user ON goals (user_id, created_at DESC);

CREATE TABLE insights (
    id           uuid         NOT NULL PRIMARY KEY,
    user_id      uuid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    activity_id  varchar(255),
    insight_type varchar(64)  NOT NULL,
    insight_data text         NOT NULL,
    created_at   timestamptz    NOT NULL
);
CREATE INDEX idx_insights_user_type ON insights (user_id, insight_type, created_at DESC);

CREATE TABLE user_configurations (
    user_id     uuid      NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    config_data text      NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);

CREATE TABLE a2a_clients (
    id                        uuid          NOT NULL PRIMARY KEY,
    user_id                   uuid          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name                      varchar(255)  NOT NULL,
    description               varchar(2000) NOT NULL,
    public_key                varchar(4000) NOT NULL,
    client_secret_hash        varchar(64)   NOT NULL,
    permissions               varchar(2000) NOT NULL,
    capabilities              varchar(2000) NOT NULL,
    redirect_uris             varchar(4000) NOT NULL,
    rate_limit_requests       integer       NOT NULL,
    rate_limit_window_seconds integer       NOT NULL,
    is_active                 boolean       NOT NULL DEFAULT true,
    created_at                timestamptz     NOT NULL,
    updated_at                timestamptz     NOT NULL,
    CONSTRAINT a2a_clients_public_key_key UNIQUE (public_key)
);
CREATE INDEX idx_a2a_clients_user ON a2a_clients (user_id);
CREATE INDEX idx_a2a_clients_name ON a2a_clients (name);

CREATE TABLE a2a_client_api_keys (
    client_id  uuid      NOT NULL REFERENCES a2a_clients (id) ON DELETE CASCADE,
    api_key_id uuid      NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (client_id, api_key_id)
);
CREATE INDEX idx_a2a_client_api_keys_key ON a2a_client_api_keys (api_key_id);

CREATE TABLE a2a_sessions (
    session_token  varchar(64)   NOT NULL PRIMARY KEY,
    client_id      uuid          NOT NULL REFERENCES a2a_clients (id) ON DELETE CASCADE,
    user_id        uuid          REFERENCES users (id) ON DELETE CASCADE,
    granted_scopes varchar(2000) NOT NULL,
    expires_at     timestamptz     NOT NULL,
    last_activity  timestamptz     NOT NULL,
    created_at     timestamptz     NOT NULL,
    requests_count bigint        NOT NULL DEFAULT 0
);
CREATE INDEX idx_a2a_sessions_client ON a2a_sessions (client_id, expires_at);
CREATE INDEX idx_a2a_sessions_expires ON a2a_sessions (expires_at);

CREATE TABLE a2a_tasks (
    id            varchar(64)  NOT NULL PRIMARY KEY,
    client_id     uuid         NOT NULL REFERENCES a2a_clients (id) ON DELETE CASCADE,
    session_id    varchar(64)  REFERENCES a2a_sessions (session_token) ON DELETE SET NULL,
    task_type     varchar(128) NOT NULL,
    input_data    text         NOT NULL,
    output_data   text,
    status        varchar(16)  NOT NULL CHECK (status IN ('pending', 'running', 'completed', 'failed', 'cancelled')),
    error_message varchar(4000),
    created_at    timestamptz    NOT NULL,
    updated_at    timestamptz    NOT NULL,
    completed_at  timestamptz
);
CREATE INDEX idx_a2a_tasks_client ON a2a_tasks (client_id, created_at DESC);
CREATE INDEX idx_a2a_tasks_status ON a2a_tasks (status);

CREATE TABLE a2a_usage (
    id                  uuid          NOT NULL PRIMARY KEY,
    client_id           uuid          NOT NULL REFERENCES a2a_clients (id) ON DELETE CASCADE,
    session_token       varchar(64)   REFERENCES a2a_sessions (session_token) ON DELETE SET NULL,
    timestamp           timestamptz     NOT NULL,
    tool_name           varchar(255)  NOT NULL,
    response_time_ms    integer,
    status_code         integer       NOT NULL,
    error_message       varchar(2000),
    request_size_bytes  integer,
    response_size_bytes integer,
    ip_address          varchar(64),
    user_agent          varchar(512),
    protocol_version    varchar(16)   NOT NULL DEFAULT '1.0',
    client_capabilities varchar(2000) NOT NULL,
    granted_scopes      varchar(2000) NOT NULL
);
CREATE INDEX idx_a2a_usage_client_time ON a2a_usage (client_id, timestamp);
CREATE INDEX idx_a2a_usage_time ON a2a_usage (timestamp);

CREATE TABLE oauth_notifications (
    id         uuid          NOT NULL PRIMARY KEY,
    user_id    uuid          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    provider   varchar(32)   NOT NULL,
    success    boolean       NOT NULL DEFAULT true,
    message    varchar(4000) NOT NULL,
    expires_at varchar(64),
    created_at timestamptz     NOT NULL,
    read_at    timestamptz
);
CREATE INDEX idx_oauth_notifications_user_unread ON oauth_notifications (user_id, read_at);

CREATE TABLE fitness_configurations (
    id                 uuid          NOT NULL PRIMARY KEY,
    tenant_id          uuid          NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    -- NULL: the tenant's default; otherwise that user's own configuration.
    user_id            uuid          REFERENCES users (id) ON DELETE CASCADE,
    configuration_name varchar(128)  NOT NULL DEFAULT 'default',
    config_data        text          NOT NULL,
    created_at         timestamptz     NOT NULL,
    updated_at         timestamptz     NOT NULL,
    CONSTRAINT fitness_configurations_tenant_user_name_key UNIQUE (tenant_id, user_id, configuration_name)
);
-- UNIQUE lets NULL users repeat: tenant-level configurations need their own index (the original duplicated them).
CREATE UNIQUE INDEX idx_fitness_configurations_tenant_default ON fitness_configurations (tenant_id, configuration_name)
    WHERE user_id IS NULL;

CREATE TABLE impersonation_sessions (
    id             uuid          NOT NULL PRIMARY KEY,
    impersonator_id uuid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    target_user_id uuid          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    reason         varchar(1000),
    started_at     timestamptz     NOT NULL,
    ended_at       timestamptz,
    is_active      boolean       NOT NULL DEFAULT true,
    created_at     timestamptz     NOT NULL
);
CREATE INDEX idx_impersonation_active ON impersonation_sessions (impersonator_id, is_active);
CREATE INDEX idx_impersonation_target ON impersonation_sessions (target_user_id);

CREATE TABLE permission_delegations (
    id          uuid      NOT NULL PRIMARY KEY,
    grantor_id  uuid      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    grantee_id  uuid      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    permissions bigint    NOT NULL DEFAULT 0,
    expires_at  timestamptz,
    revoked_at  timestamptz,
    created_at  timestamptz NOT NULL,
    CONSTRAINT permission_delegations_grantor_grantee_key UNIQUE (grantor_id, grantee_id)
);
CREATE INDEX idx_delegation_grantee ON permission_delegations (grantee_id);

CREATE TABLE user_mcp_tokens (
    id           uuid         NOT NULL PRIMARY KEY,
    user_id      uuid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         varchar(255) NOT NULL,
    token_hash   varchar(64)  NOT NULL,
    token_prefix varchar(32)  NOT NULL,
    expires_at   timestamptz,
    last_used_at timestamptz,
    usage_count  bigint       NOT NULL DEFAULT 0,
    is_revoked   boolean      NOT NULL DEFAULT false,
    created_at   timestamptz    NOT NULL
);
CREATE INDEX idx_user_mcp_tokens_user ON user_mcp_tokens (user_id, is_revoked);
CREATE UNIQUE INDEX idx_user_mcp_tokens_prefix ON user_mcp_tokens (token_prefix);

CREATE TABLE system_settings (
    key         varchar(128)  NOT NULL PRIMARY KEY,
    value       varchar(4000) NOT NULL,
    description varchar(1000),
    created_at  timestamptz     NOT NULL,
    updated_at  timestamptz     NOT NULL
);
INSERT INTO system_settings (key, value, description, created_at, updated_at) VALUES
    ('auto_approval_enabled', 'false', 'Approve new users without an administrator',
     now(), now());

CREATE TABLE chat_conversations (
    id            uuid          NOT NULL PRIMARY KEY,
    user_id       uuid          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    tenant_id     uuid          NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    title         varchar(500)  NOT NULL,
    model         varchar(128)  NOT NULL,
    system_prompt text,
    total_tokens  bigint        NOT NULL DEFAULT 0,
    created_at    timestamptz     NOT NULL,
    updated_at    timestamptz     NOT NULL
);
CREATE INDEX idx_chat_conversations_user_tenant ON chat_conversations (user_id, tenant_id, updated_at DESC);

CREATE TABLE chat_messages (
    id              uuid        NOT NULL PRIMARY KEY,
    conversation_id uuid        NOT NULL REFERENCES chat_conversations (id) ON DELETE CASCADE,
    role            varchar(16) NOT NULL CHECK (role IN ('system', 'user', 'assistant')),
    content         text        NOT NULL,
    token_count     integer,
    finish_reason   varchar(64),
    created_at      timestamptz   NOT NULL
);
CREATE INDEX idx_chat_messages_conversation ON chat_messages (conversation_id, created_at);

CREATE TABLE recipes (
    id                     uuid          NOT NULL PRIMARY KEY,
    user_id                uuid          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    tenant_id              uuid          NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name                   varchar(255)  NOT NULL,
    description            varchar(4000),
    servings               integer       NOT NULL DEFAULT 1 CHECK (servings > 0),
    prep_time_mins         integer       CHECK (prep_time_mins >= 0),
    cook_time_mins         integer       CHECK (cook_time_mins >= 0),
    instructions           text          NOT NULL,
    tags                   varchar(2000) NOT NULL DEFAULT '[]',
    meal_timing            varchar(32)   NOT NULL DEFAULT 'general'
        CHECK (meal_timing IN ('pre_training', 'post_training', 'rest_day', 'general')),
    cached_calories        double precision,
    cached_protein_g       double precision,
    cached_carbs_g         double precision,
    cached_fat_g           double precision,
    cached_fiber_g         double precision,
    cached_sodium_mg       double precision,
    cached_sugar_g         double precision,
    nutrition_validated_at timestamptz,
    created_at             timestamptz     NOT NULL,
    updated_at             timestamptz     NOT NULL
);
CREATE INDEX idx_recipes_user_tenant ON recipes (user_id, tenant_id, updated_at DESC);

CREATE TABLE recipe_ingredients (
    id          uuid             NOT NULL PRIMARY KEY,
    recipe_id   uuid             NOT NULL REFERENCES recipes (id) ON DELETE CASCADE,
    fdc_id      bigint,
    name        varchar(255)     NOT NULL,
    amount      double precision NOT NULL CHECK (amount > 0),
    unit        varchar(16)      NOT NULL DEFAULT 'grams'
        CHECK (unit IN ('grams', 'milliliters', 'cups', 'tablespoons', 'teaspoons', 'pieces', 'ounces', 'pounds', 'kilograms')),
    grams       double precision NOT NULL CHECK (grams >= 0),
    preparation varchar(255),
    sort_order  integer          NOT NULL DEFAULT 0
);
CREATE INDEX idx_recipe_ingredients_recipe ON recipe_ingredients (recipe_id, sort_order);

CREATE TABLE admin_config_categories (
    id            varchar(64)   NOT NULL PRIMARY KEY,
    name          varchar(64)   NOT NULL,
    display_name  varchar(128)  NOT NULL,
    description   varchar(1000),
    display_order integer       NOT NULL DEFAULT 0,
    icon          varchar(64),
    is_active     boolean       NOT NULL DEFAULT true,
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
    id           uuid          NOT NULL PRIMARY KEY,
    category     varchar(64)   NOT NULL,
    config_key   varchar(128)  NOT NULL,
    config_value varchar(4000) NOT NULL,
    data_type    varchar(16)   NOT NULL CHECK (data_type IN ('float', 'integer', 'boolean', 'string', 'enum')),
    -- NULL: system-wide
    tenant_id    uuid          REFERENCES tenants (id) ON DELETE CASCADE,
    created_by   uuid          NOT NULL REFERENCES users (id),
    created_at   timestamptz     NOT NULL,
    updated_at   timestamptz     NOT NULL,
    reason       varchar(1000),
    CONSTRAINT admin_config_overrides_key UNIQUE (category, config_key, tenant_id)
);
CREATE UNIQUE INDEX idx_admin_config_overrides_system ON admin_config_overrides (category, config_key) WHERE tenant_id IS NULL;

CREATE TABLE admin_config_audit (
    id            uuid          NOT NULL PRIMARY KEY,
    timestamp     timestamptz     NOT NULL,
    admin_user_id uuid          NOT NULL REFERENCES users (id),
    admin_email   varchar(320)  NOT NULL,
    category      varchar(64)   NOT NULL,
    config_key    varchar(128)  NOT NULL,
    old_value     varchar(4000),
    new_value     varchar(4000) NOT NULL,
    data_type     varchar(16)   NOT NULL,
    reason        varchar(1000),
    tenant_id     uuid          REFERENCES tenants (id) ON DELETE CASCADE,
    ip_address    varchar(64),
    user_agent    varchar(512)
);
CREATE INDEX idx_admin_config_audit_time ON admin_config_audit (timestamp DESC);
