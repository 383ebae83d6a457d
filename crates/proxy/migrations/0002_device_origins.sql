-- Which pairing code each device came from, as the console learnt it (a simulated
-- pairing, or the pairing card reading a used code): whoever created the code through
-- the console created the device.
CREATE TABLE device_origins (
    merchant_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    enrollment_id TEXT NOT NULL,
    PRIMARY KEY (merchant_id, device_id)
);
