//! The catalogs against each other and against the code.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::*;

/// The files of `locales/<code>/` the build joins for the screens' part of a catalog
/// (`screens`: all but the core files, build.rs's `CORE`) or for all of it, in name
/// order (with their comments, which the build leaves out and Fluent skips).
fn joined(lang: Lang, screens: bool) -> String {
    let core: Vec<&str> = env!("CATALOG_CORE_FILES").split(' ').collect();
    let dir = format!("{}/locales/{}", env!("CARGO_MANIFEST_DIR"), lang.code());
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|f| f.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .filter(|p| !screens || !core.iter().any(|c| p.ends_with(c)))
        .collect();
    files.sort();
    let texts: Vec<String> = files
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{p:?}: {e}")))
        .collect();
    texts.join("\n")
}

/// A language's whole catalog.
fn source(lang: Lang) -> String {
    joined(lang, false)
}

/// The screens' part of a language's catalog.
pub(super) fn screens(lang: Lang) -> String {
    joined(lang, true)
}

#[test]
fn the_built_in_english_is_what_every_screen_says() {
    let core: Vec<&str> = env!("CATALOG_CORE_FILES").split(' ').collect();
    assert_eq!(core, ["main.ftl", "problems.ftl"]);
    let whole = messages(Lang::En);
    let built_in = keys(catalogs::ENGLISH);
    let screens = keys(&screens(Lang::En));
    assert!(built_in.contains("nav-devices") && built_in.contains("overview-stale"));
    assert!(screens.contains("device-rename"));
    assert!(built_in.is_disjoint(&screens));
    assert_eq!(
        built_in.union(&screens).cloned().collect::<BTreeSet<_>>(),
        whole.keys().cloned().collect::<BTreeSet<_>>(),
        "the built-in English and the screens' part are every message of locales/en/"
    );
    assert!(!catalogs::ENGLISH.lines().any(|l| l.starts_with('#')));
}

/// The message ids of a catalog's text.
fn keys(text: &str) -> BTreeSet<String> {
    fluent_syntax::parser::parse(text)
        .unwrap_or_else(|(_, errors)| panic!("{errors:?}"))
        .body
        .iter()
        .filter_map(|e| match e {
            ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

/// Every message of a catalog, with the variables it uses.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    fn pattern(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
        for e in &p.elements {
            if let ast::PatternElement::Placeable { expression } = e {
                expr(expression, vars);
            }
        }
    }
    fn inline(e: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
        match e {
            ast::InlineExpression::VariableReference { id } => {
                vars.insert(id.name.to_owned());
            }
            ast::InlineExpression::Placeable { expression } => expr(expression, vars),
            _ => {}
        }
    }
    fn expr(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                inline(selector, vars);
                for v in variants {
                    pattern(&v.value, vars);
                }
            }
            ast::Expression::Inline(i) => inline(i, vars),
        }
    }
    let text = source(lang);
    let resource = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{}.ftl does not parse: {errors:?}", lang.code()));
    let mut out = BTreeMap::new();
    for entry in &resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(v) = &m.value {
                pattern(v, &mut vars);
            }
            assert!(
                out.insert(m.id.name.to_owned(), vars).is_none(),
                "{}.ftl has {} twice",
                lang.code(),
                m.id.name
            );
        }
    }
    out
}

#[test]
fn every_language_has_every_message_with_the_same_values() {
    let english = messages(Lang::En);
    assert!(english.len() > 100, "{}", english.len());
    for lang in Lang::ALL {
        let other = messages(lang);
        let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{}.ftl lacks {missing:?}", lang.code());
        assert!(
            extra.is_empty(),
            "{}.ftl has messages English lacks: {extra:?}",
            lang.code()
        );
        for (key, vars) in &english {
            assert_eq!(
                &other[key],
                vars,
                "{}.ftl: {key} uses other values",
                lang.code()
            );
        }
    }
}

/// The messages the code under `src/` asks for (`t("…")`, `t_with("…"`, `t_in(…, "…"`,
/// `Msg::new("…")`, and the components' message props `key`, `noun`, `no_match`,
/// `nothing_yet`), in the files `of` picks (by their path under `src/`).
fn asked(of: impl Fn(&str) -> bool) -> BTreeSet<String> {
    let root = std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"));
    let mut asked = BTreeSet::new();
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let name = path
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            // This file names the patterns themselves.
            if name == "i18n/tests.rs" || !of(&name) {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for pattern in [
                "t(",
                "t_with(",
                "Msg::new(",
                "key=",
                "noun=",
                "no_match=",
                "nothing_yet=",
            ] {
                for (i, _) in text.match_indices(pattern) {
                    // A whole name: `t(`, not `get(` or `format(`.
                    let before = text[..i].chars().next_back().unwrap_or(' ');
                    if before.is_alphanumeric() || before == '_' || before == '`' {
                        continue;
                    }
                    // A literal, also on the next line (as rustfmt breaks long calls).
                    let Some(rest) = text[i + pattern.len()..].trim_start().strip_prefix('"')
                    else {
                        continue;
                    };
                    let key = &rest[..rest.find('"').unwrap()];
                    asked.insert(key.to_owned());
                }
            }
        }
    }
    asked
}

