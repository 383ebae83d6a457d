//! Finding each row's location: by name in any case and accents, by "Name, City", by id;
//! and what is said when none or several fit.

use super::tests::{row_faults, sheet, DROTTNINGGATAN, MALMO, OUTLET, OUTLET_PLAIN, STOCKHOLM};
use super::*;

#[test]
fn locations_are_found_by_name_in_any_case_and_accents_or_by_id() {
    let found = |cell: &str| {
        let s = sheet(&format!("location\n\"{cell}\"\n"));
        s.rows[0].item.as_ref().map(|i| i.location_id)
    };
    assert_eq!(found("Malmö Centrum"), Some(MALMO));
    assert_eq!(found("  MALMO   centrum "), Some(MALMO));
    assert_eq!(found("malmö\ncentrum"), Some(MALMO));
    assert_eq!(found("stockholm"), Some(STOCKHOLM));
    // "Name, City" as the console shows it.
    assert_eq!(found("Drottninggatan, Stockholm"), Some(DROTTNINGGATAN));
    assert_eq!(
        found("660e8400-e29b-41d4-a716-446655440002"),
        Some(STOCKHOLM)
    );
    assert_eq!(
        found("660E8400-E29B-41D4-A716-446655440002"),
        Some(STOCKHOLM)
    );
    // Two names that fold alike: the exact spelling decides.
    assert_eq!(found("Malmö Outlet"), Some(OUTLET));
    assert_eq!(found("Malmo Outlet"), Some(OUTLET_PLAIN));
}

#[test]
fn a_missing_location_is_named() {
    let s = sheet("location,till\n,1\n");
    assert_eq!(
        s.rows[0].flaws,
        [Flaw::at(2, Some(Column::Location), Fault::LocationMissing)]
    );
    assert_eq!(
        s.rows[0].flaws[0].to_string(),
        "Row 2, column location: Enter a location: its name or its id."
    );
    assert!(s.rows[0].item.is_none() && s.items().is_none());
}

#[test]
fn an_unknown_location_offers_the_closest_names() {
    assert_eq!(
        row_faults("Malmo Centrm", ""),
        [Fault::UnknownLocation {
            got: "Malmo Centrm".into(),
            closest: vec!["Malmö Centrum".into()],
        }]
    );
    // Names that contain what was typed come first, then by distance; at most three.
    assert_eq!(
        row_faults("Göteborg", ""),
        [Fault::UnknownLocation {
            got: "Göteborg".into(),
            closest: vec![
                "Göteborg Frölunda".into(),
                "Göteborg Nordstan".into(),
                "Göteborg Kungsgatan".into()
            ],
        }]
    );
    assert_eq!(
        row_faults("Drotninggatan", "")[0].to_string(),
        "No location is called \"Drotninggatan\"; did you mean \"Drottninggatan\"?"
    );
    assert_eq!(
        row_faults("Malmo", "")[0].to_string(),
        "No location is called \"Malmo\"; did you mean \"Malmo Outlet\", \"Malmö Outlet\" or \"Malmö Centrum\"?"
    );
    assert_eq!(
        row_faults("Pop up store", "")[0].to_string(),
        "No location is called \"Pop up store\"; did you mean \"Pop-up\"?"
    );
    // Nothing near: nothing offered.
    assert_eq!(
        row_faults("Helsinki", "")[0].to_string(),
        "No location is called \"Helsinki\"; enter a location's name or id."
    );
    let long = "x".repeat(5000);
    match &row_faults(&long, "")[0] {
        Fault::UnknownLocation { got, closest } => {
            assert!(got.chars().count() < 100 && closest.is_empty());
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn two_offered_names_read_as_a_choice() {
    let two = Fault::UnknownLocation {
        got: "X".into(),
        closest: vec!["A".into(), "B".into()],
    };
    assert_eq!(
        two.to_string(),
        "No location is called \"X\"; did you mean \"A\" or \"B\"?"
    );
}

#[test]
fn an_unknown_id_and_a_shared_name_are_named() {
    assert_eq!(
        row_faults("660e8400-e29b-41d4-a716-4466554400ff", ""),
        [Fault::UnknownLocationId {
            id: "660e8400-e29b-41d4-a716-4466554400ff".into()
        }]
    );
    assert_eq!(
        row_faults("pop-up", ""),
        [Fault::LocationAmbiguous {
            got: "pop-up".into(),
            count: 2
        }]
    );
    assert_eq!(
        row_faults("Pop-up", "")[0].to_string(),
        "2 locations are called \"Pop-up\"; enter the id of the one you mean."
    );
    assert_eq!(
        row_faults("MALMO OUTLET", "")[0],
        Fault::LocationAmbiguous {
            got: "MALMO OUTLET".into(),
            count: 2
        }
    );
    // Pop-up in Lund, by its "Name, City".
    assert_eq!(row_faults("Pop-up, Lund", ""), []);
}
