-- The activity trail: one row per change an operator asked for, written before it is
-- sent to Kustom (outcome 'attempted') and completed with how it ended. Portable SQL:
-- the same file runs on SQLite and PostgreSQL. Times are milliseconds since 1970 (UTC);
-- ids and JSON are text.
CREATE TABLE activity (
    id TEXT PRIMARY KEY,
    merchant_id TEXT NOT NULL,
    at_ms BIGINT NOT NULL,
    actor_sub TEXT NOT NULL,
    actor_name TEXT,
    action TEXT NOT NULL,
    target_kind TEXT,
    target_id TEXT,
    target_name TEXT,
    location_before TEXT,
    location_after TEXT,
    changes TEXT NOT NULL,
    outcome TEXT NOT NULL,
    reason TEXT,
    request_id TEXT NOT NULL,
    instance_id TEXT NOT NULL,
    completed_ms BIGINT
);
CREATE INDEX activity_by_time ON activity (merchant_id, at_ms);
CREATE INDEX activity_by_target ON activity (merchant_id, target_id, at_ms);
CREATE INDEX activity_by_location_before ON activity (merchant_id, location_before, at_ms);
CREATE INDEX activity_by_location_after ON activity (merchant_id, location_after, at_ms);
CREATE INDEX activity_by_actor ON activity (merchant_id, actor_sub, at_ms);
CREATE INDEX activity_by_outcome ON activity (outcome, at_ms);

-- Running proxy processes: an attempt whose process stopped beating is reconciled.
CREATE TABLE instances (
    id TEXT PRIMARY KEY,
    started_ms BIGINT NOT NULL,
    heartbeat_ms BIGINT NOT NULL
);
