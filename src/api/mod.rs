//! The one API client: every call to the console proxy goes through [`Client::send`],
//! which adds the operator's bearer token, retries once with a fresh token after a 401,
//! decodes problem+json into [`ApiError`], and aborts the request when the page that
//! asked goes away (the future is dropped). Screens reach it through [`use_api`].

pub mod activity;
mod collection;
pub mod dev;
pub mod devices;
pub mod early;
pub mod enrollments;
pub mod export;
pub mod fleet;
pub mod jobs;
pub mod locations;
pub mod playground;
pub mod session;
mod stream;

pub use collection::Collection;

use std::rc::Rc;

use gloo_net::http::{Method, RequestBuilder};
use ipp::{FieldErrors, Problem};
use leptos::prelude::*;
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::auth::Auth;
use crate::i18n::{t, Msg};

/// What can go wrong with a call, in the terms a page acts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiError {
    /// No valid operator token (even after asking for a new one).
    Unauthorized(Problem),
    /// The operator's role or location scope does not allow this.
    Forbidden(Problem),
    NotFound(Problem),
    /// The thing changed or is in a state that does not allow this.
    Conflict(Problem),
    /// Something sent was wrong; `errors` names the fields.
    Validation(Problem),
    /// Kustom (or the playground) failed or did not answer in time.
    Upstream(Problem),
    /// The request did not get an answer at all.
    Network(String),
}

/// A problem answer read field by field (serde's reader for `Problem` was 0.3 KB of the
/// first load); a field that is not of its type is left out, not the others with it.
fn read_problem(v: &crate::json::Object) -> Problem {
    use crate::json::Fields;
    let problem = Problem {
        detail: v.text("detail"),
        instance: v.text("instance"),
        errors: field_errors(v),
        request_id: v.text("request_id"),
        ..Problem::new(0, v.text("title").unwrap_or_default())
    };
    match v.text("type") {
        Some(kind) => problem.with_type(kind),
        None => problem,
    }
}

/// A problem's `errors`, each field's message read as `ipp` reads them.
#[cfg(target_arch = "wasm32")]
fn field_errors(v: &crate::json::Object) -> ipp::FieldErrors {
    js_sys::Reflect::get(v, &"errors".into())
        .ok()
        .and_then(|e| ipp::problem::lenient_errors(serde_wasm_bindgen::Deserializer::from(e)).ok())
        .unwrap_or_default()
}

/// A problem's `errors`, each field's message read as `ipp` reads them.
#[cfg(not(target_arch = "wasm32"))]
fn field_errors(v: &crate::json::Object) -> ipp::FieldErrors {
    v.get("errors")
        .and_then(|e| ipp::problem::lenient_errors(e).ok())
        .unwrap_or_default()
}

impl ApiError {
    pub fn from_status(status: u16, body: &str) -> ApiError {
        let problem = crate::json::value(body)
            .map(|v| read_problem(&v))
            .filter(|p| !p.title.is_empty() || p.detail.is_some())
            .unwrap_or_else(|| Problem::new(status, ""));
        let problem = Problem { status, ..problem };
        match status {
            401 => ApiError::Unauthorized(problem),
            403 => ApiError::Forbidden(problem),
            404 => ApiError::NotFound(problem),
            409 | 410 | 412 => ApiError::Conflict(problem),
            s if s >= 500 => ApiError::Upstream(problem),
            _ => ApiError::Validation(problem),
        }
    }

    pub fn problem(&self) -> Option<&Problem> {
        match self {
            ApiError::Unauthorized(p)
            | ApiError::Forbidden(p)
            | ApiError::NotFound(p)
            | ApiError::Conflict(p)
            | ApiError::Validation(p)
            | ApiError::Upstream(p) => Some(p),
            ApiError::Network(_) => None,
        }
    }

    /// Field errors to show beside their inputs: as the server words them when read in
    /// English, else that the field's value was refused (the console's own checks, which
    /// run first and are translated, say why in most cases).
    pub fn fields(&self) -> FieldErrors {
        let mut errors = self.problem().map(|p| p.errors.clone()).unwrap_or_default();
        if !crate::i18n::use_i18n().shows_server_words() {
            for text in errors.values_mut() {
                *text = t("problem-field-refused");
            }
        }
        errors
    }

    /// One sentence for a person, with what to do where we know it, in the language
    /// shown (reactive). The server words its problems in English, for programs as much
    /// as for people: read in English they are shown as the server says them, read in
    /// another language the console says what the status means, so that no screen
    /// mixes two languages.
    pub fn message(&self) -> String {
        let english = crate::i18n::use_i18n().shows_server_words();
        match self {
            ApiError::Network(_) => t("problem-status-network"),
            other => {
                let p = other.problem().expect("not a network error");
                match (&p.detail, p.title.as_str()) {
                    (Some(d), _) if english && !d.is_empty() => d.clone(),
                    (_, t) if english && !t.is_empty() => t.to_owned(),
                    _ => status_message(p.status).text(),
                }
            }
        }
    }

