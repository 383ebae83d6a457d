-- Standalone sign-in (DESIGN, "Standalone sign-in"): the sign-ins under way, between the
-- redirect to the identity provider and its answer, and the sessions they became. No
-- secret is stored as it travels: `state` and the cookies' values only as SHA-256 digests.
-- Portable SQL, as 0001.

CREATE TABLE sign_ins (
    state_hash TEXT PRIMARY KEY,
    -- The digest of the sign-in cookie: only the browser that started may finish.
    browser_hash TEXT NOT NULL,
    nonce TEXT NOT NULL,
    pkce_verifier TEXT NOT NULL,
    -- Where the user asked to go (a path of the console).
    return_to TEXT NOT NULL,
    created_ms BIGINT NOT NULL,
    expires_ms BIGINT NOT NULL
);
CREATE INDEX sign_ins_by_expiry ON sign_ins (expires_ms);

CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    subject TEXT NOT NULL,
    name TEXT,
    merchant_id TEXT NOT NULL,
    role TEXT NOT NULL,
    -- JSON list of location ids; null: every location of the merchant.
    locations TEXT,
    locale TEXT,
    created_ms BIGINT NOT NULL,
    -- Last use (written at most once a minute): the idle limit counts from here.
    seen_ms BIGINT NOT NULL,
    -- The absolute limit.
    expires_ms BIGINT NOT NULL
);
CREATE INDEX sessions_by_expiry ON sessions (expires_ms);
