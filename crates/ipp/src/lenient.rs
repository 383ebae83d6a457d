//! Reading metadata as upstreams write it: an object of text, where a value may come as
//! a number or a boolean (read as its text) and a missing or `null` object is empty.

use serde::{Deserialize, Deserializer};

use crate::metadata::Metadata;

/// Reads metadata sent by the upstream leniently: scalar values that are not strings
/// (`"simulated": true`, `"store": 12`) become their JSON text, `null` becomes empty.
/// What we send is always strings.
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
            while let Some((k, v)) = map.next_entry::<String, Text>()? {
                out.insert(k, v.0);
            }
            Ok(out)
        }
    }
    d.deserialize_option(MapVisitor)
}

/// A value read as text whatever its JSON type.
struct Text(String);

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Text, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Text;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a text, number, boolean or null")
            }
            fn visit_str<E>(self, v: &str) -> Result<Text, E> {
                Ok(Text(v.to_owned()))
            }
            fn visit_string<E>(self, v: String) -> Result<Text, E> {
                Ok(Text(v))
            }
            fn visit_bool<E>(self, v: bool) -> Result<Text, E> {
                Ok(Text(v.to_string()))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Text, E> {
                Ok(Text(v.to_string()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Text, E> {
                Ok(Text(v.to_string()))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Text, E> {
                Ok(Text(serde_json::Value::from(v).to_string()))
            }
            fn visit_unit<E>(self) -> Result<Text, E> {
                Ok(Text(String::new()))
            }
            fn visit_none<E>(self) -> Result<Text, E> {
                Ok(Text(String::new()))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Text, A::Error> {
                let mut items = Vec::new();
                while let Some(v) = seq.next_element::<serde_json::Value>()? {
                    items.push(v);
                }
                Ok(Text(serde_json::Value::Array(items).to_string()))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
                let mut obj = serde_json::Map::new();
                while let Some((k, v)) = map.next_entry::<String, serde_json::Value>()? {
                    obj.insert(k, v);
                }
                Ok(Text(serde_json::Value::Object(obj).to_string()))
            }
        }
        d.deserialize_any(V)
    }
}