    pub fn request_id(&self) -> Option<&str> {
        self.problem().and_then(|p| p.request_id.as_deref())
    }

    /// Whether trying the same call again may work.
    pub fn is_retryable(&self) -> bool {
        matches!(self, ApiError::Network(_) | ApiError::Upstream(_))
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

/// What a status means, when the server's words are not shown.
fn status_message(status: u16) -> Msg {
    match status {
        200..=299 => Msg::new("problem-status-unreadable"),
        400 | 422 => Msg::new("problem-status-400"),
        401 => Msg::new("problem-status-401"),
        403 => Msg::new("problem-status-403"),
        404 | 410 => Msg::new("problem-status-404"),
        409 | 412 => Msg::new("problem-status-409"),
        413 => Msg::new("problem-status-413"),
        429 => Msg::new("problem-status-429"),
        502 => Msg::new("problem-status-502"),
        503 => Msg::new("problem-status-503"),
        504 => Msg::new("problem-status-504"),
        s if s >= 500 => Msg::new("problem-status-500"),
        _ => Msg::new("problem-status-other"),
    }
}

/// Aborts the fetch if the future is dropped before it finished.
struct AbortOnDrop(Option<web_sys::AbortController>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        if let Some(c) = self.0.take() {
            c.abort();
        }
    }
}

/// One mounted console's connection to its proxy: the operator's token and the reads
/// started before the first screen. Two consoles in one page have one each.
#[derive(Default)]
pub struct Client {
    pub auth: Auth,
    early: early::Early,
}

/// What a screen keeps of its console's client: a handle, cheap to copy into closures.
/// Provided once by [`crate::App`]; components take it with [`use_api`].
#[derive(Clone, Copy)]
pub struct Api(StoredValue<Rc<Client>, LocalStorage>);

/// The console's API client, from context.
pub fn use_api() -> Api {
    expect_context::<Api>()
}

impl Api {
    /// Makes `client` the API of the components below the current owner.
    pub fn provide(client: Rc<Client>) -> Api {
        let api = Api(StoredValue::new_local(client));
        provide_context(api);
        api
    }

    /// The client, while its console is mounted.
    pub fn client(&self) -> Result<Rc<Client>, ApiError> {
        self.0
            .try_get_value()
            .ok_or_else(|| ApiError::Network("The console was closed.".into()))
    }

    pub(crate) async fn get<T: DeserializeOwned>(self, path: &str) -> Result<T, ApiError> {
        let client = self.client()?;
        let (status, text) = match client.early.take(path).await {
            Some(answer) => answer?,
            None => client.send(Method::GET, path, None).await?,
        };
        decode(status, &text)
    }

    pub(crate) async fn post<B: Serialize, T: DeserializeOwned>(
        self,
        path: &str,
        body: &B,
    ) -> Result<T, ApiError> {
        self.send_json(Method::POST, path, body).await
    }

    pub(crate) async fn put<B: Serialize, T: DeserializeOwned>(
        self,
        path: &str,
        body: &B,
    ) -> Result<T, ApiError> {
        self.send_json(Method::PUT, path, body).await
    }

    async fn send_json<B: Serialize, T: DeserializeOwned>(
        self,
        method: Method,
        path: &str,
        body: &B,
    ) -> Result<T, ApiError> {
        let body = Some(encode(body)?);
        let (status, text) = self.client()?.send(method, path, body).await?;
        decode(status, &text)
    }

    pub(crate) async fn delete(self, path: &str) -> Result<(), ApiError> {
        self.client()?
            .send(Method::DELETE, path, None)
            .await
            .map(|_| ())
    }
}

impl Client {
    /// Starts a `GET` of each path now (with the operator's token, like any call): the
    /// first screen's reads, picked up by the screen when it asks.
    pub fn start_early(self: &Rc<Self>, paths: impl IntoIterator<Item = String>) {
        for path in paths {
            let answer = self.early.expect(&path);
            let client = self.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let _ = answer.send(client.send(Method::GET, &path, None).await);
            });
        }
    }

    /// Signs in as someone else from now on: tokens from `source`, and nothing read
    /// before is used again.
    pub fn switch_identity(&self, source: Rc<dyn crate::auth::TokenSource>) {
        self.early.forget();
        self.auth.install(source);
    }

    /// Sends one call with the operator's token, as described in the module docs;
    /// returns the status and body text. A change makes every early read stale.
    async fn send(
        &self,
        method: Method,
        path: &str,
        body: Option<String>,
    ) -> Result<(u16, String), ApiError> {
        if method != Method::GET {
            self.early.forget();
        }
        let mut retried = false;
        loop {
            let token = self.auth.bearer().await;
            let (status, text) =
                fetch(method.clone(), path, token.as_deref(), body.as_deref()).await?;
            // A refused token is replaced once; without any token there is nothing to retry.
            if status == 401 && token.is_some() && !retried && self.auth.refresh().await {
                retried = true;
                continue;
            }
            return answer(status, text);
        }
    }
}

