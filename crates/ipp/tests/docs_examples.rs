//! Every JSON example of the upstream documentation (../shared/kustom-ipp-api.md and the
//! seed pages) read into our types and written back.

use ipp::{
    CreateEnrollment, Device, Enrollment, EnrollmentStatus, Location, Page, Platform, Replace,
    SimulatedDevice, UpdateDevice,
};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};

/// Reads `doc` as `T`, writes it back, and checks nothing the example said was lost.
fn round_trip<T: DeserializeOwned + Serialize>(doc: Value) -> T {
    let typed: T = serde_json::from_value(doc.clone()).expect("the example reads");
    let back = serde_json::to_value(&typed).unwrap();
    assert_eq!(back, doc, "written back differently");
    let again: T = serde_json::from_value(back).unwrap();
    assert_eq!(serde_json::to_value(&again).unwrap(), doc);
    typed
}

#[test]
fn create_enrollment_response() {
    let e: Enrollment = round_trip(json!({
        "enrollment_id": "660e8400-e29b-41d4-a716-446655440001",
        "enrollment_code": "ABC123XYZ",
        "expires_at": "2024-01-15T11:30:00Z",
        "status": "PENDING",
        "metadata": { "store_id": "123", "terminal_type": "checkout" }
    }));
    assert_eq!(e.status, EnrollmentStatus::Pending);
    assert_eq!(e.metadata["terminal_type"], "checkout");
}

#[test]
fn create_enrollment_requests() {
    // API reference example.
    let r: CreateEnrollment = round_trip(json!({
        "metadata": { "store_id": "123", "terminal_type": "checkout" },
        "expires_in": 360000,
        "location_id": "550e8400-e29b-41d4-a716-446655440000"
    }));
    assert_eq!(r.expires_in_ms(), 360_000);
    // Guide example: it reads, but its 36000 ms (36 s) is below our 1-minute floor, and
    // validation says so by name.
    let guide = json!({
        "metadata": { "username": "john.doe", "type": "android" },
        "expires_in": 36000,
        "location_id": "46910cc3-ab41-4b80-b4a7-94dab9f1b795"
    });
    let _: CreateEnrollment = round_trip(guide.clone());
    let problem = CreateEnrollment::decode(guide.to_string().as_bytes()).unwrap_err();
    assert_eq!(problem.errors.keys().collect::<Vec<_>>(), ["expires_in"]);
}

#[test]
fn update_device_request_and_response() {
    let body = json!({
        "name": "POS Terminal - Main Entrance",
        "metadata": { "store_id": "456", "department": "Sales" },
        "location_id": "660e8400-e29b-41d4-a716-446655440001"
    });
    let u: UpdateDevice = round_trip(body.clone());
    assert_eq!(
        UpdateDevice::decode(body.to_string().as_bytes(), Replace::Whole).unwrap(),
        u
    );

    let d: Device = round_trip(json!({
        "id": "550e8400-e29b-41d4-a716-446655440000",
        "hardware_id": "ABC123XYZ",
        "merchant_id": "merchant_12345",
        "location_id": "660e8400-e29b-41d4-a716-446655440001",
        "name": "POS Terminal - Main Entrance",
        "platform": "IOS",
        "metadata": { "store_id": "456", "department": "Sales" },
        "created_at": "2024-01-15T10:30:00Z"
    }));
    assert_eq!(d.platform, Platform::Ios);
    assert_eq!(d.location_id, u.location_id);
}

#[test]
fn device_with_every_documented_field() {
    let d: Device = round_trip(json!({
        "id": "550e8400-e29b-41d4-a716-446655440000",
        "hardware_id": "ABC123XYZ",
        "merchant_id": "merchant_12345",
        "location_id": "660e8400-e29b-41d4-a716-446655440001",
        "name": "POS Terminal 1",
        "platform": "TERMINAL",
        "metadata": { "store_id": "123", "region": "EU" },
        "created_at": "2024-01-15T10:30:00Z",
        "open_cash_register_id": 42,
        "credentials": { "bearer_token": "eyJhbGciOiJSUzI1NiIsInR5cCI...", "issuedAt": "2024-01-15T10:30:00Z" },
        "unique_id": "ABC123XYZ"
    }));
    assert_eq!(
        d.credentials.unwrap().bearer_token,
        "eyJhbGciOiJSUzI1NiIsInR5cCI..."
    );
}

#[test]
fn location_example_with_numbers_for_text() {
    // The docs show street_address and postal_code as bare numbers; we read them as text.
    let doc = json!({
        "id": "550e8400-e29b-41d4-a716-446655440000",
        "merchant_id": "merchant_12345",
        "name": "Downtown Store",
        "street_address": 123,
        "street_address2": "Suite 100",
        "postal_code": 12345,
        "city": "Stockholm",
        "country": "SE",
        "created_at": "2024-01-15T10:30:00Z",
        "updated_at": "2024-01-20T14:45:00Z"
    });
    let l: Location = serde_json::from_value(doc).unwrap();
    assert_eq!(l.postal_code.as_deref(), Some("12345"));
    assert_eq!(l.street_address.as_deref(), Some("123"));
    // As text, it round-trips exactly.
    let as_text = serde_json::to_value(&l).unwrap();
    let again: Location = round_trip(as_text);
    assert_eq!(again, l);
}

#[test]
fn page_envelope() {
    let p: Page<Enrollment> = round_trip(json!({
        "content": [
            { "enrollment_id": "660e8400-e29b-41d4-a716-446655440001", "enrollment_code": "ABC123XYZ",
              "expires_at": "2024-01-15T11:30:00Z", "status": "PENDING", "metadata": {} },
            { "enrollment_id": "660e8400-e29b-41d4-a716-446655440002", "enrollment_code": "DEF456UVW",
              "expires_at": "2024-01-15T12:30:00Z", "status": "CONSUMED", "metadata": { "store_id": "123" } }
        ],
        "total_elements": 2, "total_pages": 1, "page_number": 0, "page_size": 20, "first": true, "last": true
    }));
    assert_eq!(p.content.len(), 2);
    assert_eq!(Page::new(p.content.clone(), 2, 0, 20), p);
}

#[test]
fn simulated_device_request() {
    let body = json!({
        "name": "Sim till",
        "location_id": "46910cc3-ab41-4b80-b4a7-94dab9f1b795",
        "metadata": { "property1": "string", "property2": "string" }
    });
    let s: SimulatedDevice = round_trip(body.clone());
    assert_eq!(
        SimulatedDevice::decode(body.to_string().as_bytes()).unwrap(),
        s
    );
}

#[test]
fn upstream_extras_are_tolerated() {
    // Fields we do not know are ignored in answers (the upstream may add some), metadata
    // values that are not text are kept as text, and unknown enum values do not fail.
    let d: Device = serde_json::from_value(json!({
        "id": "550e8400-e29b-41d4-a716-446655440000",
        "name": null,
        "platform": "WATCH",
        "metadata": { "simulated": true, "till": 3 },
        "created_at": "2024-01-15T10:30:00Z",
        "battery": 80
    }))
    .unwrap();
    assert_eq!(d.platform, Platform::Unknown);
    assert_eq!(d.metadata["simulated"], "true");
    assert_eq!(d.metadata["till"], "3");
    assert_eq!(d.name, "");
}
