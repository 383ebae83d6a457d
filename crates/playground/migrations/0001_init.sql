-- Device API simulator: merchants and their keys, locations, enrollments, devices.
-- Times are Unix milliseconds (UTC). Metadata is kept twice: as JSON on the row (what is
-- returned) and as one row per key (what filters use). The per-key rows repeat their
-- owner's creation time, so a filtered list is read from one index in list order and
-- stops after its page.

CREATE TABLE merchants (
    id          TEXT PRIMARY KEY,
    created_at  INTEGER NOT NULL
);

CREATE TABLE api_keys (
    key          TEXT PRIMARY KEY,
    merchant_id  TEXT NOT NULL REFERENCES merchants(id)
);

CREATE TABLE locations (
    id               TEXT PRIMARY KEY,
    merchant_id      TEXT NOT NULL REFERENCES merchants(id),
    name             TEXT NOT NULL,
    street_address   TEXT,
    street_address2  TEXT,
    postal_code      TEXT,
    city             TEXT,
    country          TEXT,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX locations_by_merchant ON locations (merchant_id, created_at, id);

CREATE TABLE enrollments (
    id           TEXT PRIMARY KEY,
    merchant_id  TEXT NOT NULL REFERENCES merchants(id),
    code         TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('PENDING', 'CONSUMED', 'EXPIRED', 'CANCELLED')),
    location_id  TEXT,
    metadata     TEXT NOT NULL,
    expires_at   INTEGER NOT NULL,
    created_at   INTEGER NOT NULL,
    consumed_at  INTEGER,
    device_id    TEXT,
    cancelled_at INTEGER
);
-- A code is unique among live (pending) codes.
CREATE UNIQUE INDEX enrollments_live_code ON enrollments (code) WHERE status = 'PENDING';
CREATE INDEX enrollments_by_code ON enrollments (code, created_at);
CREATE INDEX enrollments_by_merchant ON enrollments (merchant_id, created_at, id);
CREATE INDEX enrollments_by_location ON enrollments (merchant_id, location_id, created_at, id);

CREATE TABLE enrollment_metadata (
    enrollment_id  TEXT NOT NULL REFERENCES enrollments(id) ON DELETE CASCADE,
    merchant_id    TEXT NOT NULL,
    key            TEXT NOT NULL,
    value          TEXT NOT NULL,
    created_at     INTEGER NOT NULL,
    PRIMARY KEY (enrollment_id, key)
) WITHOUT ROWID;
CREATE INDEX enrollment_metadata_lookup ON enrollment_metadata (merchant_id, key, value, created_at, enrollment_id);

CREATE TABLE devices (
    id             TEXT PRIMARY KEY,
    merchant_id    TEXT NOT NULL REFERENCES merchants(id),
    hardware_id    TEXT NOT NULL,
    location_id    TEXT,
    name           TEXT NOT NULL,
    platform       TEXT NOT NULL,
    metadata       TEXT NOT NULL,
    created_at     INTEGER NOT NULL,
    enrollment_id  TEXT,
    token_hash     TEXT NOT NULL UNIQUE
);
CREATE INDEX devices_by_merchant ON devices (merchant_id, created_at, id);
CREATE INDEX devices_by_location ON devices (merchant_id, location_id, created_at, id);

CREATE TABLE device_metadata (
    device_id    TEXT NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
    merchant_id  TEXT NOT NULL,
    key          TEXT NOT NULL,
    value        TEXT NOT NULL,
    created_at   INTEGER NOT NULL,
    PRIMARY KEY (device_id, key)
) WITHOUT ROWID;
CREATE INDEX device_metadata_lookup ON device_metadata (merchant_id, key, value, created_at, device_id);

-- Tokens of deregistered devices, so a refused token can say why.
CREATE TABLE revoked_tokens (
    token_hash  TEXT PRIMARY KEY,
    device_id   TEXT NOT NULL,
    revoked_at  INTEGER NOT NULL
) WITHOUT ROWID;
