-- Bulk changes (DESIGN, "The console database"): a job, the devices it changes (one row
-- each, with the state the job expects to find and the outcome), and the previews a job
-- may run exactly. Portable SQL, as 0001.

-- A preview freezes a selection and each device's state, for a job to run exactly.
CREATE TABLE job_previews (
    id TEXT PRIMARY KEY,
    merchant_id TEXT NOT NULL,
    starter_sub TEXT NOT NULL,
    -- The request it was made for (action and parameters), as JSON.
    request TEXT NOT NULL,
    -- [{"id", "name", "state"}] of every selected device.
    devices TEXT NOT NULL,
    created_ms BIGINT NOT NULL,
    expires_ms BIGINT NOT NULL
);
CREATE INDEX job_previews_by_expiry ON job_previews (expires_ms);

CREATE TABLE jobs (
    id TEXT PRIMARY KEY,
    merchant_id TEXT NOT NULL,
    starter_sub TEXT NOT NULL,
    starter_name TEXT,
    -- The starter's role and locations when it started (JSON; null: all of them): the
    -- job acts with these, whatever the starter's token says later.
    starter_role TEXT NOT NULL,
    starter_locations TEXT,
    action TEXT NOT NULL,
    params TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    -- A digest of the request, to tell the same key with another body.
    request_digest TEXT NOT NULL,
    -- Every location the job touches (JSON list): who may see it.
    locations TEXT NOT NULL,
    status TEXT NOT NULL,
    total BIGINT NOT NULL,
    parent_id TEXT,
    undone_by TEXT,
    cancel_requested INTEGER NOT NULL DEFAULT 0,
    request_id TEXT NOT NULL,
    created_ms BIGINT NOT NULL,
    started_ms BIGINT,
    finished_ms BIGINT,
    -- The replica running it and until when its claim holds (renewed while it runs).
    lease_owner TEXT,
    lease_until_ms BIGINT
);
CREATE UNIQUE INDEX jobs_by_idempotency ON jobs (merchant_id, starter_sub, idempotency_key);
CREATE INDEX jobs_by_time ON jobs (merchant_id, created_ms);
CREATE INDEX jobs_by_status ON jobs (status, lease_until_ms);

CREATE TABLE job_items (
    job_id TEXT NOT NULL,
    seq BIGINT NOT NULL,
    device_id TEXT NOT NULL,
    name TEXT NOT NULL,
    -- The state the device must still be in (JSON; null: any), and for an undo the
    -- state to put back.
    expected TEXT,
    restore TEXT,
    -- While its change is sent: the activity record written for it.
    activity_id TEXT,
    -- Null until it ran: done, unchanged, skipped, conflict, failed.
    outcome TEXT,
    reason TEXT,
    -- Field changes made (JSON), before → after; and the whole state before and after
    -- (JSON), which an undo puts back and expects.
    changes TEXT,
    state_before TEXT,
    state_after TEXT,
    PRIMARY KEY (job_id, seq)
);
CREATE INDEX job_items_by_outcome ON job_items (job_id, outcome);

-- A change made by a job names it.
ALTER TABLE activity ADD COLUMN job_id TEXT;
