//! Shapes of the console proxy's own calls (not part of the upstream API): who is signed
//! in, and what the playground's sign-in page offers.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// What an operator may do; each role includes the ones before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Read locations, enrollments and devices.
    Viewer,
    /// Also create and cancel enrollments, rename, relocate and edit devices.
    Operator,
    /// Also deregister devices.
    Admin,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Viewer, Role::Operator, Role::Admin];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Viewer => "viewer",
            Role::Operator => "operator",
            Role::Admin => "admin",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// How a person calls it.
    pub fn label(self) -> &'static str {
        match self {
            Role::Viewer => "Viewer",
            Role::Operator => "Operator",
            Role::Admin => "Admin",
        }
    }
}

/// Whether the console talks to Kustom or to the built-in playground.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    Live,
    Playground,
}

/// Whether a location is within a scope: `None` is every location; a thing with no
/// location is within none but that.
pub fn allows_location(scope: Option<&[Uuid]>, id: Option<Uuid>) -> bool {
    match (scope, id) {
        (None, _) => true,
        (Some(allowed), Some(id)) => allowed.contains(&id),
        (Some(_), None) => false,
    }
}

/// `GET /api/session`: the signed-in operator as the proxy verified them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub subject: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub merchant_id: String,
    /// The highest role the token grants.
    pub role: Role,
    /// Locations the operator is limited to; `None` means every location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locations: Option<Vec<Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    #[serde(with = "crate::time")]
    pub expires_at: DateTime<Utc>,
    pub mode: Mode,
}

impl Session {
    pub fn can(&self, role: Role) -> bool {
        self.role >= role
    }

    pub fn allows_location(&self, id: Option<Uuid>) -> bool {
        allows_location(self.locations.as_deref(), id)
    }

    /// The name to show: the token's `name`, else its subject.
    pub fn display_name(&self) -> &str {
        self.name.as_deref().unwrap_or(&self.subject)
    }
}

/// `GET /api/enrollments/{id}`: the enrollment and, once consumed, the device it became
/// (when that can be told).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnrollmentDetail {
    #[serde(flatten)]
    pub enrollment: crate::Enrollment,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<crate::Device>,
}

/// `GET /dev/sign-in/options` (playground only): what the sign-in page offers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DevOptions {
    pub merchants: Vec<DevMerchant>,
}

/// One merchant of the playground and its locations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DevMerchant {
    pub merchant_id: String,
    pub locations: Vec<crate::Location>,
}

/// `POST /dev/sign-in` (playground only): the identity to mint a token for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DevSignIn {
    /// Defaults to the demo merchant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_id: Option<String>,
    pub role: Role,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locations: Option<Vec<Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// The answer to [`DevSignIn`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DevToken {
    pub token: String,
    #[serde(with = "crate::time")]
    pub expires_at: DateTime<Utc>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_are_ordered_and_named() {
        assert!(Role::Admin > Role::Operator && Role::Operator > Role::Viewer);
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()), Some(r));
            assert_eq!(
                serde_json::to_string(&r).unwrap(),
                format!("\"{}\"", r.as_str())
            );
        }
        assert_eq!(Role::parse("root"), None);
    }

    #[test]
    fn scope_limits_locations() {
        let a = Uuid::from_u128(1);
        let b = Uuid::from_u128(2);
        let mut s = Session {
            subject: "u1".into(),
            name: None,
            merchant_id: "M1".into(),
            role: Role::Operator,
            locations: None,
            locale: None,
            expires_at: Utc::now(),
            mode: Mode::Playground,
        };
        assert!(s.allows_location(Some(a)) && s.allows_location(None));
        s.locations = Some(vec![a]);
        assert!(s.allows_location(Some(a)));
        assert!(!s.allows_location(Some(b)));
        assert!(!s.allows_location(None));
        assert!(s.can(Role::Viewer) && s.can(Role::Operator) && !s.can(Role::Admin));
        assert_eq!(s.display_name(), "u1");
    }
}
