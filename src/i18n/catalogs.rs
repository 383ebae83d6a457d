//! The catalogs: English built in, the others fetched; messages formatted with their
//! values.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

use super::{t_with, Lang};

/// The English catalog, built in: the files of `locales/en/` joined in name order
/// without their comments (build.rs), as scripts/locales.mjs joins the other languages'.
pub const ENGLISH: &str = include_str!(concat!(env!("OUT_DIR"), "/en.ftl"));

type Bundle = FluentBundle<FluentResource>;

/// A catalog's text as a bundle; what does not parse is left out (the missing-key test
/// finds it before a build does).
pub fn bundle(lang: Lang, source: &str) -> Bundle {
    let resource = match FluentResource::try_new(source.to_owned()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let id = lang.tag().parse().unwrap_or_default();
    let mut b = FluentBundle::new(vec![id]);
    // Plain text: no Unicode isolation marks around values (names, codes, times).
    b.set_use_isolating(false);
    let _ = b.add_resource(resource);
    b
}

/// A value for a message's placeable.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Number(n as f64)
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Number(n as f64)
    }
}

/// A message of the catalogs with its values, as logic hands it to the screen.
#[derive(Debug, Clone, PartialEq)]
pub struct Msg {
    pub key: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Msg {
    pub fn new(key: &'static str) -> Msg {
        Msg {
            key,
            args: Vec::new(),
        }
    }

    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Msg {
        self.args.push((name, value.into()));
        self
    }

    /// In the language shown (reactive).
    pub fn text(&self) -> String {
        t_with(self.key, &self.args)
    }
}

/// Formats `key` from `bundle`, `None` when it has no such message.
pub fn format(bundle: &Bundle, key: &str, args: &[(&str, Arg)]) -> Option<String> {
    let pattern = bundle.get_message(key)?.value()?;
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(s) => fluent_args.set(*name, FluentValue::from(s.as_str())),
            Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned(),
    )
}

/// The catalogs of one console: English at once, the others as they arrive.
pub struct Catalogs {
    bundles: RefCell<HashMap<Lang, Rc<Bundle>>>,
    /// Where each other language's catalog is (from the page).
    paths: HashMap<Lang, String>,
    /// Every text marked (`⟦…⟧`): the pseudo-locale test's way to see what escaped.
    pseudo: bool,
}

impl Catalogs {
    pub fn new(paths: HashMap<Lang, String>, pseudo: bool) -> Catalogs {
        let mut bundles = HashMap::new();
        bundles.insert(Lang::En, Rc::new(bundle(Lang::En, ENGLISH)));
        Catalogs {
            bundles: RefCell::new(bundles),
            paths,
            pseudo,
        }
    }

    /// Whether every text is marked (the pseudo-locale).
    pub fn is_pseudo(&self) -> bool {
        self.pseudo
    }

    /// The catalogs' paths from the runtime configuration.
    pub fn paths(locales: &HashMap<String, String>) -> HashMap<Lang, String> {
        locales
            .iter()
            .filter_map(|(code, path)| Lang::from_tag(code).map(|l| (l, path.clone())))
            .collect()
    }

    pub(super) fn has(&self, lang: Lang) -> bool {
        self.bundles.borrow().contains_key(&lang)
    }

    /// Fetches `lang`'s catalog; true once it is there.
    pub async fn load(&self, lang: Lang) -> bool {
        if self.has(lang) {
            return true;
        }
        let Some(path) = self.paths.get(&lang) else {
            return false;
        };
        let text = match gloo_net::http::Request::get(path).send().await {
            Ok(r) if r.ok() => r.text().await.ok(),
            _ => None,
        };
        let Some(text) = text else { return false };
        self.bundles
            .borrow_mut()
            .insert(lang, Rc::new(bundle(lang, &text)));
        true
    }

    /// `key` in `lang`, else in English, else the key itself (a bug the tests catch).
    pub fn text(&self, lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
        let bundles = self.bundles.borrow();
        let found = bundles
            .get(&lang)
            .and_then(|b| format(b, key, args))
            .or_else(|| bundles.get(&Lang::En).and_then(|b| format(b, key, args)))
            .unwrap_or_else(|| key.to_owned());
        if self.pseudo {
            format!("⟦{found}⟧")
        } else {
            found
        }
    }
}
