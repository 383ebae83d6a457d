//! A GET whose answer is read as it arrives (a CSV export, a job's progress): sent with
//! the operator's token, once more with a fresh one after a 401, and aborted when the
//! caller drops it.

use gloo_net::http::{Method, RequestBuilder, Response};
use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::{AbortOnDrop, Api, ApiError};

/// An answer being read; the request is aborted when it is dropped.
pub(super) struct Streaming {
    pub(super) resp: Response,
    _abort: AbortOnDrop,
}

fn js(e: JsValue) -> ApiError {
    ApiError::Network(format!("{e:?}"))
}

/// Sends `GET path` (asking for `accept`); a successful answer, its body not read yet.
pub(super) async fn open(api: Api, path: &str, accept: &str) -> Result<Streaming, ApiError> {
    let client = api.client()?;
    let abort = AbortOnDrop(web_sys::AbortController::new().ok());
    let mut retried = false;
    loop {
        let token = client.auth.bearer().await;
        let mut req = RequestBuilder::new(path)
            .method(Method::GET)
            .header("accept", accept);
        if let Some(t) = &token {
            req = req.header("authorization", &format!("Bearer {t}"));
        }
        if let Some(c) = &abort.0 {
            req = req.abort_signal(Some(&c.signal()));
        }
        let resp = req
            .send()
            .await
            .map_err(|e| ApiError::Network(e.to_string()))?;
        let status = resp.status();
        if status == 401 && token.is_some() && !retried && client.auth.refresh().await {
            retried = true;
            continue;
        }
        if !(200..300).contains(&status) {
            let text = resp.text().await.unwrap_or_default();
            return Err(ApiError::from_status(status, &text));
        }
        return Ok(Streaming {
            resp,
            _abort: abort,
        });
    }
}

impl Streaming {
    /// Hands each piece of the body to `each` as it arrives, until the body ends.
    pub(super) async fn pieces(&self, mut each: impl FnMut(Uint8Array)) -> Result<(), ApiError> {
        let Some(body) = self.resp.body() else {
            return Ok(());
        };
        let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
        loop {
            let step = JsFuture::from(reader.read()).await.map_err(js)?;
            if Reflect::get(&step, &"done".into()).map_err(js)?.is_truthy() {
                return Ok(());
            }
            each(
                Reflect::get(&step, &"value".into())
                    .map_err(js)?
                    .unchecked_into(),
            );
        }
    }
}
