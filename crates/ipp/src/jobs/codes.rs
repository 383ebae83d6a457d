//! A batch of pairing codes (`create_enrollments`): its `items`, each the body of one
//! `POST /ipp/v1/enrollments` with its location required, checked by the same rules as a
//! single code; every problem is named by its item (`items[3].metadata.store`), counted
//! from 0 as the list is.

use serde_json::Value;

use crate::fields::Fields;
use crate::request::CreateEnrollment;

/// Most codes one batch creates.
pub const MAX_CODES: usize = 500;

/// Reads `items`: the codes, or `None` with every problem in `f.errors`.
pub(super) fn items(f: &mut Fields) -> Option<Vec<CreateEnrollment>> {
    let value = f.take("items")?;
    let Value::Array(rows) = value else {
        f.errors.insert(
            "items".into(),
            "Send a list of the codes to create ([{\"location_id\": …, \"metadata\": {…}}, …])."
                .into(),
        );
        return None;
    };
    if rows.is_empty() {
        f.errors
            .insert("items".into(), "List at least one code to create.".into());
        return None;
    }
    if rows.len() > MAX_CODES {
        f.errors.insert(
            "items".into(),
            format!(
                "A batch creates at most {MAX_CODES} pairing codes; this one has {}. Split it into batches of {MAX_CODES} or fewer.",
                rows.len()
            ),
        );
        return None;
    }
    let mut codes = Vec::with_capacity(rows.len());
    let mut valid = true;
    for (i, row) in rows.into_iter().enumerate() {
        match CreateEnrollment::decode_item(row) {
            Ok(code) => codes.push(code),
            Err(problem) => {
                valid = false;
                for (field, why) in problem.errors {
                    let name = match field.as_str() {
                        "body" => format!("items[{i}]"),
                        _ => format!("items[{i}].{field}"),
                    };
                    f.errors.insert(name, why);
                }
            }
        }
    }
    valid.then_some(codes)
}
