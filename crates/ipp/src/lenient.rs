//! Reading text as upstreams write it: metadata as an object of text, where a value may
//! come as a number or a boolean (read as its text) and a missing or `null` object is
//! empty; text fields that come as numbers or lists.

use serde::{Deserialize, Deserializer};

use crate::metadata::Metadata;

/// Reads metadata sent by the upstream leniently: values that are not strings
/// (`"simulated": true`, `"store": 12`) become the text they hold ([`Words`]), a `null`
/// value an empty one, and a missing or `null` object is empty. What we send is always
/// strings.
pub fn lenient_metadata<'de, D: Deserializer<'de>>(d: D) -> Result<Metadata, D::Error> {
    struct MapVisitor;
    impl<'de> serde::de::Visitor<'de> for MapVisitor {
        type Value = Metadata;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("an object of metadata")
        }
        fn visit_unit<E>(self) -> Result<Metadata, E> {
            Ok(Metadata::new())
        }
        fn visit_none<E>(self) -> Result<Metadata, E> {
            Ok(Metadata::new())
        }
        fn visit_some<D2: Deserializer<'de>>(self, d: D2) -> Result<Metadata, D2::Error> {
            d.deserialize_map(MapVisitor)
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Metadata, A::Error> {
            let mut out = Metadata::new();
            while let Some((k, Words(v))) = map.next_entry::<String, Words>()? {
                out.insert(k, v.unwrap_or_default());
            }
            Ok(out)
        }
    }
    d.deserialize_option(MapVisitor)
}

/// The text in a value as a person reads it: a string as it is, a number or a boolean as
/// written, the texts of a list or an object one after another ("; " between them),
/// `null` none. For fields that are text but that upstreams sometimes send otherwise
/// (`"postal_code": 12345`, a field's error as a list of messages, a metadata value as a
/// number). Read without a JSON value in between: the console reads locations, problems
/// and devices through it, and `serde_json::Value`'s reader was 3 KB of its first load.
pub(crate) struct Words(pub(crate) Option<String>);

impl<'de> Deserialize<'de> for Words {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Words, D::Error> {
        struct V;
        impl V {
            fn join(mut parts: Vec<String>) -> Words {
                parts.retain(|p| !p.is_empty());
                Words((!parts.is_empty()).then(|| parts.join("; ")))
            }
        }
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Words;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a text, or a value holding texts")
            }
            fn visit_str<E>(self, v: &str) -> Result<Words, E> {
                Ok(Words(Some(v.to_owned())))
            }
            fn visit_string<E>(self, v: String) -> Result<Words, E> {
                Ok(Words(Some(v)))
            }
            fn visit_bool<E>(self, v: bool) -> Result<Words, E> {
                Ok(Words(Some(v.to_string())))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Words, E> {
                Ok(Words(Some(v.to_string())))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Words, E> {
                Ok(Words(Some(v.to_string())))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Words, E> {
                Ok(Words(Some(v.to_string())))
            }
            fn visit_unit<E>(self) -> Result<Words, E> {
                Ok(Words(None))
            }
            fn visit_none<E>(self) -> Result<Words, E> {
                Ok(Words(None))
            }
            fn visit_some<D2: Deserializer<'de>>(self, d: D2) -> Result<Words, D2::Error> {
                Words::deserialize(d)
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Words, A::Error> {
                let mut parts = Vec::new();
                while let Some(Words(w)) = seq.next_element::<Words>()? {
                    parts.extend(w);
                }
                Ok(V::join(parts))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Words, A::Error> {
                let mut parts = Vec::new();
                while let Some((_, Words(w))) = map.next_entry::<serde::de::IgnoredAny, Words>()? {
                    parts.extend(w);
                }
                Ok(V::join(parts))
            }
        }
        d.deserialize_any(V)
    }
}

/// A text field read leniently ([`Words`]): `None` when it holds no text.
pub(crate) fn lenient_text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(Words::deserialize(d)?.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize)]
    struct Field(#[serde(deserialize_with = "lenient_text")] Option<String>);

    fn read(json: &str) -> Option<String> {
        serde_json::from_str::<Field>(json).unwrap().0
    }

    #[test]
    fn words_are_the_texts_a_value_holds() {
        assert_eq!(read(r#""Storgatan 1""#).as_deref(), Some("Storgatan 1"));
        assert_eq!(read("12345").as_deref(), Some("12345"));
        assert_eq!(read("-3").as_deref(), Some("-3"));
        assert_eq!(read("2.5").as_deref(), Some("2.5"));
        assert_eq!(read("true").as_deref(), Some("true"));
        assert_eq!(read("null"), None);
        assert_eq!(read(r#""""#).as_deref(), Some(""));
        assert_eq!(
            read(r#"["too long", "bad char"]"#).as_deref(),
            Some("too long; bad char")
        );
        assert_eq!(
            read(r#"{"code": "too_long", "why": ["max", 40], "x": null}"#).as_deref(),
            Some("too_long; max; 40")
        );
        assert_eq!(read("[]"), None);
        assert_eq!(read(r#"[null, ""]"#), None);
    }
}
