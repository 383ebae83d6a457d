//! The built console (trunk's `dist/`), held in memory and precompressed at start.
//!
//! - Hashed assets (`app-<hash>.js`, `app-<hash>_bg.wasm`, `main-<hash>.css`) are cached
//!   for a year, immutably; `index.html` and unhashed files are revalidated every time.
//! - Brotli and gzip copies are made once, at start, so no request pays for compression.
//! - `index.html` answers GET navigations to client routes; anything that looks like a
//!   file and does not exist is a 404.
//! - `index.html` gets the console's runtime configuration as a `<meta>` tag, and the
//!   hashes of its inline scripts are collected for the Content-Security-Policy.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use axum::body::Body;
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use sha2::{Digest, Sha256};

/// One file of the site.
#[derive(Debug)]
struct Asset {
    body: Vec<u8>,
    br: Option<Vec<u8>>,
    gzip: Option<Vec<u8>>,
    content_type: &'static str,
    cache_control: &'static str,
    etag: String,
}

/// The whole built console.
#[derive(Debug)]
pub struct Site {
    files: HashMap<String, Asset>,
    /// `'sha256-…'` sources of the inline scripts of `index.html`, for `script-src`.
    pub inline_script_hashes: Vec<String>,
}

const IMMUTABLE: &str = "public, max-age=31536000, immutable";
const REVALIDATE: &str = "no-cache";

impl Site {
    /// Loads `dist`; `runtime_config` (JSON) is added to `index.html` as
    /// `<meta name="device-console-config">`.
    pub fn load(dist: &Path, runtime_config: &str) -> Result<Site, String> {
        let mut paths = Vec::new();
        collect(dist, &mut paths).map_err(|e| {
            format!(
                "cannot read the built console in {}: {e}. Build it first (make build) or point --dist at it.",
                dist.display()
            )
        })?;
        let mut files = HashMap::new();
        let mut inline_script_hashes = Vec::new();
        for path in paths {
            let rel = path.strip_prefix(dist).expect("collected under dist");
            let url = format!("/{}", rel.to_string_lossy().replace('\\', "/"));
            let mut body =
                std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            if url == "/index.html" {
                let html = String::from_utf8(body)
                    .map_err(|_| "dist/index.html is not UTF-8".to_owned())?;
                inline_script_hashes = inline_scripts(&html)
                    .map(|s| {
                        format!(
                            "'sha256-{}'",
                            base64::engine::general_purpose::STANDARD.encode(Sha256::digest(s))
                        )
                    })
                    .collect();
                body = inject_config(&html, runtime_config).into_bytes();
            }
            let content_type = content_type(&url);
            let compressible = !matches!(
                content_type,
                "image/png" | "image/jpeg" | "image/webp" | "font/woff2"
            ) && body.len() > 512;
            let etag = format!("\"{}\"", hex(&Sha256::digest(&body)[..12]));
            files.insert(
                url.clone(),
                Asset {
                    br: compressible.then(|| brotli(&body)),
                    gzip: compressible.then(|| gzip(&body)),
                    content_type,
                    cache_control: if is_hashed(&url) {
                        IMMUTABLE
                    } else {
                        REVALIDATE
                    },
                    etag,
                    body,
                },
            );
        }
        if !files.contains_key("/index.html") {
            return Err(format!(
                "{} has no index.html. Build the console first (make build).",
                dist.display()
            ));
        }
        Ok(Site {
            files,
            inline_script_hashes,
        })
    }

    /// Answers a request for a non-API path.
    pub fn respond(&self, method: &Method, uri: &Uri, headers: &HeaderMap) -> Response {
        if method != Method::GET && method != Method::HEAD {
            let mut r = (StatusCode::METHOD_NOT_ALLOWED, "Method not allowed\n").into_response();
            r.headers_mut()
                .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
            return r;
        }
        let path = uri.path();
        let asset = match self.files.get(path) {
            Some(a) if path != "/index.html" => a,
            _ if is_navigation(path, headers) => &self.files["/index.html"],
            _ => return (StatusCode::NOT_FOUND, "Not found\n").into_response(),
        };
        asset.respond(method, headers)
    }
}

impl Asset {
    fn respond(&self, method: &Method, headers: &HeaderMap) -> Response {
        let mut builder = Response::builder()
            .header(header::CONTENT_TYPE, self.content_type)
            .header(header::CACHE_CONTROL, self.cache_control)
            .header(header::ETAG, &self.etag)
            .header(header::VARY, "accept-encoding");
        let not_modified = headers
            .get(header::IF_NONE_MATCH)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| {
                v.split(',')
                    .any(|t| t.trim() == self.etag || t.trim() == "*")
            });
        if not_modified {
            return builder
                .status(StatusCode::NOT_MODIFIED)
                .body(Body::empty())
                .expect("valid response");
        }
        let accepts = |enc: &str| {
            headers
                .get_all(header::ACCEPT_ENCODING)
                .iter()
                .filter_map(|v| v.to_str().ok())
                .flat_map(|v| v.split(','))
                .any(|e| {
                    let mut parts = e.split(';');
                    let name = parts.next().unwrap_or("").trim();
                    let refused = parts.any(|p| p.trim().replace(' ', "") == "q=0");
                    name == enc && !refused
                })
        };
        let (body, encoding) = match (&self.br, &self.gzip) {
            (Some(br), _) if accepts("br") => (br, Some("br")),
            (_, Some(gz)) if accepts("gzip") => (gz, Some("gzip")),
            _ => (&self.body, None),
        };
        if let Some(e) = encoding {
            builder = builder.header(header::CONTENT_ENCODING, e);
        }
        builder = builder.header(header::CONTENT_LENGTH, body.len());
        let body = if method == Method::HEAD {
            Body::empty()
        } else {
            Body::from(body.clone())
        };
        builder
            .status(StatusCode::OK)
            .body(body)
            .expect("valid response")
    }
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

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            collect(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

/// trunk names built assets `<stem>-<16+ hex>` (then `.js`, `_bg.wasm`, `.css`).
fn is_hashed(url: &str) -> bool {
    let name = url.rsplit('/').next().unwrap_or("");
    let Some((_, tail)) = name.rsplit_once('-') else {
        return false;
    };
    let hash: String = tail.chars().take_while(char::is_ascii_hexdigit).collect();
    hash.len() >= 16
}

fn content_type(url: &str) -> &'static str {
    match url.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "json" | "webmanifest" => "application/json",
        "txt" => "text/plain; charset=utf-8",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

/// The bodies of `<script>` elements without `src`.
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

/// Brotli quality: the best for release builds; debug builds (tests) start fast instead.
const BROTLI_QUALITY: u32 = if cfg!(debug_assertions) { 5 } else { 11 };

fn brotli(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut w = brotli::CompressorWriter::new(&mut out, 64 * 1024, BROTLI_QUALITY, 22);
        w.write_all(data).expect("writing to memory");
    }
    out
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut w = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    w.write_all(data).expect("writing to memory");
    w.finish().expect("writing to memory")
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognizes_trunk_hashed_names() {
        assert!(is_hashed("/app-3f1c2a9b8d7e6f50.js"));
        assert!(is_hashed("/app-3f1c2a9b8d7e6f50_bg.wasm"));
        assert!(is_hashed("/main-0123456789abcdef0123.css"));
        assert!(!is_hashed("/index.html"));
        assert!(!is_hashed("/favicon.ico"));
        assert!(!is_hashed("/my-app.js"));
    }

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
