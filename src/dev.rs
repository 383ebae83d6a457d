//! Standalone playground sign-in: the chosen identity (role, scope, name; never a token)
//! is remembered for the browser tab, and tokens are minted from it whenever needed.
//! Without a choice, the console signs in as the development operator (admin, every
//! location).

use std::rc::Rc;

use ipp::console::{DevSignIn, Role};

use crate::api;
use crate::auth::{TokenFuture, TokenSource};

const CHOICE_KEY: &str = "device-console.dev-sign-in";

/// Who the console signs in as when nobody chose.
pub fn default_choice() -> DevSignIn {
    DevSignIn {
        merchant_id: None,
        role: Role::Admin,
        locations: None,
        name: Some("Development Operator".into()),
    }
}

fn storage() -> Option<web_sys::Storage> {
    leptos::prelude::window().session_storage().ok().flatten()
}

pub fn stored_choice() -> Option<DevSignIn> {
    storage()?
        .get_item(CHOICE_KEY)
        .ok()
        .flatten()
        .and_then(|s| crate::json::from_str(&s).ok())
}

pub fn store_choice(choice: &DevSignIn) {
    if let Some(s) = storage() {
        let _ = s.set_item(
            CHOICE_KEY,
            &crate::json::to_string(choice).expect("serializes"),
        );
    }
}

/// Mints tokens for the remembered choice.
pub struct DevTokens;

impl TokenSource for DevTokens {
    fn fetch(&self) -> TokenFuture {
        Box::pin(async {
            let choice = stored_choice().unwrap_or_else(default_choice);
            api::dev::sign_in(&choice)
                .await
                .map(|t| t.token)
                .map_err(|e| e.message())
        })
    }
}

/// Signs the console of `api` in as `choice` from now on.
pub fn switch_to(api: api::Api, choice: &DevSignIn) {
    store_choice(choice);
    if let Ok(client) = api.client() {
        client.switch_identity(Rc::new(DevTokens));
    }
}