/// One fetch: the status and the body's text.
async fn fetch(
    method: Method,
    path: &str,
    token: Option<&str>,
    body: Option<&str>,
) -> Result<(u16, String), ApiError> {
    let controller = web_sys::AbortController::new().ok();
    let mut guard = AbortOnDrop(controller);
    let mut req = RequestBuilder::new(path)
        .method(method)
        .header("accept", "application/json, application/problem+json")
        // Changes made with a session cookie must carry it (the proxy's CSRF rule).
        .header("x-console-csrf", "1");
    if let Some(t) = token {
        req = req.header("authorization", &format!("Bearer {t}"));
    }
    if let Some(c) = &guard.0 {
        req = req.abort_signal(Some(&c.signal()));
    }
    let network = |e: gloo_net::Error| ApiError::Network(e.to_string());
    let sent = match body {
        Some(b) => {
            req.header("content-type", "application/json")
                .body(b.to_owned())
                .map_err(network)?
                .send()
                .await
        }
        None => req.send().await,
    };
    let resp = sent.map_err(network)?;
    let status = resp.status();
    let text = resp.text().await.map_err(network)?;
    // Finished: nothing to abort.
    guard.0 = None;
    Ok((status, text))
}

fn answer(status: u16, text: String) -> Result<(u16, String), ApiError> {
    if (200..300).contains(&status) {
        Ok((status, text))
    } else {
        Err(ApiError::from_status(status, &text))
    }
}

fn decode<T: DeserializeOwned>(status: u16, text: &str) -> Result<T, ApiError> {
    crate::json::from_str(text).map_err(|e| {
        ApiError::Upstream(Problem::new(status, "The server sent an answer the console cannot read.").with_detail(
            format!("The server sent an answer the console cannot read ({e}). Try again; if it persists, report it."),
        ))
    })
}

fn encode<B: Serialize>(body: &B) -> Result<String, ApiError> {
    crate::json::to_string(body)
        .map_err(|e| ApiError::Network(format!("cannot write the request: {e}")))
}

/// Calls that carry no operator token (the development sign-in, which is how a token is
/// obtained in the first place).
pub(crate) async fn post_public<B: Serialize, T: DeserializeOwned>(
    path: &str,
    body: &B,
) -> Result<T, ApiError> {
    let (status, text) = fetch(Method::POST, path, None, Some(&encode(body)?)).await?;
    let (status, text) = answer(status, text)?;
    decode(status, &text)
}

pub(crate) async fn get_public<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    let (status, text) = fetch(Method::GET, path, None, None).await?;
    let (status, text) = answer(status, text)?;
    decode(status, &text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_map_to_what_a_page_acts_on() {
        let body = r#"{"type":"about:blank","title":"Invalid request","status":400,"errors":{"name":"Enter a name."},"request_id":"r1"}"#;
        let e = ApiError::from_status(400, body);
        assert!(matches!(e, ApiError::Validation(_)));
        assert_eq!(e.fields()["name"], "Enter a name.");
        assert_eq!(e.request_id(), Some("r1"));
        assert!(matches!(
            ApiError::from_status(401, ""),
            ApiError::Unauthorized(_)
        ));
        assert!(matches!(
            ApiError::from_status(403, "{}"),
            ApiError::Forbidden(_)
        ));
        assert!(matches!(
            ApiError::from_status(404, "<html>"),
            ApiError::NotFound(_)
        ));
        assert!(matches!(
            ApiError::from_status(409, ""),
            ApiError::Conflict(_)
        ));
        let e = ApiError::from_status(504, "");
        assert!(e.is_retryable());
        assert!(e.message().contains("in time"));
        assert!(!ApiError::from_status(400, "").is_retryable());
        // A field that is not of its type is left out, not the others with it.
        let e = ApiError::from_status(
            422,
            r#"{"title": 5, "detail": "Fix the name.", "errors": {"name": ["too long", 40]}}"#,
        );
        let p = e.problem().unwrap();
        assert_eq!(
            (p.title.as_str(), p.detail.as_deref()),
            ("", Some("Fix the name."))
        );
        assert_eq!((p.kind.as_str(), p.status), ("about:blank", 422));
        assert_eq!(p.errors["name"], "too long; 40");
    }
}
