//! `/metrics`: counters in the Prometheus text format (OpenMetrics), from
//! prometheus-client. Requests by route and status, upstream answers by status (or why
//! there was none).

use std::sync::Arc;

use axum::extract::MatchedPath;
use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use prometheus_client::encoding::{EncodeLabelSet, EncodeLabelValue, LabelValueEncoder};
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::registry::Registry;

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

/// The proxy's metrics.
pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    upstream: Family<UpstreamLabels, Counter>,
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
        Metrics {
            registry,
            requests,
            upstream,
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

    pub fn render(&self) -> String {
        let mut out = String::new();
        // Writing to a String cannot fail.
        let _ = prometheus_client::encoding::text::encode(&mut out, &self.registry);
        out
    }
}

/// `GET /metrics`.
pub async fn metrics(State(state): State<Arc<AppState>>) -> Response {
    let mut res = (StatusCode::OK, state.metrics.render()).into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/openmetrics-text; version=1.0.0; charset=utf-8"),
    );
    res
}

/// Shared by the handlers (requests) and the upstream client (answers).
pub type SharedMetrics = Arc<Metrics>;
