//! The screens that are not in the first load. Each is a lazy route whose code the build
//! moves out of the main module (`scripts/post-build.mjs` runs wasm-split-cli) into the
//! wasm chunk of its area, fetched when one of the area's screens is first shown or a link
//! to it is hovered. The splitter puts code that several areas share into shared chunks;
//! the build merges each area's chunk with those it needs into one file
//! (`scripts/areas.mjs`), so an area is one request. What the shell and the overview need
//! stays in the main module.
//!
//! Screens are grouped by area (`fleet`, `device`, `codes`, `records`) rather than split
//! one by one: the splitter makes a shared chunk for every set of split points that share
//! code, and twelve split points made over two hundred chunks. The device table and a
//! device's page are apart: the table, the screen opened most, fetches less (README,
//! "First load").
//!
//! What these screens say (the screens' part of the catalog, `crate::i18n`) is fetched
//! with their code, and both are there before a screen is built. An area's file or a
//! catalog that does not arrive (a file is fetched three times: `scripts/post-build.mjs`) shows
//! [`Unloaded`] instead of the screen; the next visit asks again. Outside the browser
//! (native tests, clippy) a lazy screen is an ordinary async call.

use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use leptos_router::LazyRoute;

use super::Unloaded;
use crate::routes::Screen;

/// `name: Route in area => page`: the lazy route `Route` shows the props-less component
/// `page`, whose code goes into the chunk of `area`. Module `name` holds the split
/// function (also called `name`: the splitter's symbols are named after it) and its
/// `preload`, which fetches the area's code without showing anything.
macro_rules! lazy_screen {
    ($(#[$doc:meta])* $name:ident: $route:ident in $area:ident => $page:path) => {
        mod $name {
            use super::*;

            #[wasm_split($area, wasm_split_path = ::leptos::wasm_split, preload(preload), fallible)]
            pub(super) fn $name() -> Result<AnyView, SplitLoaderError> {
                Ok($page().into_any())
            }
        }

        $(#[$doc])*
        #[derive(Debug)]
        pub struct $route;

        impl LazyRoute for $route {
            fn data() -> Self {
                $route
            }

            async fn view(_this: Self) -> AnyView {
                // What the screen says travels with its code, and is there before the
                // screen is built.
                let words = screens_words();
                match $name::$name().await {
                    Ok(view) if words.await => view,
                    _ => view! { <Unloaded/> }.into_any(),
                }
            }

            async fn preload() {
                // A failure shows when the screen is built, which asks again.
                let words = screens_words();
                let _ = $name::preload().await;
                words.await;
            }
        }
    };
}

/// What the screens say in the language shown, fetched from now (true once it is there;
/// outside a console, English is all there is).
fn screens_words() -> std::pin::Pin<Box<dyn std::future::Future<Output = bool>>> {
    match use_context::<crate::i18n::I18n>() {
        Some(i18n) => i18n.load_screens(),
        None => Box::pin(async { true }),
    }
}

/// The areas whose code is not in the main module: each a chunk of its own (the `in`
/// of the screens below).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Area {
    /// The device table.
    Fleet,
    /// One device.
    Device,
    /// Pairing codes and store rollouts.
    Codes,
    /// Activity, bulk changes and the sign-in pages.
    Records,
}

impl Area {
    /// The area of the screen at `path`, when it is a lazy route.
    pub fn of(path: &str) -> Option<Area> {
        let path = path.trim_end_matches('/');
        let under = |screen: Screen| {
            let href = screen.href();
            path.strip_prefix(href.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
        };
        Some(if path == Screen::Devices.href() {
            Area::Fleet
        } else if under(Screen::Devices) {
            Area::Device
        } else if under(Screen::Enrollments) {
            Area::Codes
        } else if [
            Screen::Activity,
            Screen::Jobs,
            Screen::SignIn,
            Screen::DevSignIn,
        ]
        .into_iter()
        .any(under)
        {
            Area::Records
        } else {
            return None;
        })
    }

    /// Fetches the area's code (once; later calls find it there).
    pub async fn preload(self) {
        match self {
            Area::Fleet => Devices::preload().await,
            Area::Device => Device::preload().await,
            Area::Codes => Enrollments::preload().await,
            Area::Records => Activity::preload().await,
        }
    }
}

/// Starts fetching the code of the screen at `path` when it is a lazy route, before the
/// router has matched the address: it then travels with the first reads (the operator's
/// token, `routes::first_reads`) instead of after them. Returns that screen's area.
pub fn preload(path: &str) -> Option<Area> {
    let area = Area::of(path)?;
    // (Before the app is mounted: leptos' executor is not set up yet.)
    wasm_bindgen_futures::spawn_local(area.preload());
    Some(area)
}

lazy_screen!(
    /// The device table.
    devices: Devices in fleet => crate::pages::devices::DevicesPage
);
lazy_screen!(
    /// One device: its details, editor and history.
    device: Device in device => crate::pages::devices::DevicePage
);
lazy_screen!(
    /// The list of pairing codes.
    enrollments: Enrollments in codes => crate::pages::enrollments::EnrollmentsPage
);
lazy_screen!(
    /// A new pairing code.
    new_enrollment: NewEnrollment in codes => crate::pages::enrollments::NewEnrollmentPage
);
lazy_screen!(
    /// One pairing code, large and as a QR code.
    pairing_card: PairingCard in codes => crate::pages::enrollments::PairingCardPage
);
lazy_screen!(
    /// A store rollout: the sheet, its preview and (with the CSV reader) its checks.
    new_batch: NewBatch in codes => crate::pages::enrollments::NewBatchPage
);
lazy_screen!(
    /// A rollout's codes as they are now, and their print layout.
    batch: Batch in codes => crate::pages::enrollments::BatchPage
);
lazy_screen!(
    /// The activity log.
    activity: Activity in records => crate::pages::activity::ActivityPage
);
lazy_screen!(
    /// The bulk jobs.
    jobs: Jobs in records => crate::pages::jobs::JobsPage
);
lazy_screen!(
    /// One bulk job.
    job: Job in records => crate::pages::jobs::JobPage
);
lazy_screen!(
    /// Signing in as any operator, in playground and development mode.
    dev_sign_in: DevSignIn in records => crate::pages::dev_sign_in::DevSignInPage
);
lazy_screen!(
    /// Standalone sign-in.
    sign_in: SignIn in records => crate::pages::sign_in::SignInPage
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_lazy_screen_is_in_its_area() {
        let id = ipp::Uuid::from_u128(7);
        for (screen, area) in [
            (Screen::Devices, Some(Area::Fleet)),
            (Screen::Device(id), Some(Area::Device)),
            (Screen::Enrollments, Some(Area::Codes)),
            (Screen::NewEnrollment, Some(Area::Codes)),
            (Screen::Enrollment(id), Some(Area::Codes)),
            (Screen::NewBatch, Some(Area::Codes)),
            (Screen::Batch(id), Some(Area::Codes)),
            (Screen::Activity, Some(Area::Records)),
            (Screen::Jobs, Some(Area::Records)),
            (Screen::Job(id), Some(Area::Records)),
            (Screen::SignIn, Some(Area::Records)),
            (Screen::DevSignIn, Some(Area::Records)),
            (Screen::Overview, None),
        ] {
            assert_eq!(Area::of(&screen.href()), area, "{screen:?}");
        }
        // A trailing slash is the same address; a longer word is another.
        assert_eq!(Area::of("/devices/"), Some(Area::Fleet));
        assert_eq!(Area::of("/devicesx"), None);
        assert_eq!(Area::of("/no-such-page"), None);
    }
}
