//! The stores' settings: their time zones and the languages of their printouts, where
//! the country's are not right (`--location-time-zones`, `--location-languages`).

use std::collections::HashMap;

use ipp::Uuid;

use super::Config;
use crate::start::StartError;

impl Config {
    /// The configured location time zones, checked.
    pub fn location_zones(&self) -> Result<HashMap<Uuid, String>, StartError> {
        let mut out = HashMap::new();
        for pair in self
            .location_time_zones
            .iter()
            .map(|p| p.trim())
            .filter(|p| !p.is_empty())
        {
            let bad = || StartError::NotAZone(pair.to_owned());
            let (id, zone) = pair.split_once('=').ok_or_else(bad)?;
            let id: Uuid = id.trim().parse().map_err(|_| bad())?;
            let zone = zone.trim();
            if !ipp::zones::is_zone_name(zone) {
                return Err(bad());
            }
            out.insert(id, zone.to_owned());
        }
        Ok(out)
    }

    /// The configured languages of locations' printouts, checked.
    pub fn location_languages(&self) -> Result<HashMap<Uuid, Vec<String>>, StartError> {
        let mut out = HashMap::new();
        for pair in self
            .location_languages
            .iter()
            .map(|p| p.trim())
            .filter(|p| !p.is_empty())
        {
            let bad = || StartError::NotLanguages(pair.to_owned());
            let (id, langs) = pair.split_once('=').ok_or_else(bad)?;
            let id: Uuid = id.trim().parse().map_err(|_| bad())?;
            let langs: Vec<String> = langs.split('+').map(|l| l.trim().to_owned()).collect();
            if langs
                .iter()
                .any(|l| !ipp::zones::LANGUAGES.contains(&l.as_str()))
            {
                return Err(bad());
            }
            out.insert(id, langs);
        }
        Ok(out)
    }
}
