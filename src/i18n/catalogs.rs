//! The catalogs: English built in, the others fetched; messages formatted with their
//! values.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::future::Future;
use std::rc::Rc;

use futures_channel::oneshot;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

use super::{t_with, Lang};

/// The English catalog, built in: the files of `locales/en/` joined in name order
/// without their comments (build.rs), as scripts/locales.mjs joins the other languages'.
pub const ENGLISH: &str = include_str!(concat!(env!("OUT_DIR"), "/en.ftl"));

type Bundle = FluentBundle<FluentResource>;

/// A catalog's text as a bundle; what does not parse is left out (the missing-key test
/// finds it before a build does).
pub fn bundle(lang: Lang, source: &str) -> Bundle {
    let id = lang.tag().parse().unwrap_or_default();
    let mut b = FluentBundle::new(vec![id]);
    // Plain text: no Unicode isolation marks around values (names, codes, times).
    b.set_use_isolating(false);
    let _ = b.add_resource(resource(source));
    b
}

/// A catalog's text as messages; what does not parse is left out.
fn resource(source: &str) -> FluentResource {
    match FluentResource::try_new(source.to_owned()) {
        Ok(r) => r,
        Err((r, _)) => r,
    }
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

/// A part of a language's catalog, as the build writes them (scripts/locales.mjs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    /// What every screen says: the frame, the overview, problems. English's is built in.
    Core,
    /// What the screens beyond the first load say, fetched with their code.
    Screens,
}

/// Those who wait for a fetch under way, told whether it arrived.
type Waiting = Vec<oneshot::Sender<bool>>;

/// Each part of each language, numbered: plain arrays and bits keep what the
/// catalogs know of them (hash maps would add their code to the first load).
const SLOTS: usize = 2 * Lang::ALL.len();

fn slot(lang: Lang, part: Part) -> usize {
    2 * lang as usize + part as usize
}

/// The catalogs of one console: English's core at once, the rest as it arrives.
pub struct Catalogs {
    bundles: RefCell<HashMap<Lang, Bundle>>,
    /// Where each part of each language is (from the page), by [`slot`].
    paths: [Option<String>; SLOTS],
    /// The parts each language's bundle has: a bit per [`slot`].
    loaded: Cell<u16>,
    /// Who waits for each fetch under way (one fetch for them all), by [`slot`].
    waiting: RefCell<[Waiting; SLOTS]>,
    /// Whether a screen beyond the first load has been shown: from then on a language
    /// is loaded with its screens' part.
    screens: Cell<bool>,
    /// Every text marked (`⟦…⟧`): the pseudo-locale test's way to see what escaped.
    pseudo: bool,
}

impl Catalogs {
    /// `paths`: each language's core catalog, `screens`: each language's screens' part
    /// (the runtime configuration's `locales` and `screens`, see [`Catalogs::paths`]).
    pub fn new(
        paths: HashMap<Lang, String>,
        screens: HashMap<Lang, String>,
        pseudo: bool,
    ) -> Catalogs {
        let mut at: [Option<String>; SLOTS] = Default::default();
        for (part, paths) in [(Part::Core, paths), (Part::Screens, screens)] {
            for (lang, path) in paths {
                at[slot(lang, part)] = Some(path);
            }
        }
        Catalogs {
            bundles: RefCell::new(HashMap::from([(Lang::En, bundle(Lang::En, ENGLISH))])),
            paths: at,
            loaded: Cell::new(1 << slot(Lang::En, Part::Core)),
            waiting: RefCell::new(Default::default()),
            screens: Cell::new(false),
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

    /// Adds `text`, the screens' part of `lang`'s catalog, as fetching it would (for
    /// component tests, which have no build beside them).
    pub fn add_screens(&self, lang: Lang, text: &str) {
        if self.mark_loaded(lang, Part::Screens) {
            self.add(lang, text);
        }
    }

    fn is_loaded(&self, lang: Lang, part: Part) -> bool {
        self.loaded.get() & (1 << slot(lang, part)) != 0
    }

    /// Notes that `lang`'s `part` is in its bundle; false when it already was.
    fn mark_loaded(&self, lang: Lang, part: Part) -> bool {
        let was = self.is_loaded(lang, part);
        self.loaded.set(self.loaded.get() | 1 << slot(lang, part));
        !was
    }

    fn add(&self, lang: Lang, text: &str) {
        let mut bundles = self.bundles.borrow_mut();
        match bundles.get_mut(&lang) {
            Some(b) => {
                let _ = b.add_resource(resource(text));
            }
            None => {
                bundles.insert(lang, bundle(lang, text));
            }
        }
    }

    /// Whether `lang` can be shown without waiting: its catalog is here, with the
    /// screens' part once that is wanted.
    pub(super) fn has(&self, lang: Lang) -> bool {
        self.is_loaded(lang, Part::Core)
            && (!self.screens.get() || self.is_loaded(lang, Part::Screens))
    }

    /// Fetches `lang`'s catalog, with its screens' part once a screen beyond the first
    /// load has been shown (as it is when this is called); true once it is all there.
    pub fn load(self: &Rc<Self>, lang: Lang) -> impl Future<Output = bool> + 'static {
        let core = self.part(lang, Part::Core);
        let screens = self.screens.get().then(|| self.part(lang, Part::Screens));
        async move {
            match screens {
                None => core.await,
                Some(screens) => {
                    let (core, screens) = futures::join!(core, screens);
                    core && screens
                }
            }
        }
    }

    /// From now on each language comes with its screens' part; fetches `lang`'s (true
    /// once it is there).
    pub fn load_screens(self: &Rc<Self>, lang: Lang) -> impl Future<Output = bool> + 'static {
        self.screens.set(true);
        self.load(lang)
    }

    /// Fetches one part of `lang`'s catalog into its bundle, once, starting now (true
    /// once it is there, or when the build wrote no screens' part).
    fn part(self: &Rc<Self>, lang: Lang, part: Part) -> impl Future<Output = bool> + 'static {
        let at = slot(lang, part);
        let loaded = self.is_loaded(lang, part);
        let waiting = match &self.paths[at] {
            Some(path) if !loaded => {
                let (tx, rx) = oneshot::channel();
                let first = {
                    let list = &mut self.waiting.borrow_mut()[at];
                    list.push(tx);
                    list.len() == 1
                };
                if first {
                    let (me, path) = (self.clone(), path.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        let text = fetch_text(&path).await;
                        if let Some(text) = &text {
                            if me.mark_loaded(lang, part) {
                                me.add(lang, text);
                            }
                        }
                        let waiting = std::mem::take(&mut me.waiting.borrow_mut()[at]);
                        for tx in waiting {
                            let _ = tx.send(text.is_some());
                        }
                    });
                }
                Some(rx)
            }
            _ => None,
        };
        let now = loaded || part == Part::Screens;
        async move {
            match waiting {
                Some(rx) => rx.await.unwrap_or(false),
                None => now,
            }
        }
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

/// A catalog's text, `None` when it did not arrive.
async fn fetch_text(path: &str) -> Option<String> {
    match gloo_net::http::Request::get(path).send().await {
        Ok(r) if r.ok() => r.text().await.ok(),
        _ => None,
    }
}
