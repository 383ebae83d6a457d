//! The built console (trunk's `dist/`).
//!
//! - Its files are served by tower-http's `ServeDir`, with the brotli and gzip copies
//!   the build writes beside them (`scripts/precompress.mjs`, a trunk hook): no request
//!   pays for compression. trunk names every file but `index.html` by its content's
//!   hash, so they are cached for a year, immutably.
//! - `index.html` is held in memory with the console's runtime configuration added as a
//!   `<meta>` tag; it answers GET navigations to client routes and is revalidated every
//!   time. Anything that looks like a file and does not exist is a 404.
//! - The hashes of its inline scripts are collected for the Content-Security-Policy.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use base64::Engine;
use sha2::{Digest, Sha256};
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

/// Why the built console cannot be served.
#[derive(Debug, thiserror::Error)]
pub enum SiteError {
    #[error(
        "cannot read {path}: {source}. Build the console first (make build) or point --dist at it."
    )]
    Unreadable {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{0}/index.html is not UTF-8")]
    NotUtf8(PathBuf),
}

/// The whole built console.
#[derive(Debug)]
pub struct Site {
    dist: PathBuf,
    index: Bytes,
    /// Whether the `/dev/…` pages exist (playground mode).
    dev_pages: bool,
    /// `'sha256-…'` sources of the inline scripts of `index.html`, for `script-src`.
    pub inline_script_hashes: Vec<String>,
}

const IMMUTABLE: &str = "public, max-age=31536000, immutable";
const REVALIDATE: &str = "no-cache";

impl Site {
    /// Loads `dist/index.html`; `runtime_config` (JSON) is added to it as
    /// `<meta name="device-console-config">`.
    pub fn load(dist: &Path, runtime_config: &str, dev_pages: bool) -> Result<Site, SiteError> {
        let path = dist.join("index.html");
        let bytes = std::fs::read(&path).map_err(|source| SiteError::Unreadable {
            path: path.clone(),
            source,
        })?;
        let html = String::from_utf8(bytes).map_err(|_| SiteError::NotUtf8(dist.to_owned()))?;
        let inline_script_hashes = inline_scripts(&html)
            .map(|s| {
                format!(
                    "'sha256-{}'",
                    base64::engine::general_purpose::STANDARD.encode(Sha256::digest(s))
                )
            })
            .collect();
        let config = with_locales(runtime_config, dist);
        Ok(Site {
            dist: dist.to_owned(),
            index: Bytes::from(inject_config(&html, &config)),
            dev_pages,
            inline_script_hashes,
        })
    }

    /// The console's pages and files, for every path the other routes do not take.
    pub fn router(self: Arc<Self>) -> Router {
        let files = ServeDir::new(&self.dist)
            .precompressed_br()
            .precompressed_gzip()
            .append_index_html_on_directories(false)
            .fallback(get(index).head(index).with_state(self.clone()));
        Router::new()
            .route("/index.html", get(index).head(index))
            .fallback_service(files)
            // Files found (index and not-found answers set their own).
            .layer(SetResponseHeaderLayer::if_not_present(
                header::CACHE_CONTROL,
                HeaderValue::from_static(IMMUTABLE),
            ))
            .with_state(self)
    }
}

/// `index.html` for navigations to client routes; a 404 for anything else not found.
async fn index(State(site): State<Arc<Site>>, req: Request) -> Response {
    let path = req.uri().path();
    let dev_page = path == "/dev" || path.starts_with("/dev/");
    let navigation = path == "/index.html" || is_navigation(path, req.headers());
    if !navigation || (dev_page && !site.dev_pages) {
        let mut r = (StatusCode::NOT_FOUND, "Not found\n").into_response();
        r.headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static(REVALIDATE));
        return r;
    }
    let body = if req.method() == Method::HEAD {
        Body::empty()
    } else {
        Body::from(site.index.clone())
    };
    Response::builder()
        .header(header::CONTENT_TYPE, "text/html; charset=utf-8")
        .header(header::CACHE_CONTROL, REVALIDATE)
        .header(header::CONTENT_LENGTH, site.index.len())
        .body(body)
        .unwrap_or_default()
}

/// A browser navigation to a client route: no file extension and HTML acceptable.
fn is_navigation(path: &str, headers: &HeaderMap) -> bool {
    let last = path.rsplit('/').next().unwrap_or("");
    let looks_like_file = last.contains('.');
    let accepts_html = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_none_or(|a| a.contains("text/html") || a.contains("*/*"));
    !looks_like_file && accepts_html
}

