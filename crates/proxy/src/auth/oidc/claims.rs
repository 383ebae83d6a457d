//! Who a verified ID token says the user is, in the console's terms: merchant, role and
//! locations, by the deployment's mapping (`--oidc-role-map` and friends). Refusals say
//! what is missing; nothing is widened by omission.

use ipp::console::Role;
use ipp::Uuid;
use serde_json::{Map, Value};

/// Where the merchant comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MerchantFrom {
    /// Every user of this deployment belongs to this merchant.
    Fixed(String),
    /// A claim names it.
    Claim(String),
}

/// The deployment's mapping from claims to the console's terms.
#[derive(Debug, Clone)]
pub struct ClaimMap {
    /// The claim with the user's groups or roles (a dotted path: `realm_access.roles`).
    pub roles_claim: String,
    /// Group → role; a user with several mapped groups gets the highest role.
    pub roles: Vec<(String, Role)>,
    pub merchant: MerchantFrom,
    /// The claim with the user's location ids; `None`: every user has every location.
    pub locations_claim: Option<String>,
}

/// Who signed in, as the console knows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    pub subject: String,
    pub name: Option<String>,
    pub merchant_id: String,
    pub role: Role,
    pub locations: Option<Vec<Uuid>>,
    pub locale: Option<String>,
}

/// Why a verified user is still not let in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// None of the user's groups is mapped to a role.
    NoRole,
    /// A locations claim is configured and the token lacks it, or lists none.
    NoLocations,
    /// The locations claim holds something that is not a list of location ids.
    BadLocations,
    /// The merchant claim is missing or names no merchant this deployment serves.
    NoMerchant,
}

impl Refusal {
    /// The code the sign-in page explains (`/sign-in?error=…`).
    pub fn code(&self) -> &'static str {
        match self {
            Refusal::NoRole => "no_role",
            Refusal::NoLocations | Refusal::BadLocations => "no_locations",
            Refusal::NoMerchant => "no_merchant",
        }
    }
}

/// A claim by dotted path (`realm_access.roles`): a top-level claim named with the dots
/// wins (Entra ID and others use URLs as claim names).
pub fn claim<'a>(claims: &'a Map<String, Value>, path: &str) -> Option<&'a Value> {
    if let Some(v) = claims.get(path) {
        return Some(v);
    }
    let mut parts = path.split('.');
    let mut v = claims.get(parts.next()?)?;
    for p in parts {
        v = v.as_object()?.get(p)?;
    }
    Some(v)
}

/// A claim as a list of strings: a JSON list of strings, or one string. Anything else
/// is `None`.
fn strings(v: &Value) -> Option<Vec<&str>> {
    match v {
        Value::String(s) => Some(vec![s.as_str()]),
        Value::Array(items) => items.iter().map(Value::as_str).collect(),
        _ => None,
    }
}

impl ClaimMap {
    /// Parses `group=role` pairs.
    pub fn parse_roles(pairs: &[String]) -> Result<Vec<(String, Role)>, String> {
        let mut out = Vec::new();
        for pair in pairs.iter().map(|p| p.trim()).filter(|p| !p.is_empty()) {
            let (group, role) = pair.rsplit_once('=').ok_or_else(|| {
                format!("\"{pair}\" is not group=role (e.g. console-admins=admin)")
            })?;
            let role = Role::parse(role.trim())
                .ok_or_else(|| format!("\"{pair}\": the role must be viewer, operator or admin"))?;
            if group.trim().is_empty() {
                return Err(format!("\"{pair}\": the group is empty"));
            }
            out.push((group.trim().to_owned(), role));
        }
        Ok(out)
    }

