//! One error type for every handler: it becomes a problem+json answer (the edge adds the
//! `request_id`), and its cause is logged, never sent.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use ipp::{Problem, PROBLEM_JSON};

/// A problem to answer with, plus what to log about it.
#[derive(Debug)]
pub struct AppError {
    pub problem: Problem,
    /// Internal detail for the log (never in the response).
    pub cause: Option<String>,
    /// A call to Kustom ended without an answer that says whether it was carried out
    /// (it timed out or broke off after it was sent).
    pub outcome_unknown: bool,
    /// Kustom was busy or failing (429, 5xx, no answer): the same call may work later,
    /// after `retry_after` when Kustom said how long to wait.
    pub transient: bool,
    pub retry_after: Option<std::time::Duration>,
}

impl AppError {
    pub fn new(problem: Problem) -> Self {
        AppError {
            problem,
            cause: None,
            outcome_unknown: false,
            transient: false,
            retry_after: None,
        }
    }

    /// Marks a failure that may go away if the call is made again later.
    pub fn transient(mut self, retry_after: Option<std::time::Duration>) -> Self {
        self.transient = true;
        self.retry_after = retry_after;
        self
    }

    pub fn unknown_outcome(mut self) -> Self {
        self.outcome_unknown = true;
        self
    }

    pub fn with_cause(mut self, cause: impl Into<String>) -> Self {
        self.cause = Some(cause.into());
        self
    }

    pub fn status(status: u16, title: &str, detail: impl Into<String>) -> Self {
        AppError::new(Problem::new(status, title).with_detail(detail))
    }

    pub fn unauthorized(detail: impl Into<String>) -> Self {
        AppError::status(401, "Not signed in", detail)
    }

    pub fn forbidden(detail: impl Into<String>) -> Self {
        AppError::status(403, "Not allowed", detail)
    }

    /// A 403 that names the field the operator may not set that way.
    pub fn forbidden_field(field: &str, message: &str) -> Self {
        let mut p = Problem::invalid_field(field, message);
        p.status = 403;
        p.title = "Not allowed".into();
        AppError::new(p)
    }

    pub fn not_found(detail: impl Into<String>) -> Self {
        AppError::status(404, "Not found", detail)
    }
}

impl From<Problem> for AppError {
    fn from(problem: Problem) -> Self {
        AppError::new(problem)
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if let Some(cause) = &self.cause {
            tracing::warn!(status = self.problem.status, title = %self.problem.title, cause = %cause, "request failed");
        }
        // The edge adds the request id to API problems (`edge::api_answer`).
        let mut res = problem_response(&self.problem);
        res.extensions_mut().insert(self.problem);
        res
    }
}

/// Writes a problem as `application/problem+json`.
pub fn problem_response(problem: &Problem) -> Response {
    let status = StatusCode::from_u16(problem.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let body = serde_json::to_vec(problem).expect("problems serialize");
    let mut resp = (status, body).into_response();
    resp.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
    resp
}
