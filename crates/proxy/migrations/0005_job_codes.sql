-- Batches of pairing codes (`create_enrollments`, DESIGN "The console database"): a job
-- item may be a code to create rather than a device to change. Such an item keeps the
-- code asked for (its location, metadata and lifetime) and the enrollment it became —
-- never the code itself, which is a credential and stays with Kustom. Portable SQL, as
-- 0001: SQLite cannot drop a NOT NULL, so the table is rebuilt (on both) with
-- `device_id` nullable and every existing item copied as it was.

CREATE TABLE job_items_next (
    job_id TEXT NOT NULL,
    seq BIGINT NOT NULL,
    -- The device a change of devices is made to; null for a code to create.
    device_id TEXT,
    name TEXT NOT NULL,
    expected TEXT,
    restore TEXT,
    activity_id TEXT,
    outcome TEXT,
    reason TEXT,
    changes TEXT,
    state_before TEXT,
    state_after TEXT,
    -- A code to create: {"location_id", "metadata", "expires_in"} (JSON).
    spec TEXT,
    -- The enrollment the code became (once made, or found made): at most one item each.
    enrollment_id TEXT,
    -- When its first create was sent (ms since 1970): a create whose answer was lost is
    -- looked for among the codes made since, before it is sent again.
    sent_ms BIGINT,
    PRIMARY KEY (job_id, seq)
);
INSERT INTO job_items_next (job_id, seq, device_id, name, expected, restore, activity_id, outcome, reason, changes, state_before, state_after)
    SELECT job_id, seq, device_id, name, expected, restore, activity_id, outcome, reason, changes, state_before, state_after FROM job_items;
DROP TABLE job_items;
ALTER TABLE job_items_next RENAME TO job_items;
CREATE INDEX job_items_by_outcome ON job_items (job_id, outcome);
CREATE UNIQUE INDEX job_items_by_enrollment ON job_items (enrollment_id);
