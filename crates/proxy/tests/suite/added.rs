//! What the proxy adds to Kustom's answers: the device a used code paired, and the
//! stores' time zones.

use ipp::console::Role;
use reqwest::Method;
use serde_json::{json, Value};

use crate::common::*;

#[tokio::test]
async fn used_codes_name_their_device_and_when_it_was_paired_within_scope_only() {
    let p = stack(Opts::default()).await;
    let locs = p.locations();
    let op = token(Role::Operator);
    let e = p
        .call(
            Method::POST,
            "/api/enrollments",
            Some(&op),
            Some(json!({"metadata": {"till": "used-by"}, "location_id": locs[2]})),
        )
        .await
        .ok(201);
    assert!(e.get("used_by").is_none());
    let device = p.pair(&ipp::RegisterDevice {
        enrollment_code: e["enrollment_code"].as_str().unwrap().into(),
        hardware_id: "HW-used-by".into(),
        platform: ipp::Platform::Android,
        name: Some("Till used-by".into()),
    });
    let list = "/api/enrollments?include_consumed=true&metadata=till%3Aused-by";
    let row = |v: Value| v["content"][0].clone();
    let listed = row(p.get(list, &op).await.ok(200));
    assert_eq!(listed["status"], "CONSUMED");
    assert_eq!(listed["device_id"], device.id.to_string());
    assert_eq!(
        listed["used_by"],
        json!({"name": "Till used-by", "paired_at": ipp::time::format(&device.created_at)})
    );
    // A store's operator whose store the device has left learns that the code was used,
    // not what the device is called now or where.
    let body = json!({"name": device.name, "metadata": device.metadata, "location_id": locs[1]});
    p.call(
        Method::PUT,
        &format!("/api/devices/{}", device.id),
        Some(&token(Role::Admin)),
        Some(body),
    )
    .await
    .ok(200);
    let store_op = scoped_token(Role::Operator, &[locs[2].clone()]);
    let listed = row(p.get(list, &store_op).await.ok(200));
    assert_eq!(listed["status"], "CONSUMED");
    assert!(listed.get("used_by").is_none(), "{listed}");
    let listed = row(p.get(list, &op).await.ok(200));
    assert_eq!(listed["used_by"]["name"], "Till used-by");
}

#[tokio::test]
async fn locations_carry_their_time_zone_configured_or_by_country() {
    let plain = stack(Opts::default()).await;
    let viewer = token(Role::Viewer);
    let page = plain.get("/api/locations", &viewer).await.ok(200);
    for l in page["content"].as_array().unwrap() {
        let (zone, languages) = match l["country"].as_str() {
            Some("SE") => ("Europe/Stockholm", json!(["sv"])),
            Some("NO") => ("Europe/Oslo", json!(["nb"])),
            other => panic!("a demo location in {other:?}"),
        };
        assert_eq!(l["time_zone"], zone, "{l}");
        assert_eq!(l["languages"], languages, "{l}");
    }
    // Configured for one store (a pop-up abroad): that zone, in the list and alone.
    let locs = plain.locations();
    let p = proxy_for(
        &format!("http://{}", plain.playground.unwrap()),
        Opts {
            extra_args: vec![
                "--location-time-zones".into(),
                format!("{}=America/New_York", locs[0]),
                "--location-languages".into(),
                format!("{}=fi+sv", locs[0]),
            ],
            ..Opts::default()
        },
    )
    .await;
    let page = p.get("/api/locations", &viewer).await.ok(200);
    let first = page["content"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["id"] == locs[0].as_str())
        .unwrap()
        .clone();
    assert_eq!(first["time_zone"], "America/New_York");
    assert_eq!(first["languages"], json!(["fi", "sv"]));
    let one = p
        .get(&format!("/api/locations/{}", locs[0]), &viewer)
        .await
        .ok(200);
    assert_eq!(one["time_zone"], "America/New_York");
    let scoped = scoped_token(Role::Viewer, std::slice::from_ref(&locs[0]));
    let mine = p.get("/api/locations", &scoped).await.ok(200);
    assert_eq!(mine["content"][0]["time_zone"], "America/New_York");
}

#[test]
fn location_languages_that_are_not_the_consoles_stop_the_start() {
    use clap::Parser;
    for bad in [
        "fi",
        "not-a-uuid=fi",
        "497f6eca-6276-4993-bfeb-53cbbbba6f08=de",
        "497f6eca-6276-4993-bfeb-53cbbbba6f08=fi+",
    ] {
        let c =
            proxy::config::Config::try_parse_from(["device-console", "--location-languages", bad])
                .unwrap();
        let e = c.location_languages().unwrap_err().to_string();
        assert!(e.contains(bad) && e.contains("LOCATION_ID=LANGUAGE"), "{e}");
    }
}

#[test]
fn a_location_time_zone_that_is_not_one_stops_the_start() {
    use clap::Parser;
    for bad in [
        "Europe/Stockholm",
        "not-a-uuid=Europe/Oslo",
        "497f6eca-6276-4993-bfeb-53cbbbba6f08=Stockholm",
    ] {
        let c =
            proxy::config::Config::try_parse_from(["device-console", "--location-time-zones", bad])
                .unwrap();
        let e = c.location_zones().unwrap_err().to_string();
        assert!(e.contains(bad) && e.contains("LOCATION_ID=ZONE"), "{e}");
    }
}
