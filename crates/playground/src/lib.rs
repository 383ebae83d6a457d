//! The playground: a stateful simulator of the Kustom In-Person Payments Device API on
//! SQLite, answering on the upstream's paths exactly as its documentation describes, and
//! playing the POS app that redeems a pairing code. See this crate's README section in
//! the repository README ("Playground") for what it assumes where the docs are silent.

pub mod http;
pub mod store;

use std::net::SocketAddr;

use axum::extract::DefaultBodyLimit;
use axum::http::Method;
use axum::routing::{delete, get, post, put, MethodRouter};
use axum::Router;

pub use store::seed::{DEMO_KEY, DEMO_MERCHANT, OTHER_KEY, OTHER_MERCHANT};
pub use store::{RedemptionLimit, Store};

/// Shared state of the handlers.
#[derive(Clone)]
pub struct Playground {
    pub store: Store,
    /// Leave out what the upstream does not document (get-by-id, enrollment extras).
    pub documented_only: bool,
    /// How many wrong codes a client may enter (see the README).
    pub redemption_limit: RedemptionLimit,
}

impl Playground {
    /// The playground over `store`, with the default limit on wrong codes.
    pub fn new(store: Store, documented_only: bool) -> Playground {
        Playground {
            store,
            documented_only,
            redemption_limit: RedemptionLimit::default(),
        }
    }
}

/// Who a route is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// Documented merchant endpoint (API key).
    Documented,
    /// Our extension to the merchant API (API key); off with `--documented-only`.
    Extension,
    /// The POS app's side (no key, or the device's bearer token).
    PosApp,
    /// Health check.
    Ops,
}

/// One route of the playground: the single list both the router and the OpenAPI check
/// are built from.
pub struct Route {
    pub method: Method,
    pub path: &'static str,
    pub audience: Audience,
    handler: MethodRouter<Playground>,
}

fn route(
    method: Method,
    path: &'static str,
    audience: Audience,
    handler: MethodRouter<Playground>,
) -> Route {
    Route {
        method,
        path,
        audience,
        handler,
    }
}

/// Every route, in the given mode.
pub fn routes(documented_only: bool) -> Vec<Route> {
    use Audience::*;
    let all = vec![
        route(Method::GET, "/healthz", Ops, get(|| async { "ok\n" })),
        route(
            Method::GET,
            "/ipp/v1/locations",
            Documented,
            get(http::list_locations),
        ),
        route(
            Method::GET,
            "/ipp/v1/locations/{id}",
            Documented,
            get(http::get_location),
        ),
        route(
            Method::POST,
            "/ipp/v1/enrollments",
            Documented,
            post(http::create_enrollment),
        ),
        route(
            Method::GET,
            "/ipp/v1/enrollments",
            Documented,
            get(http::list_enrollments),
        ),
        route(
            Method::GET,
            "/ipp/v1/enrollments/{id}",
            Extension,
            get(http::get_enrollment),
        ),
        route(
            Method::DELETE,
            "/ipp/v1/enrollments/{id}",
            Documented,
            delete(http::cancel_enrollment),
        ),
        route(
            Method::GET,
            "/ipp/v1/devices",
            Documented,
            get(http::list_devices),
        ),
        route(
            Method::GET,
            "/ipp/v1/devices/{id}",
            Extension,
            get(http::get_device),
        ),
        route(
            Method::PUT,
            "/ipp/v1/devices/{id}",
            Documented,
            put(http::update_device),
        ),
        route(
            Method::DELETE,
            "/ipp/v1/devices/{id}",
            Documented,
            delete(http::deregister_device),
        ),
        route(
            Method::POST,
            "/ipp/v1/dev/devices",
            Documented,
            post(http::create_simulated_device),
        ),
        route(
            Method::POST,
            "/ipp/v1/dev/enrollments/{id}/expire",
            Extension,
            post(http::expire_enrollment),
        ),
        route(
            Method::POST,
            "/ipp/v1/devices/register",
            PosApp,
            post(http::register_device),
        ),
        route(Method::GET, "/ipp/v1/devices/me", PosApp, get(http::whoami)),
    ];
    all.into_iter()
        .filter(|r| !(documented_only && r.audience == Extension))
        .collect()
}

/// The playground's HTTP API over `store`, with every extension on.
pub fn app(store: Store) -> Router {
    app_with(Playground::new(store, false))
}

/// The playground's HTTP API in the given mode.
pub fn app_with(pg: Playground) -> Router {
    let mut router = Router::new();
    for r in routes(pg.documented_only) {
        router = router.route(r.path, r.handler);
    }
    router
        .fallback(http::not_found)
        .method_not_allowed_fallback(http::method_not_allowed)
        .layer(DefaultBodyLimit::max(http::MAX_BODY))
        .with_state(pg)
}

/// Why a playground cannot start on its database.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Open(#[from] store::OpenError),
    #[error("cannot seed the database: {0}")]
    Seed(#[from] store::StoreError),
}

/// Opens (and on first use seeds) a store.
pub fn open_store(
    db: &str,
    seed_demo: bool,
    seed_devices: usize,
    seed_locations: usize,
) -> Result<Store, StartError> {
    let store = Store::open(db)?;
    let now = chrono::Utc::now();
    if store.is_empty()? && seed_demo {
        store.seed_demo(now)?;
    }
    if seed_locations > 0 {
        if store.is_empty()? {
            store.add_key(DEMO_MERCHANT, DEMO_KEY, now)?;
        }
        let have = store
            .list_locations(DEMO_MERCHANT, &ipp::ListQuery::default())?
            .total_elements as usize;
        for i in have..seed_locations {
            let name = format!("Store {:03}", i + 1);
            let l = store::seed::NewLocation {
                name: &name,
                street: None,
                postal_code: None,
                city: Some("Stockholm"),
                country: Some("SE"),
            };
            store.add_location(DEMO_MERCHANT, &l, now)?;
        }
    }
    if seed_devices > 0 {
        if store.is_empty()? {
            store.add_key(DEMO_MERCHANT, DEMO_KEY, now)?;
            let main = store::seed::NewLocation {
                name: "Main Store",
                street: None,
                postal_code: None,
                city: None,
                country: None,
            };
            store.add_location(DEMO_MERCHANT, &main, now)?;
        }
        store.seed_devices(DEMO_MERCHANT, seed_devices, now)?;
    }
    Ok(store)
}

/// Serves the playground on `listener` until the future is dropped. Handlers learn the
/// client's address (wrong codes are counted per client).
pub async fn serve(listener: tokio::net::TcpListener, pg: Playground) -> std::io::Result<()> {
    let app = app_with(pg).into_make_service_with_connect_info::<SocketAddr>();
    axum::serve(listener, app).await
}

/// Binds `addr` (port 0: any free port) and returns the listener and its address.
pub async fn bind(addr: SocketAddr) -> std::io::Result<(tokio::net::TcpListener, SocketAddr)> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let local = listener.local_addr()?;
    Ok((listener, local))
}
