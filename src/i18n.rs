//! The console's languages: English, Swedish, Norwegian Bokmål, Danish and Finnish, one
//! Project Fluent catalog each (`locales/*.ftl`), with CLDR plural rules.
//!
//! English is built in; another language is fetched when it is first used (the build
//! writes each catalog beside the console under a content-hashed name, which the proxy
//! lists in `<meta name="device-console-locales">`). Until it has arrived the console
//! stays in the language it shows, so no screen mixes two.
//!
//! Text is read reactively (`move || t("nav-overview")`): a change of language rewrites the text
//! in place and leaves forms, and what is typed in them, as they are.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use leptos::prelude::*;

/// A language of the console.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Sv,
    Nb,
    Da,
    Fi,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Sv, Lang::Nb, Lang::Da, Lang::Fi];

    /// Its code in the catalogs' file names and the switcher's memory.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Sv => "sv",
            Lang::Nb => "nb",
            Lang::Da => "da",
            Lang::Fi => "fi",
        }
    }

    /// The BCP 47 tag its dates and numbers are written with.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en-GB",
            Lang::Sv => "sv-SE",
            Lang::Nb => "nb-NO",
            Lang::Da => "da-DK",
            Lang::Fi => "fi-FI",
        }
    }

    /// Its name in itself, for the switcher.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Sv => "Svenska",
            Lang::Nb => "Norsk bokmål",
            Lang::Da => "Dansk",
            Lang::Fi => "Suomi",
        }
    }

    /// The language of a BCP 47 tag (`sv-SE`, `no`, `nn-NO`, `fi`), if the console has it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "sv" => Some(Lang::Sv),
            // Norwegian in any written form reads Bokmål.
            "nb" | "no" | "nn" => Some(Lang::Nb),
            "da" => Some(Lang::Da),
            "fi" => Some(Lang::Fi),
            _ => None,
        }
    }

    /// The languages of a store in a country (ISO 3166-1 alpha-2), the first the main
    /// one: Finland writes Finnish and Swedish.
    pub fn of_country(country: &str) -> Vec<Lang> {
        match country.trim().to_ascii_uppercase().as_str() {
            "SE" => vec![Lang::Sv],
            "NO" => vec![Lang::Nb],
            "DK" => vec![Lang::Da],
            "FI" => vec![Lang::Fi, Lang::Sv],
            _ => vec![Lang::En],
        }
    }
}

/// The English catalog, built in.
pub const ENGLISH: &str = include_str!("../locales/en.ftl");

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

    /// The catalogs' paths from the runtime configuration.
    pub fn paths(locales: &HashMap<String, String>) -> HashMap<Lang, String> {
        locales
            .iter()
            .filter_map(|(code, path)| Lang::from_tag(code).map(|l| (l, path.clone())))
            .collect()
    }

    fn has(&self, lang: Lang) -> bool {
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

/// Who said which language, weakest first: the browser, the operator's token, the
/// host portal (its `locale` message), the person (the switcher, standalone).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    Browser,
    Token,
    Host,
    Chosen,
}

/// Where the switcher's choice is remembered (this browser, standalone).
const CHOICE_KEY: &str = "device-console.language";

/// The language remembered from the switcher, if any.
pub fn remembered() -> Option<Lang> {
    window()
        .local_storage()
        .ok()
        .flatten()?
        .get_item(CHOICE_KEY)
        .ok()
        .flatten()
        .and_then(|c| Lang::from_tag(&c))
}

/// The first of the browser's languages the console has, with the tag it came with.
pub fn of_browser() -> Option<(Lang, String)> {
    window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .find_map(|tag| Lang::from_tag(&tag).map(|l| (l, tag)))
}

/// The language of one mounted console and its catalogs, in context.
#[derive(Clone, Copy)]
pub struct I18n {
    /// Who decided the language shown.
    source: RwSignal<Source>,
    /// The tag the language came with (`sv-FI`), for dates and numbers in its region.
    region: RwSignal<Option<String>>,
    lang: RwSignal<Lang>,
    /// The language last asked for: a catalog that arrives after another language was
    /// asked for is not shown.
    wanted: RwSignal<Lang>,
    /// Bumped when a catalog arrives (text in a store's language waits for it).
    arrived: RwSignal<u32>,
    catalogs: StoredValue<Rc<Catalogs>, LocalStorage>,
}

impl I18n {
    /// `region`: the tag the language came with (`en-US`), if any.
    pub fn provide(
        lang: Lang,
        source: Source,
        region: Option<String>,
        catalogs: Rc<Catalogs>,
    ) -> I18n {
        let i = I18n {
            source: RwSignal::new(source),
            region: RwSignal::new(region),
            lang: RwSignal::new(lang),
            wanted: RwSignal::new(lang),
            arrived: RwSignal::new(0),
            catalogs: StoredValue::new_local(catalogs),
        };
        provide_context(i);
        i
    }

