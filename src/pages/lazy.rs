//! The screens that are not in the first load. Each is a lazy route whose code the build
//! moves out of the main module (`scripts/post-build.mjs` runs wasm-split-cli) into the
//! wasm chunk of its area, fetched when one of the area's screens is first shown or a link
//! to it is hovered. Code that several areas share goes into shared chunks; what the shell
//! and the overview need stays in the main module.
//!
//! Screens are grouped by area (`fleet`, `codes`, ...) rather than split one by one: the
//! splitter makes a shared chunk for every set of split points that share code, and twelve
//! split points made over two hundred chunks, each a request of its own.
//!
//! Outside the browser (native tests, clippy) a lazy screen is an ordinary async call.

use leptos::prelude::*;
use leptos::wasm_split::wasm_split;
use leptos_router::LazyRoute;

/// `name: Route in area => page`: the lazy route `Route` shows the props-less component
/// `page`, whose code goes into the chunk of `area`.
macro_rules! lazy_screen {
    ($(#[$doc:meta])* $name:ident: $route:ident in $area:ident => $page:path) => {
        #[wasm_split($area, wasm_split_path = ::leptos::wasm_split)]
        fn $name() -> AnyView {
            $page().into_any()
        }

        $(#[$doc])*
        #[derive(Debug)]
        pub struct $route;

        impl LazyRoute for $route {
            fn data() -> Self {
                $route
            }

            async fn view(_this: Self) -> AnyView {
                $name().await
            }
        }
    };
}

lazy_screen!(
    /// The device table.
    devices: Devices in fleet => crate::pages::devices::DevicesPage
);
lazy_screen!(
    /// One device: its details, editor and history.
    device: Device in fleet => crate::pages::devices::DevicePage
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
    new_batch: NewBatch in rollout => crate::pages::enrollments::NewBatchPage
);
lazy_screen!(
    /// A rollout's codes as they are now, and their print layout.
    batch: Batch in rollout => crate::pages::enrollments::BatchPage
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
    dev_sign_in: DevSignIn in sign_in => crate::pages::dev_sign_in::DevSignInPage
);
lazy_screen!(
    /// Standalone sign-in.
    sign_in: SignIn in sign_in => crate::pages::sign_in::SignInPage
);
