//! openapi.yaml describes exactly the routes the playground serves.

use std::collections::BTreeSet;

/// (METHOD, path) pairs under `paths:` of an OpenAPI document written in this repo's
/// style (two-space indentation).
fn documented(yaml: &str) -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    let mut in_paths = false;
    let mut path = None;
    for line in yaml.lines() {
        if !line.starts_with(' ') {
            in_paths = line.trim_end() == "paths:";
            continue;
        }
        if !in_paths {
            continue;
        }
        let indent = line.len() - line.trim_start().len();
        let key = line.trim().trim_end_matches(':');
        match indent {
            2 => path = Some(key.to_owned()),
            4 if ["get", "put", "post", "delete", "patch"].contains(&key) => {
                out.insert((
                    key.to_uppercase(),
                    path.clone().expect("a method under a path"),
                ));
            }
            _ => {}
        }
    }
    out
}

#[test]
fn every_route_is_documented_and_every_documented_route_exists() {
    let yaml = include_str!("../../openapi.yaml");
    let spec = documented(yaml);
    let served: BTreeSet<(String, String)> = playground::routes(false)
        .iter()
        .map(|r| (r.method.to_string(), r.path.to_owned()))
        .collect();
    assert!(!spec.is_empty());
    let undocumented: Vec<_> = served.difference(&spec).collect();
    assert!(
        undocumented.is_empty(),
        "served but not in openapi.yaml: {undocumented:?}"
    );
    let missing: Vec<_> = spec.difference(&served).collect();
    assert!(
        missing.is_empty(),
        "in openapi.yaml but not served: {missing:?}"
    );
}

#[test]
fn extensions_are_marked_in_the_spec() {
    let yaml = include_str!("../../openapi.yaml");
    let documented_only: BTreeSet<(String, String)> = playground::routes(true)
        .iter()
        .map(|r| (r.method.to_string(), r.path.to_owned()))
        .collect();
    let all = playground::routes(false);
    for r in all
        .iter()
        .filter(|r| !documented_only.contains(&(r.method.to_string(), r.path.to_owned())))
    {
        // The operation's block must say x-extension: true.
        let start = yaml
            .find(&format!("  {}:\n", r.path))
            .expect("path in spec");
        let op = yaml[start..]
            .find(&format!("    {}:\n", r.method.as_str().to_lowercase()))
            .unwrap()
            + start;
        let block: String = yaml[op..]
            .lines()
            .skip(1)
            .take_while(|l| l.starts_with("      "))
            .collect::<Vec<_>>()
            .join("\n");
        assert!(
            block.contains("x-extension: true"),
            "{} {} is an extension but not marked",
            r.method,
            r.path
        );
    }
}