/// The bodies of `<script>` elements without `src` (trunk writes one, the loader).
fn inline_scripts(html: &str) -> impl Iterator<Item = &str> {
    html.match_indices("<script").filter_map(move |(start, _)| {
        let open_end = start + html[start..].find('>')?;
        let open = &html[start..open_end];
        if open.contains(" src=") {
            return None;
        }
        let body_start = open_end + 1;
        let body_end = body_start + html[body_start..].find("</script>")?;
        Some(&html[body_start..body_end])
    })
}

/// The runtime configuration with the console's language catalogs the build wrote
/// beside it: what every screen says (`locale-sv-<hash>.ftl`, English is built in) as
/// `"locales": {"sv": "/locale-sv-<hash>.ftl"}`, fetched when a language is first shown,
/// and what the screens beyond the first load say (`screens-en-<hash>.ftl`) as
/// `"screens": {"en": "/screens-en-<hash>.ftl"}`, fetched with their code.
fn with_locales(runtime_config: &str, dist: &Path) -> String {
    let mut locales = serde_json::Map::new();
    let mut screens = serde_json::Map::new();
    if let Ok(entries) = std::fs::read_dir(dist) {
        for name in entries
            .flatten()
            .filter_map(|e| e.file_name().into_string().ok())
        {
            let Some(rest) = name.strip_suffix(".ftl") else {
                continue;
            };
            let (kind, rest) = if let Some(rest) = rest.strip_prefix("locale-") {
                (&mut locales, rest)
            } else if let Some(rest) = rest.strip_prefix("screens-") {
                (&mut screens, rest)
            } else {
                continue;
            };
            let code = rest.split_once('-').map(|(code, _hash)| code);
            if let Some(code) =
                code.filter(|c| !c.is_empty() && c.chars().all(|c| c.is_ascii_lowercase()))
            {
                kind.insert(
                    code.to_owned(),
                    serde_json::Value::String(format!("/{name}")),
                );
            }
        }
    }
    match serde_json::from_str::<serde_json::Value>(runtime_config) {
        Ok(serde_json::Value::Object(mut config)) => {
            config.insert("locales".into(), serde_json::Value::Object(locales));
            config.insert("screens".into(), serde_json::Value::Object(screens));
            serde_json::Value::Object(config).to_string()
        }
        _ => runtime_config.to_owned(),
    }
}

fn inject_config(html: &str, config: &str) -> String {
    let escaped = config
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    let meta = format!("<meta name=\"device-console-config\" content=\"{escaped}\">");
    match html.find("</head>") {
        Some(i) => format!("{}{meta}{}", &html[..i], &html[i..]),
        None => format!("{meta}{html}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_inline_scripts_only() {
        let html = r#"<head><script src="/x.js"></script><script type="module">import a from '/a.js';</script></head>"#;
        assert_eq!(
            inline_scripts(html).collect::<Vec<_>>(),
            ["import a from '/a.js';"]
        );
    }

    #[test]
    fn injects_escaped_config_into_head() {
        let out = inject_config(
            "<html><head><title>x</title></head></html>",
            r#"{"a":"<b>"}"#,
        );
        assert!(out.contains(r#"<meta name="device-console-config" content="{&quot;a&quot;:&quot;&lt;b&gt;&quot;}"></head>"#));
    }

    #[test]
    fn the_catalogs_beside_the_console_are_listed() {
        let dist = std::env::temp_dir().join(format!("console-locales-{}", std::process::id()));
        std::fs::create_dir_all(&dist).unwrap();
        for f in [
            "locale-sv-0123abcd.ftl",
            "screens-sv-4567cdef.ftl",
            "screens-en-89ab0123.ftl",
            "locale-SV-1.ftl",
            "other-sv-1.ftl",
            "locale-sv.ftl",
        ] {
            std::fs::write(dist.join(f), "x = y\n").unwrap();
        }
        let config: serde_json::Value =
            serde_json::from_str(&with_locales(r#"{"mode":"live"}"#, &dist)).unwrap();
        assert_eq!(
            config,
            serde_json::json!({
                "mode": "live",
                "locales": {"sv": "/locale-sv-0123abcd.ftl"},
                "screens": {"sv": "/screens-sv-4567cdef.ftl", "en": "/screens-en-89ab0123.ftl"},
            })
        );
        std::fs::remove_dir_all(&dist).unwrap();
    }

    #[test]
    fn navigations_are_extensionless_html_requests() {
        let mut h = HeaderMap::new();
        h.insert(
            header::ACCEPT,
            HeaderValue::from_static("text/html,application/xhtml+xml"),
        );
        assert!(is_navigation("/devices/123", &h));
        assert!(!is_navigation("/app-123.js", &h));
        h.insert(header::ACCEPT, HeaderValue::from_static("application/json"));
        assert!(!is_navigation("/devices", &h));
    }
}
