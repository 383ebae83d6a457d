//! The console's languages: English, Swedish, Norwegian Bokmål, Danish and Finnish, one
//! Project Fluent catalog each (`locales/<code>/*.ftl`), with CLDR plural rules.
//!
//! A catalog comes in two parts (scripts/locales.mjs): what every screen says (the frame,
//! the overview, problems), and what the screens beyond the first load say. English's
//! first part is built in; another language's is fetched when it is first used; the
//! screens' part of the language shown comes with those screens' code
//! (`src/pages/lazy.rs`). The build writes each beside the console under a
//! content-hashed name, which the proxy lists in the page's runtime configuration.
//! Until a language has arrived the console stays in the language it shows, so no
//! screen mixes two.
//!
//! Text is read reactively (`move || t("nav-overview")`): a change of language rewrites the text
//! in place and leaves forms, and what is typed in them, as they are.

mod batch;
mod catalogs;
mod rules;
#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::rc::Rc;

use leptos::prelude::*;

pub use batch::{fault as batch_fault, flaw as batch_flaw};
pub use catalogs::{bundle, format, Arg, Catalogs, Msg, ENGLISH};
pub use rules::rule;

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

    /// Whether the server's own words (English) are shown as they are: read in English,
    /// and not in the pseudo-locale, which stands for every other language (reactive).
    pub fn shows_server_words(&self) -> bool {
        self.lang.get() == Lang::En
            && !self
                .catalogs
                .try_with_value(|c| c.is_pseudo())
                .unwrap_or(false)
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

    /// Fetches what the screens beyond the first load say, in the language shown and
    /// the one asked for (and from now on with every language), starting now; the
    /// future is true once it is there.
    pub fn load_screens(&self) -> std::pin::Pin<Box<dyn std::future::Future<Output = bool>>> {
        let catalogs = self.catalogs.get_value();
        let (shown, wanted) = (self.lang.get_untracked(), self.wanted.get_untracked());
        let other = (wanted != shown).then(|| catalogs.load_screens(wanted));
        let shown = catalogs.load_screens(shown);
        Box::pin(async move {
            let shown = shown.await;
            match other {
                Some(other) => other.await && shown,
                None => shown,
            }
        })
    }

    /// `key` in the language shown (reactive).
    pub fn t(&self, key: &str) -> String {
        self.t_with(key, &[])
    }

    pub fn t_with(&self, key: &str, args: &[(&str, Arg)]) -> String {
        // Read from a part of the page that is going away (its owner disposed): English,
        // never a panic.
        let lang = self.lang.try_get().unwrap_or(Lang::En);
        self.catalogs
            .try_with_value(|c| c.text(lang, key, args))
            .unwrap_or_else(|| {
                format(&bundle(Lang::En, ENGLISH), key, args).unwrap_or_else(|| key.to_owned())
            })
    }

    /// `key` in `lang`, whatever is shown (the store's printout; reactive: English until
    /// `lang`'s catalog has arrived, see [`I18n::want`]).
    pub fn t_in(&self, lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
        self.arrived.track();
        self.catalogs
            .try_with_value(|c| c.text(lang, key, args))
            .unwrap_or_else(|| key.to_owned())
    }
}

/// The console's languages; English alone outside a console (a component test).
pub fn use_i18n() -> I18n {
    use_context::<I18n>()
        .unwrap_or_else(|| I18n::provide(Lang::En, Source::Browser, None, Rc::new(english())))
}

/// Every English message, as a console that has shown a screen beyond the first load
/// has them (for unit tests).
#[cfg(test)]
pub(crate) fn english_whole() -> String {
    format!("{ENGLISH}\n{}", tests::screens(Lang::En))
}

/// English alone (outside a console); in unit tests, with the screens' part read from
/// `locales/en/`.
fn english() -> Catalogs {
    let catalogs = Catalogs::new(HashMap::new(), HashMap::new(), false);
    #[cfg(test)]
    catalogs.add_screens(Lang::En, &tests::screens(Lang::En));
    catalogs
}

/// `key` in the language shown (reactive: call it inside `move ||`).
pub fn t(key: &str) -> String {
    use_i18n().t(key)
}

/// `key` with placeables, in the language shown (reactive).
pub fn t_with(key: &str, args: &[(&str, Arg)]) -> String {
    use_i18n().t_with(key, args)
}