    /// The language shown (reactive).
    pub fn lang(&self) -> Lang {
        self.lang.get()
    }

    /// The BCP 47 tag dates and numbers are written with: the tag the language came
    /// with when it names this language (`sv-FI`), else the language's own (reactive).
    pub fn date_tag(&self) -> String {
        let lang = self.lang.get();
        self.region
            .get()
            .filter(|t| Lang::from_tag(t) == Some(lang))
            .unwrap_or_else(|| lang.tag().to_owned())
    }

    /// A language `source` asks for with `tag`: taken unless a stronger source has
    /// spoken; a tag the console has no language for changes nothing.
    pub fn offer(&self, tag: &str, source: Source) {
        let Some(lang) = Lang::from_tag(tag) else {
            return;
        };
        if source < self.source.get_untracked() {
            return;
        }
        self.source.set(source);
        self.region.set(Some(tag.to_owned()));
        self.set(lang);
    }

    /// The person's choice (the switcher): shown, and remembered in this browser.
    pub fn choose(&self, lang: Lang) {
        if let Ok(Some(storage)) = window().local_storage() {
            let _ = storage.set_item(CHOICE_KEY, lang.code());
        }
        self.source.set(Source::Chosen);
        self.set(lang);
    }

    /// Shows `lang` from now on, once its catalog is there (the current one until then).
    pub fn set(&self, lang: Lang) {
        self.wanted.set(lang);
        let (this, catalogs) = (*self, self.catalogs.get_value());
        leptos::task::spawn_local(async move {
            if catalogs.load(lang).await && this.wanted.try_get_untracked() == Some(lang) {
                this.lang.try_set(lang);
            }
        });
    }

    /// Starts fetching `lang`'s catalog (for text in a store's language).
    pub fn want(&self, lang: Lang) {
        let (arrived, catalogs) = (self.arrived, self.catalogs.get_value());
        if catalogs.has(lang) {
            return;
        }
        leptos::task::spawn_local(async move {
            if catalogs.load(lang).await {
                arrived.try_update(|n| *n += 1);
            }
        });
    }

    /// `key` in the language shown (reactive).
    pub fn t(&self, key: &str) -> String {
        self.t_with(key, &[])
    }

    pub fn t_with(&self, key: &str, args: &[(&str, Arg)]) -> String {
        let lang = self.lang.get();
        self.catalogs.with_value(|c| c.text(lang, key, args))
    }

    /// `key` in `lang`, whatever is shown (the store's printout; reactive: English until
    /// `lang`'s catalog has arrived, see [`I18n::want`]).
    pub fn t_in(&self, lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
        self.arrived.track();
        self.catalogs.with_value(|c| c.text(lang, key, args))
    }
}

/// The console's languages; English alone outside a console (a component test).
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or_else(|| {
        I18n::provide(
            Lang::En,
            Source::Browser,
            None,
            Rc::new(Catalogs::new(HashMap::new(), false)),
        )
    })
}

/// `key` in the language shown (reactive: call it inside `move ||`).
pub fn t(key: &str) -> String {
    use_i18n().t(key)
}

/// `key` with placeables, in the language shown (reactive).
pub fn t_with(key: &str, args: &[(&str, Arg)]) -> String {
    use_i18n().t_with(key, args)
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use fluent_syntax::ast;

    use super::*;

    fn source(lang: Lang) -> String {
        let path = format!("{}/locales/{}.ftl", env!("CARGO_MANIFEST_DIR"), lang.code());
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
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

    /// Every message the code asks for (`t("…")`, `t_with("…"`, `t_in(…, "…"`,
    /// `Msg::new("…")`, `key="…"`, and the keys in `match` arms of the form
    /// `=> "some-key"` next to them) is in the English catalog.
    #[test]
    fn every_message_the_console_asks_for_exists() {
        let english = messages(Lang::En);
        let mut asked = BTreeSet::new();
        let mut stack = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src"
        ))];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                for pattern in ["t(\"", "t_with(\"", "Msg::new(\"", "key=\""] {
                    for (i, _) in text.match_indices(pattern) {
                        // A whole name: `t(`, not `get(` or `format(`.
                        let before = text[..i].chars().next_back().unwrap_or(' ');
                        if before.is_alphanumeric() || before == '_' || before == '`' {
                            continue;
                        }
                        let rest = &text[i + pattern.len()..];
                        let key = &rest[..rest.find('"').unwrap()];
                        asked.insert(key.to_owned());
                    }
                }
            }
        }
        assert!(asked.len() > 50, "{}", asked.len());
        let unknown: Vec<_> = asked.iter().filter(|k| !english.contains_key(*k)).collect();
        assert!(
            unknown.is_empty(),
            "asked for but not in en.ftl: {unknown:?}"
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
        assert_eq!(Lang::of_country("fi"), vec![Lang::Fi, Lang::Sv]);
        assert_eq!(Lang::of_country("US"), vec![Lang::En]);
    }
}
