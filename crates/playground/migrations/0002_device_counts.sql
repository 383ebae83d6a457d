-- Device counts per merchant and location, kept by triggers in the same transactions as
-- the devices themselves, so an unfiltered list does not count 100,000 rows each time.
-- location_id '' stands for "no location".

CREATE TABLE device_counts (
    merchant_id  TEXT NOT NULL,
    location_id  TEXT NOT NULL,
    n            INTEGER NOT NULL,
    PRIMARY KEY (merchant_id, location_id)
) WITHOUT ROWID;

INSERT INTO device_counts (merchant_id, location_id, n)
    SELECT merchant_id, coalesce(location_id, ''), count(*) FROM devices GROUP BY 1, 2;

CREATE TRIGGER device_counts_insert AFTER INSERT ON devices BEGIN
    INSERT INTO device_counts (merchant_id, location_id, n) VALUES (new.merchant_id, coalesce(new.location_id, ''), 1)
        ON CONFLICT (merchant_id, location_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER device_counts_delete AFTER DELETE ON devices BEGIN
    UPDATE device_counts SET n = n - 1 WHERE merchant_id = old.merchant_id AND location_id = coalesce(old.location_id, '');
END;

CREATE TRIGGER device_counts_move AFTER UPDATE OF location_id ON devices
    WHEN coalesce(old.location_id, '') <> coalesce(new.location_id, '') BEGIN
    UPDATE device_counts SET n = n - 1 WHERE merchant_id = old.merchant_id AND location_id = coalesce(old.location_id, '');
    INSERT INTO device_counts (merchant_id, location_id, n) VALUES (new.merchant_id, coalesce(new.location_id, ''), 1)
        ON CONFLICT (merchant_id, location_id) DO UPDATE SET n = n + 1;
END;
