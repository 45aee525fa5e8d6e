-- Key lifecycle that holds with several nodes (issue 14): the same changes as db/migration/sqlite/V5 in
-- PostgreSQL types (demotion time on the database clock, one global primary by construction, values the rewrap
-- could not open).

ALTER TABLE key_versions ADD COLUMN demoted_at timestamptz;
-- Versions already demoted before this migration: their grace starts now.
UPDATE key_versions SET demoted_at = now() WHERE tenant_id IS NULL AND state = 'decrypt_only';
CREATE UNIQUE INDEX idx_key_versions_one_global_primary ON key_versions (state)
    WHERE tenant_id IS NULL AND state = 'primary';

CREATE TABLE unopenable_sealed_values (
    id              uuid         NOT NULL PRIMARY KEY,
    table_name      varchar(64)  NOT NULL,
    column_name     varchar(64)  NOT NULL,
    -- The row's primary key as text (a UUID, a secret type, a kid).
    row_key         varchar(255) NOT NULL,
    key_version     integer      NOT NULL,
    -- SHA-256 of the stored envelope: tells whether the row still holds the value that failed.
    envelope_sha256 varchar(64)  NOT NULL,
    reason          varchar(255) NOT NULL,
    detected_at     timestamptz  NOT NULL,
    CONSTRAINT unopenable_sealed_values_place_key UNIQUE (table_name, column_name, row_key)
);
