//! JSON read and written by the console. In the browser, the browser's own `JSON.parse`
//! and `JSON.stringify` with serde-wasm-bindgen: serde_json's parser, instantiated for
//! every type the console reads, was 55 KB of code in the first load's module (README,
//! "First load"). Natively (the logic's tests) serde_json, which reads and writes the
//! same JSON.
//!
//! Written as JSON does it: `None` as `null`, maps as objects, integers as numbers.

use serde::de::DeserializeOwned;
use serde::Serialize;
#[cfg(target_arch = "wasm32")]
use wasm_bindgen::JsCast;

/// `text` read as a `T`; the error says why not.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    #[cfg(target_arch = "wasm32")]
    {
        let value = js_sys::JSON::parse(text).map_err(|e| {
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .unwrap_or_else(|| "not JSON".to_owned())
        })?;
        serde_wasm_bindgen::from_value(value).map_err(|e| e.to_string())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        // As the browser reads it: the whole text first, then the value (a field that
        // is not read leaves its neighbours readable, as with a JS value).
        serde_json::from_str::<serde_json::Value>(text)
            .and_then(T::deserialize)
            .map_err(|e| e.to_string())
    }
}

/// `value` written as JSON.
pub fn to_string<T: Serialize>(value: &T) -> Result<String, String> {
    #[cfg(target_arch = "wasm32")]
    {
        let js = value
            .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            .map_err(|e| e.to_string())?;
        js_sys::JSON::stringify(&js)
            .map(String::from)
            .map_err(|_| "cannot be written as JSON".to_owned())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        serde_json::to_string(value).map_err(|e| e.to_string())
    }
}