/// Every message the code asks for is in the English catalog.
#[test]
fn every_message_the_console_asks_for_exists() {
    let english = messages(Lang::En);
    let asked = asked(|_| true);
    assert!(asked.len() > 50, "{}", asked.len());
    let unknown: Vec<_> = asked.iter().filter(|k| !english.contains_key(*k)).collect();
    assert!(
        unknown.is_empty(),
        "asked for but not in en.ftl: {unknown:?}"
    );
}

/// What the code in the main module shows (the frame, the overview, problems; not the
/// screens of `pages/lazy.rs` and what only they use) is in the built-in part of the
/// catalogs, there before the screens' part has arrived. `logic/` only names messages
/// (`Msg`) that the screens show.
#[test]
fn the_first_load_says_everything_in_its_own_words() {
    const MAIN_MODULE: [&str; 18] = [
        "lib.rs",
        "start.rs",
        "shell.rs",
        "session.rs",
        "locations.rs",
        "config.rs",
        "dev.rs",
        "auth.rs",
        "embed/",
        "api/",
        "i18n/mod.rs",
        "components/layout.rs",
        "components/notice.rs",
        "components/loading.rs",
        "components/time.rs",
        "pages/mod.rs",
        "pages/overview.rs",
        "pages/lazy.rs",
    ];
    let built_in = keys(catalogs::ENGLISH);
    let asked = asked(|path| MAIN_MODULE.iter().any(|m| path.starts_with(m)));
    assert!(asked.len() > 30, "{}", asked.len());
    let elsewhere: Vec<_> = asked.iter().filter(|k| !built_in.contains(*k)).collect();
    assert!(
        elsewhere.is_empty(),
        "the main module asks for messages that are not in the built-in catalog files: {elsewhere:?}"
    );
    // And the built-in part holds nothing else: a message only the screens beyond the
    // first load show goes with their words (common.ftl, or its area's file).
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/src/");
    let code: String = MAIN_MODULE
        .iter()
        .flat_map(|m| match m.strip_suffix('/') {
            Some(dir) => std::fs::read_dir(format!("{root}{dir}"))
                .unwrap()
                .flatten()
                .map(|e| e.path())
                .collect::<Vec<_>>(),
            None => vec![format!("{root}{m}").into()],
        })
        .map(|path| std::fs::read_to_string(path).unwrap())
        .collect();
    let unused: Vec<_> = built_in
        .iter()
        .filter(|k| !code.contains(&format!("\"{k}\"")))
        .collect();
    assert!(
        unused.is_empty(),
        "built in, but no code of the main module names them: {unused:?}"
    );
}

#[test]
fn plurals_follow_each_language() {
    let text = |lang: Lang, key: &str, n: i64| {
        format(&bundle(lang, &source(lang)), key, &[("n", n.into())]).unwrap()
    };
    assert_eq!(text(Lang::En, "time-days-ago", 1), "1 day ago");
    assert_eq!(text(Lang::En, "time-days-ago", 3), "3 days ago");
    assert_eq!(text(Lang::Sv, "time-days-ago", 1), "för 1 dag sedan");
    assert_eq!(text(Lang::Sv, "time-days-ago", 3), "för 3 dagar sedan");
    assert_eq!(text(Lang::Nb, "time-months-in", 2), "om 2 måneder");
    assert_eq!(text(Lang::Da, "time-days-ago", 5), "for 5 dage siden");
    assert_eq!(text(Lang::Fi, "time-days-ago", 1), "1 päivä sitten");
    assert_eq!(text(Lang::Fi, "time-days-ago", 4), "4 päivää sitten");
    assert_eq!(text(Lang::Fi, "time-days-in", 4), "4 päivän päästä");
}

#[test]
fn tags_pick_languages() {
    assert_eq!(Lang::from_tag("sv-SE"), Some(Lang::Sv));
    assert_eq!(Lang::from_tag("nn_NO"), Some(Lang::Nb));
    assert_eq!(Lang::from_tag("no"), Some(Lang::Nb));
    assert_eq!(Lang::from_tag("FI"), Some(Lang::Fi));
    assert_eq!(Lang::from_tag("de-DE"), None);
    assert_eq!(Lang::from_tag(""), None);
}
