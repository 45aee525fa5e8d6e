-- Key lifecycle that holds with several nodes (issue 14):
--  - when a global version stopped being primary, on the database clock: retire waits a grace period after it,
--    so no node that has not refreshed its key ring yet can still seal with the version being retired;
--  - at most one global primary version, enforced by the schema rather than by the callers;
--  - values the rewrap could not open, recorded by place and row identity (never the value), so the rewrap can
--    finish the others and an operator can resolve them.

ALTER TABLE key_versions ADD COLUMN demoted_at TIMESTAMP;
-- Versions already demoted before this migration: their grace starts now.
UPDATE key_versions SET demoted_at = CAST(strftime('%s', 'now') AS INTEGER) * 1000
    WHERE tenant_id IS NULL AND state = 'decrypt_only';
CREATE UNIQUE INDEX idx_key_versions_one_global_primary ON key_versions (state)
    WHERE tenant_id IS NULL AND state = 'primary';

CREATE TABLE unopenable_sealed_values (
    id              BLOB         NOT NULL PRIMARY KEY,
    table_name      VARCHAR(64)  NOT NULL,
    column_name     VARCHAR(64)  NOT NULL,
    -- The row's primary key as text (a UUID, a secret type, a kid).
    row_key         VARCHAR(255) NOT NULL,
    key_version     INTEGER      NOT NULL,
    -- SHA-256 of the stored envelope: tells whether the row still holds the value that failed.
    envelope_sha256 VARCHAR(64)  NOT NULL,
    reason          VARCHAR(255) NOT NULL,
    detected_at     TIMESTAMP    NOT NULL,
    CONSTRAINT unopenable_sealed_values_place_key UNIQUE (table_name, column_name, row_key)
);
