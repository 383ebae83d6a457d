//! The objects of the Device API: enrollments, devices, locations and the page envelope.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Deserializer, Serialize};
use uuid::Uuid;

use crate::metadata::{lenient_metadata, Metadata};

/// Where an enrollment (a pairing code) is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum EnrollmentStatus {
    /// Issued and usable until `expires_at`.
    Pending,
    /// Redeemed by a device registration.
    Consumed,
    /// Not used before `expires_at`.
    Expired,
    /// Deleted by the merchant.
    Cancelled,
    /// A status this version does not know yet.
    #[serde(other)]
    Unknown,
}

impl EnrollmentStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            EnrollmentStatus::Pending => "PENDING",
            EnrollmentStatus::Consumed => "CONSUMED",
            EnrollmentStatus::Expired => "EXPIRED",
            EnrollmentStatus::Cancelled => "CANCELLED",
            EnrollmentStatus::Unknown => "UNKNOWN",
        }
    }
}

/// A one-time pairing code with its expiry and the metadata it carries onto the device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Enrollment {
    pub enrollment_id: Uuid,
    pub enrollment_code: String,
    #[serde(with = "crate::time")]
    pub expires_at: DateTime<Utc>,
    pub status: EnrollmentStatus,
    #[serde(default, deserialize_with = "lenient_metadata")]
    pub metadata: Metadata,
    /// Not in the documented schema; present when the upstream sends it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_id: Option<Uuid>,
    /// Not in the documented schema; present when the upstream sends it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::time::option"
    )]
    pub created_at: Option<DateTime<Utc>>,
    /// The device this enrollment became, once `CONSUMED`. The playground sends it (an
    /// extension); otherwise the console proxy works it out (see its README).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<Uuid>,
    /// The device a used code paired, as the console proxy knows it (its fleet index);
    /// never read from the upstream.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub used_by: Option<UsedBy>,
}

/// The device a used code paired: its name, and when it was paired (the device's
/// creation, which pairing is).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UsedBy {
    pub name: String,
    #[serde(with = "crate::time")]
    pub paired_at: DateTime<Utc>,
}

impl Enrollment {
    /// What a viewer gets: everything but the code, which would pair a phone (the
    /// console shows it masked). Only operators and admins ever receive a code.
    pub fn without_code(self) -> Enrollment {
        Enrollment {
            enrollment_code: String::new(),
            ..self
        }
    }

    /// Whether the code was left out ([`Enrollment::without_code`]).
    pub fn code_hidden(&self) -> bool {
        self.enrollment_code.is_empty()
    }

    /// The status as of `now`: a pending code past its expiry is expired, whatever the
    /// upstream last said.
    pub fn status_at(&self, now: DateTime<Utc>) -> EnrollmentStatus {
        if self.status == EnrollmentStatus::Pending && now >= self.expires_at {
            EnrollmentStatus::Expired
        } else {
            self.status
        }
    }
}

/// The kind of device the POS app runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Platform {
    Ios,
    Android,
    Terminal,
    /// A platform this version does not know yet.
    #[serde(other)]
    Unknown,
}

impl Platform {
    pub const KNOWN: [Platform; 3] = [Platform::Ios, Platform::Android, Platform::Terminal];

    pub fn as_str(self) -> &'static str {
        match self {
            Platform::Ios => "IOS",
            Platform::Android => "ANDROID",
            Platform::Terminal => "TERMINAL",
            Platform::Unknown => "UNKNOWN",
        }
    }

    /// How a person calls it.
    pub fn label(self) -> &'static str {
        match self {
            Platform::Ios => "iPhone",
            Platform::Android => "Android",
            Platform::Terminal => "Terminal",
            Platform::Unknown => "Other",
        }
    }

    pub fn parse(s: &str) -> Option<Platform> {
        Platform::KNOWN.into_iter().find(|p| p.as_str() == s)
    }
}

/// The credentials the POS app gets when it registers; only in the registration answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Credentials {
    pub bearer_token: String,
    /// camelCase, as the upstream documents it.
    #[serde(rename = "issuedAt", with = "crate::time")]
    pub issued_at: DateTime<Utc>,
}

/// A registered device: a merchant's phone running the Kustom POS app.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Device {
    pub id: Uuid,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub hardware_id: String,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub merchant_id: String,
    #[serde(default)]
    pub location_id: Option<Uuid>,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub name: String,
    pub platform: Platform,
    #[serde(default, deserialize_with = "lenient_metadata")]
    pub metadata: Metadata,
    #[serde(with = "crate::time")]
    pub created_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_cash_register_id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<Credentials>,
    /// Deprecated upstream in favour of `hardware_id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unique_id: Option<String>,
}

impl Device {
    /// The device's name, or what to call it when it has none.
    pub fn display_name(&self) -> &str {
        if self.name.is_empty() {
            "Unnamed device"
        } else {
            &self.name
        }
    }

    /// What anyone but the device itself gets: everything but its credentials, which
    /// only the registration answer carries to the POS app.
    pub fn without_credentials(self) -> Device {
        Device {
            credentials: None,
            ..self
        }
    }
}

