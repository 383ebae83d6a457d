-- Failed redemptions of pairing codes, per client, for the limit a pairing service puts
-- on guessing (see the README, "Where the upstream docs are silent").
CREATE TABLE redemption_failures (
    client TEXT NOT NULL,
    at INTEGER NOT NULL
);
CREATE INDEX redemption_failures_by_client ON redemption_failures (client, at);