    /// Maps verified claims (`sub` present) to an identity, or says why not.
    pub fn map(&self, claims: &Map<String, Value>) -> Result<Identity, Refusal> {
        let text = |name: &str| {
            claims
                .get(name)
                .and_then(Value::as_str)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
        };
        let groups = claim(claims, &self.roles_claim)
            .and_then(strings)
            .unwrap_or_default();
        let role = self
            .roles
            .iter()
            .filter(|(g, _)| groups.contains(&g.as_str()))
            .map(|(_, r)| *r)
            .max()
            .ok_or(Refusal::NoRole)?;
        let merchant_id = match &self.merchant {
            MerchantFrom::Fixed(m) => m.clone(),
            MerchantFrom::Claim(c) => claim(claims, c)
                .and_then(Value::as_str)
                .filter(|m| !m.is_empty())
                .map(str::to_owned)
                .ok_or(Refusal::NoMerchant)?,
        };
        let locations = match &self.locations_claim {
            None => None,
            Some(c) => {
                let listed = claim(claims, c)
                    .ok_or(Refusal::NoLocations)
                    .and_then(|v| strings(v).ok_or(Refusal::BadLocations))?;
                let ids = listed
                    .iter()
                    .map(|s| s.parse::<Uuid>().map_err(|_| Refusal::BadLocations))
                    .collect::<Result<Vec<_>, _>>()?;
                if ids.is_empty() {
                    return Err(Refusal::NoLocations);
                }
                Some(ids)
            }
        };
        Ok(Identity {
            subject: text("sub").unwrap_or_default(),
            name: text("name")
                .or_else(|| text("preferred_username"))
                .or_else(|| text("email")),
            merchant_id,
            role,
            locations,
            locale: text("locale"),
        })
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn map(locations: Option<&str>, merchant: MerchantFrom) -> ClaimMap {
        ClaimMap {
            roles_claim: "groups".into(),
            roles: ClaimMap::parse_roles(&[
                "console-admins=admin".into(),
                "store-managers=operator".into(),
                "staff=viewer".into(),
            ])
            .unwrap(),
            merchant,
            locations_claim: locations.map(str::to_owned),
        }
    }

    fn claims(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn the_highest_mapped_group_gives_the_role() {
        let m = map(None, MerchantFrom::Fixed("M1".into()));
        let who = m
            .map(&claims(
                json!({"sub": "u1", "name": "Ann", "groups": ["staff", "store-managers", "other"]}),
            ))
            .unwrap();
        assert_eq!(who.role, Role::Operator);
        assert_eq!(who.merchant_id, "M1");
        assert_eq!(who.locations, None);
        assert_eq!(who.name.as_deref(), Some("Ann"));
        let one = m
            .map(&claims(
                json!({"sub": "u1", "email": "a@b", "groups": "console-admins"}),
            ))
            .unwrap();
        assert_eq!((one.role, one.name.as_deref()), (Role::Admin, Some("a@b")));
        for no_role in [
            json!({"sub": "u1", "groups": ["other"]}),
            json!({"sub": "u1"}),
            json!({"sub": "u1", "groups": [1, 2]}),
            json!({"sub": "u1", "groups": {"staff": true}}),
        ] {
            assert_eq!(m.map(&claims(no_role)), Err(Refusal::NoRole));
        }
    }

    #[test]
    fn a_configured_locations_claim_is_required_never_widened() {
        let m = map(Some("locations"), MerchantFrom::Fixed("M1".into()));
        let loc = "497f6eca-6276-4993-bfeb-53cbbbba6f08";
        let who = m
            .map(&claims(
                json!({"sub": "u", "groups": ["staff"], "locations": [loc]}),
            ))
            .unwrap();
        assert_eq!(who.locations, Some(vec![loc.parse().unwrap()]));
        let base = json!({"sub": "u", "groups": ["staff"]});
        assert_eq!(m.map(&claims(base)), Err(Refusal::NoLocations));
        for (bad, why) in [
            (json!([]), Refusal::NoLocations),
            (json!(["not-a-uuid"]), Refusal::BadLocations),
            (json!([loc, 7]), Refusal::BadLocations),
            (json!(null), Refusal::BadLocations),
        ] {
            let c = json!({"sub": "u", "groups": ["staff"], "locations": bad});
            assert_eq!(m.map(&claims(c)), Err(why));
        }
    }

    #[test]
    fn the_merchant_from_a_claim_and_nested_claims() {
        let m = ClaimMap {
            roles_claim: "realm_access.roles".into(),
            ..map(None, MerchantFrom::Claim("merchant_id".into()))
        };
        let c = json!({"sub": "u", "realm_access": {"roles": ["staff"]}, "merchant_id": "M2"});
        assert_eq!(m.map(&claims(c)).unwrap().merchant_id, "M2");
        let c = json!({"sub": "u", "realm_access": {"roles": ["staff"]}});
        assert_eq!(m.map(&claims(c)), Err(Refusal::NoMerchant));
        // A claim named with dots (a URL, as Entra ID's) is found as it is.
        let m = ClaimMap {
            roles_claim: "https://example.com/groups".into(),
            ..map(None, MerchantFrom::Fixed("M1".into()))
        };
        let c = json!({"sub": "u", "https://example.com/groups": ["staff"]});
        assert_eq!(m.map(&claims(c)).unwrap().role, Role::Viewer);
    }

    #[test]
    fn role_pairs_are_checked() {
        assert!(ClaimMap::parse_roles(&["a=admin".into(), " ".into()]).is_ok());
        for bad in ["admins", "a=root", "=admin"] {
            let e = ClaimMap::parse_roles(&[bad.into()]).unwrap_err();
            assert!(e.contains(bad), "{e}");
        }
    }
}