/// A store, pop-up or event site of the merchant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Location {
    pub id: Uuid,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub merchant_id: String,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub name: String,
    #[serde(
        default,
        deserialize_with = "crate::lenient::lenient_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub street_address: Option<String>,
    #[serde(
        default,
        deserialize_with = "crate::lenient::lenient_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub street_address2: Option<String>,
    #[serde(
        default,
        deserialize_with = "crate::lenient::lenient_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub postal_code: Option<String>,
    #[serde(
        default,
        deserialize_with = "crate::lenient::lenient_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub city: Option<String>,
    #[serde(
        default,
        deserialize_with = "crate::lenient::lenient_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub country: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::time::option"
    )]
    pub created_at: Option<DateTime<Utc>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::time::option"
    )]
    pub updated_at: Option<DateTime<Utc>>,
    /// The store's time zone (IANA, `Europe/Stockholm`), added by the console proxy: from
    /// its configuration, else the country's one zone. Never read from the upstream.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
    /// The console's languages the store's printouts are in, the main one first (`fi`,
    /// `sv`), added by the console proxy: from its configuration, else the country's.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
}

impl Location {
    /// "Name, City" when the city adds something.
    pub fn display_name(&self) -> String {
        match &self.city {
            Some(city) if !city.is_empty() && !self.name.contains(city.as_str()) => {
                format!("{}, {city}", self.name)
            }
            _ => self.name.clone(),
        }
    }
}

/// One page of a list, as the upstream pages everything.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Page<T> {
    pub content: Vec<T>,
    pub total_elements: u64,
    pub total_pages: u32,
    pub page_number: u32,
    pub page_size: u32,
    pub first: bool,
    pub last: bool,
}

impl<T> Page<T> {
    /// The same page with each item turned into another.
    pub fn map<U>(self, f: impl FnMut(T) -> U) -> Page<U> {
        Page {
            content: self.content.into_iter().map(f).collect(),
            total_elements: self.total_elements,
            total_pages: self.total_pages,
            page_number: self.page_number,
            page_size: self.page_size,
            first: self.first,
            last: self.last,
        }
    }

    /// Builds the envelope for `content`, which is page `page_number` of `total_elements`.
    pub fn new(content: Vec<T>, total_elements: u64, page_number: u32, page_size: u32) -> Self {
        let total_pages = total_elements.div_ceil(u64::from(page_size.max(1)));
        let total_pages = u32::try_from(total_pages).unwrap_or(u32::MAX);
        Page {
            content,
            total_elements,
            total_pages,
            page_number,
            page_size,
            first: page_number == 0,
            last: u64::from(page_number) + 1 >= u64::from(total_pages),
        }
    }
}

fn null_as_empty<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(Option::<String>::deserialize(d)?.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_envelope_counts_pages() {
        let p = Page::new(vec![1, 2], 2, 0, 20);
        assert_eq!((p.total_pages, p.first, p.last), (1, true, true));
        let p = Page::new(vec![0; 20], 45, 1, 20);
        assert_eq!((p.total_pages, p.first, p.last), (3, false, false));
        let p = Page::new(vec![0; 5], 45, 2, 20);
        assert!(p.last);
        let p: Page<u8> = Page::new(vec![], 0, 0, 20);
        assert_eq!((p.total_pages, p.first, p.last), (0, true, true));
    }

    #[test]
    fn unknown_enum_values_are_kept_as_unknown() {
        let p: Platform = serde_json::from_str("\"WATCH\"").unwrap();
        assert_eq!(p, Platform::Unknown);
        let s: EnrollmentStatus = serde_json::from_str("\"ARCHIVED\"").unwrap();
        assert_eq!(s, EnrollmentStatus::Unknown);
    }

    #[test]
    fn a_pending_code_past_expiry_reads_as_expired() {
        let e: Enrollment = serde_json::from_str(
            r#"{"enrollment_id":"660e8400-e29b-41d4-a716-446655440001","enrollment_code":"ABCD2345",
                "expires_at":"2024-01-15T11:30:00Z","status":"PENDING","metadata":{}}"#,
        )
        .unwrap();
        let before: DateTime<Utc> = "2024-01-15T11:29:59Z".parse().unwrap();
        let after: DateTime<Utc> = "2024-01-15T11:30:00Z".parse().unwrap();
        assert_eq!(e.status_at(before), EnrollmentStatus::Pending);
        assert_eq!(e.status_at(after), EnrollmentStatus::Expired);
    }

    #[test]
    fn location_display_name_adds_the_city_once() {
        let mut l: Location = serde_json::from_str(
            r#"{"id":"550e8400-e29b-41d4-a716-446655440000","name":"Downtown Store","city":"Stockholm"}"#,
        )
        .unwrap();
        assert_eq!(l.display_name(), "Downtown Store, Stockholm");
        l.name = "Stockholm Drottninggatan".into();
        assert_eq!(l.display_name(), "Stockholm Drottninggatan");
    }
}
