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

/// A JSON value read field by field, where what is wanted of it is a few fields and
/// serde's reader for a type of its own would cost more code than it saves: in the
/// browser a JS value (from `JSON.parse`, or posted by a host), natively a
/// `serde_json::Value`. A field that is missing or not of its type reads as nothing.
pub trait Fields {
    fn text(&self, name: &str) -> Option<String>;
    fn number(&self, name: &str) -> Option<f64>;
    /// A list of texts; nothing when any of its items is not a text.
    fn texts(&self, name: &str) -> Option<Vec<String>>;
    /// An object's properties whose values are texts, by name (others left out).
    fn entries(&self, name: &str) -> Vec<(String, String)>;
    /// An object, to read fields of.
    fn object(&self, name: &str) -> Option<Self>
    where
        Self: Sized;

    /// A whole number (JSON has one kind of number): nothing for a fraction.
    fn integer(&self, name: &str) -> Option<i64> {
        const SAFE: f64 = 9_007_199_254_740_991.0; // 2^53 - 1
        self.number(name)
            .filter(|n| n.fract() == 0.0 && n.abs() <= SAFE)
            .map(|n| n as i64)
    }
}

impl Fields for wasm_bindgen::JsValue {
    fn text(&self, name: &str) -> Option<String> {
        js_sys::Reflect::get(self, &name.into()).ok()?.as_string()
    }

    fn number(&self, name: &str) -> Option<f64> {
        js_sys::Reflect::get(self, &name.into()).ok()?.as_f64()
    }

    fn texts(&self, name: &str) -> Option<Vec<String>> {
        let list = js_sys::Reflect::get(self, &name.into()).ok()?;
        if !js_sys::Array::is_array(&list) {
            return None;
        }
        js_sys::Array::from(&list)
            .iter()
            .map(|item| item.as_string())
            .collect()
    }

    fn entries(&self, name: &str) -> Vec<(String, String)> {
        self.object(name)
            .map(|o| {
                js_sys::Object::entries(wasm_bindgen::JsCast::unchecked_ref(&o))
                    .iter()
                    .filter_map(|pair| {
                        let pair = js_sys::Array::from(&pair);
                        Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    fn object(&self, name: &str) -> Option<Self> {
        js_sys::Reflect::get(self, &name.into())
            .ok()
            .filter(|v| v.is_object() && !js_sys::Array::is_array(v))
    }
}

#[cfg(any(test, not(target_arch = "wasm32")))]
impl Fields for serde_json::Value {
    fn text(&self, name: &str) -> Option<String> {
        self.get(name)?.as_str().map(str::to_owned)
    }

    fn number(&self, name: &str) -> Option<f64> {
        self.get(name)?.as_f64()
    }

    fn texts(&self, name: &str) -> Option<Vec<String>> {
        self.get(name)?
            .as_array()?
            .iter()
            .map(|item| item.as_str().map(str::to_owned))
            .collect()
    }

    fn entries(&self, name: &str) -> Vec<(String, String)> {
        self.get(name)
            .and_then(|v| v.as_object())
            .map(|o| {
                o.iter()
                    .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_owned())))
                    .collect()
            })
            .unwrap_or_default()
    }

    fn object(&self, name: &str) -> Option<Self> {
        self.get(name).filter(|v| v.is_object()).cloned()
    }
}

/// A JSON value as [`value`] reads it: the browser's, or serde_json's natively.
#[cfg(target_arch = "wasm32")]
pub type Object = wasm_bindgen::JsValue;
/// A JSON value as [`value`] reads it: the browser's, or serde_json's natively.
#[cfg(not(target_arch = "wasm32"))]
pub type Object = serde_json::Value;

/// `text` read as a value to take [`Fields`] from; nothing when it is not JSON.
#[cfg(target_arch = "wasm32")]
pub fn value(text: &str) -> Option<Object> {
    js_sys::JSON::parse(text).ok()
}

/// `text` read as a value to take [`Fields`] from; nothing when it is not JSON.
#[cfg(not(target_arch = "wasm32"))]
pub fn value(text: &str) -> Option<Object> {
    serde_json::from_str(text).ok()
}

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
