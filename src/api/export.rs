//! Downloading a CSV export: the answer is read as it streams in, counting its rows
//! against the `x-row-count` the server announced, and saved through a link to a Blob
//! (the browser's own download). Dropping the future (cancelling) aborts the request.

use ipp::fleet::ROW_COUNT_HEADER;
use js_sys::Array;
use wasm_bindgen::{JsCast, JsValue};

use super::{Api, ApiError};
use crate::logic::fleet::{attachment_filename, ExportProgress};

/// A finished export.
pub struct Exported {
    pub rows: u64,
    pub filename: String,
}

/// Fetches `path` with the operator's token (once more with a fresh one after a 401),
/// reporting progress to `progress` after each piece, then saves it as `fallback` unless
/// the server names the file.
pub async fn download(
    api: Api,
    path: &str,
    fallback: &str,
    progress: impl Fn(ExportProgress),
) -> Result<Exported, ApiError> {
    let answer = super::stream::open(api, path, "text/csv, application/problem+json").await?;
    let resp = &answer.resp;
    let headers = resp.headers();
    let total = headers
        .get(ROW_COUNT_HEADER)
        .and_then(|n| n.trim().parse::<u64>().ok());
    let filename = headers
        .get("content-disposition")
        .and_then(|h| attachment_filename(&h))
        .unwrap_or_else(|| fallback.to_owned());
    let mut counted = ExportProgress::new(total);
    progress(counted);
    let chunks = Array::new();
    answer
        .pieces(|chunk| {
            counted.add(&chunk.to_vec());
            chunks.push(&chunk);
            progress(counted);
        })
        .await?;
    save(&chunks, &filename).map_err(|e| ApiError::Network(format!("{e:?}")))?;
    Ok(Exported {
        rows: counted.total.unwrap_or(counted.rows()),
        filename,
    })
}

/// Hands the pieces to the browser as one file download.
fn save(chunks: &Array, filename: &str) -> Result<(), JsValue> {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/csv;charset=utf-8");
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(chunks, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = leptos::prelude::document();
    let link: web_sys::HtmlElement = document.create_element("a")?.unchecked_into();
    link.set_attribute("href", &url)?;
    link.set_attribute("download", filename)?;
    link.click();
    // The download has started from the link; the URL is released once it has.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
    Ok(())
}

/// Saves CSV made in the browser (a batch's report) as a file download, with a byte
/// order mark so that spreadsheets read it as UTF-8.
pub fn save_csv(text: &str, filename: &str) -> Result<(), JsValue> {
    let bytes = js_sys::Uint8Array::from(format!("\u{feff}{text}").as_bytes());
    save(&Array::of1(&bytes), filename)
}
