//! `/metrics`: counters in the Prometheus text format (OpenMetrics), from
//! prometheus-client. Requests by route and status, upstream answers by status (or why
//! there was none), the fleet index's age, size and failed reads per merchant, the bulk
//! changes queued and running, and the changes whose outcome is not yet known.

use std::sync::Arc;

use axum::extract::MatchedPath;
use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use prometheus_client::encoding::{EncodeLabelSet, EncodeLabelValue, LabelValueEncoder};
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::registry::Registry;
use std::sync::atomic::AtomicU64;

use crate::AppState;

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    /// The matched route (`/api/devices/{id}`), never the raw path.
    route: Route,
    status: u16,
}

/// A route as axum matched it (shared text: counting a request copies nothing), or
/// `unmatched`.
#[derive(Debug, Clone)]
pub struct Route(Option<MatchedPath>);

impl Route {
    pub fn of(matched: Option<&MatchedPath>) -> Route {
        Route(matched.cloned())
    }

    fn as_str(&self) -> &str {
        self.0.as_ref().map_or("unmatched", MatchedPath::as_str)
    }
}

impl PartialEq for Route {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Route {}

impl std::hash::Hash for Route {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl EncodeLabelValue for Route {
    fn encode(&self, encoder: &mut LabelValueEncoder) -> std::fmt::Result {
        EncodeLabelValue::encode(&self.as_str(), encoder)
    }
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct UpstreamLabels {
    /// The status Kustom answered with, or `timeout`, `unreachable`, `broken`, `too_large`.
    status: String,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct MerchantLabels {
    merchant: String,
}

/// The proxy's metrics.
pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    upstream: Family<UpstreamLabels, Counter>,
    index_age: Family<MerchantLabels, Gauge<f64, AtomicU64>>,
    index_devices: Family<MerchantLabels, Gauge>,
    index_failures: Family<MerchantLabels, Gauge>,
    jobs_queued: Gauge,
    jobs_running: Gauge,
    unsettled: Gauge,
}

impl Default for Metrics {
    fn default() -> Self {
        let mut registry = Registry::default();
        let requests = Family::<RequestLabels, Counter>::default();
        registry.register(
            "console_requests",
            "Requests answered, by matched route and status",
            requests.clone(),
        );
        let upstream = Family::<UpstreamLabels, Counter>::default();
        registry.register(
            "console_upstream_answers",
            "Answers from the Kustom Device API, by status (or why there was none)",
            upstream.clone(),
        );
        let index_age = Family::<MerchantLabels, Gauge<f64, AtomicU64>>::default();
        registry.register(
            "console_fleet_index_age_seconds",
            "Age of each merchant's fleet index (since the upstream was read)",
            index_age.clone(),
        );
        let index_devices = Family::<MerchantLabels, Gauge>::default();
        registry.register(
            "console_fleet_index_devices",
            "Devices in each merchant's fleet index",
            index_devices.clone(),
        );
        let index_failures = Family::<MerchantLabels, Gauge>::default();
        registry.register(
            "console_fleet_index_failed_refreshes",
            "Reads of a merchant's fleet that failed (the index kept its last copy)",
            index_failures.clone(),
        );
        let jobs_queued = Gauge::default();
        registry.register(
            "console_jobs_queued",
            "Bulk changes waiting to run (every replica's, from the console database)",
            jobs_queued.clone(),
        );
        let jobs_running = Gauge::default();
        registry.register(
            "console_jobs_running",
            "Bulk changes running (every replica's, from the console database)",
            jobs_running.clone(),
        );
        let unsettled = Gauge::default();
        registry.register(
            "console_changes_unsettled",
            "Changes recorded as sent whose outcome is not yet known (in flight, or left by a stopped process and not yet settled)",
            unsettled.clone(),
        );
        Metrics {
            registry,
            jobs_queued,
            jobs_running,
            unsettled,
            requests,
            upstream,
            index_age,
            index_devices,
            index_failures,
        }
    }
}

impl Metrics {
    pub fn request(&self, route: Route, status: u16) {
        self.requests
            .get_or_create(&RequestLabels { route, status })
            .inc();
    }

    pub fn upstream(&self, status: impl Into<String>) {
        self.upstream
            .get_or_create(&UpstreamLabels {
                status: status.into(),
            })
            .inc();
    }

    /// Sets the fleet index's figures as they are now (at each scrape).
    pub fn fleet_index(&self, stats: &[crate::fleet::index::Stats]) {
        self.index_age.clear();
        self.index_devices.clear();
        self.index_failures.clear();
        for s in stats {
            let labels = MerchantLabels {
                merchant: s.merchant.clone(),
            };
            if let Some(age) = s.age_secs {
                self.index_age.get_or_create(&labels).set(age);
            }
            self.index_devices
                .get_or_create(&labels)
                .set(s.devices as i64);
            self.index_failures
                .get_or_create(&labels)
                .set(s.failed_refreshes as i64);
        }
    }

    /// Sets what the console database holds (at each scrape): jobs queued and running,
    /// changes not yet settled.
    pub fn database(&self, queued: i64, running: i64, unsettled: i64) {
        self.jobs_queued.set(queued);
        self.jobs_running.set(running);
        self.unsettled.set(unsettled);
    }

    pub fn render(&self) -> String {
        let mut out = String::new();
        // Writing to a String cannot fail.
        let _ = prometheus_client::encoding::text::encode(&mut out, &self.registry);
        out
    }
}

/// `GET /metrics`.
pub async fn metrics(State(state): State<Arc<AppState>>) -> Response {
    state.metrics.fleet_index(&state.index.stats());
    // With the database unavailable, the last figures stay.
    if let (Ok((queued, running)), Ok(unsettled)) =
        (state.db.job_load().await, state.db.unsettled().await)
    {
        state.metrics.database(queued, running, unsettled);
    }
    let mut res = (StatusCode::OK, state.metrics.render()).into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/openmetrics-text; version=1.0.0; charset=utf-8"),
    );
    res
}

/// Shared by the handlers (requests) and the upstream client (answers).
pub type SharedMetrics = Arc<Metrics>;
