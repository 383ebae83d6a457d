//! CSV exports: the whole filtered, sorted view, streamed, opening cleanly in a
//! spreadsheet, with formulas neutralised; the code list's codes only for operators.

use super::*;

fn read_csv(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let body = text
        .strip_prefix('\u{feff}')
        .expect("a UTF-8 byte order mark first");
    let mut r = csv::Reader::from_reader(body.as_bytes());
    let header = r.headers().unwrap().iter().map(str::to_owned).collect();
    let rows = r
        .records()
        .map(|row| row.unwrap().iter().map(str::to_owned).collect())
        .collect();
    (header, rows)
}

#[tokio::test]
async fn the_device_export_is_the_whole_view_in_its_order_with_hostile_cells_neutralised() {
    let p = fleet(1_200, Opts::default()).await;
    let admin = token(Role::Admin);
    let loc = p.locations()[0].clone();
    let victim = p.device_at(&loc);
    // (Line breaks cannot be in a name; the csv writer's round trip of them is a unit
    // test of `export`.)
    let hostile = "=HYPERLINK(\"http://evil\",\"x\"), \"quoted\"";
    let body = json!({"name": hostile, "location_id": loc,
        "metadata": {"department": "Checkout", "phone": "+46 70 123", "floor": "-2", "note": "@SUM(A1)"}});
    p.call(
        Method::PUT,
        &format!("/api/devices/{}", victim.id),
        Some(&admin),
        Some(body),
    )
    .await
    .ok(200);
    let a = p
        .send(
            p.client
                .get(p.url("/api/devices/export.csv?sort=name"))
                .bearer_auth(&admin),
        )
        .await;
    assert_eq!(a.status.as_u16(), 200);
    assert_eq!(
        a.headers["content-type"],
        "text/csv; charset=utf-8; header=present"
    );
    assert!(a.headers["content-disposition"]
        .to_str()
        .unwrap()
        .starts_with("attachment; filename=\"devices-"));
    assert_eq!(
        a.headers["transfer-encoding"], "chunked",
        "streamed, not buffered"
    );
    assert_eq!(a.headers["x-row-count"], "1212");
    assert!(a.text.contains("\r\n"), "CRLF line ends");
    let (header, rows) = read_csv(&a.text);
    assert_eq!(rows.len(), 1212);
    assert_eq!(
        &header[..7],
        [
            "name",
            "hardware_id",
            "platform",
            "location",
            "location_id",
            "created_at",
            "id"
        ]
    );
    for key in ["department", "floor", "note", "phone", "store", "till"] {
        assert!(header.contains(&format!("metadata: {key}")), "{header:?}");
    }
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let row = rows
        .iter()
        .find(|r| r[col("id")] == victim.id.to_string())
        .unwrap();
    assert_eq!(
        row[col("name")],
        format!("'{hostile}"),
        "comma and quotes kept; formula neutralised"
    );
    assert_eq!(row[col("metadata: phone")], "'+46 70 123");
    assert_eq!(row[col("metadata: note")], "'@SUM(A1)");
    assert_eq!(row[col("metadata: floor")], "-2", "a number stays a number");
    assert!(!row[col("location")].is_empty(), "the location's name");
    // In the view's order: the list's own first page, by name.
    let page = p
        .get("/api/devices?sort=name&page_size=100", &admin)
        .await
        .ok(200);
    let first: Vec<&str> = rows
        .iter()
        .take(100)
        .map(|r| r[col("id")].as_str())
        .collect();
    assert_eq!(first, ids(&page));
    // Filtered: only what the filters select.
    let filtered = p
        .send(
            p.client
                .get(p.url(&format!(
                    "/api/devices/export.csv?location_id={loc}&platform=IOS"
                )))
                .bearer_auth(&admin),
        )
        .await;
    let (_, rows) = read_csv(&filtered.text);
    let want = all_devices(&p)
        .iter()
        .filter(|d| {
            d.location_id.map(|l| l.to_string()) == Some(loc.clone())
                && d.platform == ipp::Platform::Ios
        })
        .count();
    assert_eq!(rows.len(), want);
    assert_eq!(filtered.headers["x-row-count"], want.to_string().as_str());
}

#[tokio::test]
async fn the_code_export_names_codes_only_for_operators() {
    for documented_only in [false, true] {
        let p = fleet(0, documented(documented_only)).await;
        let loc = p.locations()[0].clone();
        let op = token(Role::Operator);
        let created = new_code(
            &p,
            &op,
            json!({"location_id": loc, "metadata": {"till": "=1+1"}}),
        )
        .await;
        let code = created["enrollment_code"].as_str().unwrap();
        let as_operator = p
            .send(
                p.client
                    .get(p.url("/api/enrollments/export.csv?include_consumed=true"))
                    .bearer_auth(&op),
            )
            .await;
        assert_eq!(as_operator.status.as_u16(), 200, "{}", as_operator.text);
        assert!(as_operator.headers["content-disposition"]
            .to_str()
            .unwrap()
            .contains("pairing-codes-"));
        let (header, rows) = read_csv(&as_operator.text);
        assert_eq!(header[0], "code");
        assert_eq!(
            rows.len().to_string(),
            as_operator.headers["x-row-count"].to_str().unwrap()
        );
        let col = |name: &str| header.iter().position(|h| h == name).unwrap();
        let row = rows
            .iter()
            .find(|r| r[col("code")] == code)
            .expect("the new code");
        assert_eq!(
            row[col("location_id")],
            loc,
            "documented_only={documented_only}"
        );
        assert!(!row[col("location")].is_empty());
        assert_eq!(row[col("status")], "PENDING");
        assert_eq!(row[col("metadata: till")], "'=1+1");
        let as_viewer = p
            .send(
                p.client
                    .get(p.url("/api/enrollments/export.csv"))
                    .bearer_auth(token(Role::Viewer)),
            )
            .await;
        assert_eq!(as_viewer.status.as_u16(), 200);
        let (header, rows) = read_csv(&as_viewer.text);
        assert!(!header.contains(&"code".to_owned()));
        assert!(!as_viewer.text.contains(code), "a viewer never sees a code");
        assert!(!rows.is_empty());
    }
}
