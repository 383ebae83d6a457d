//! The wire contract of the Kustom In-Person Payments Device API, as Device Console uses
//! it: serde types for enrollments, devices, locations, pages and problems, the request
//! bodies and list queries, and every validation rule, written once for the SPA (inline
//! form errors), the proxy and the playground.
//!
//! No I/O lives here; the crate compiles for the browser and for servers alike.

// The contract's code answers every input with a value or an error, never a panic.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod activity;
pub mod batch;
mod broken;
pub mod console;
mod fields;
#[cfg(feature = "fixtures")]
pub mod fixtures;
pub mod fleet;
#[cfg(feature = "server")]
pub mod http;
pub mod jobs;
mod lenient;
pub mod metadata;
pub mod model;
pub mod problem;
pub mod query;
pub mod request;
pub mod rules;
pub mod time;
pub mod zones;

pub use metadata::{Metadata, MetadataFilter};
pub use model::{
    Credentials, Device, Enrollment, EnrollmentStatus, Location, Page, Platform, UsedBy,
};
pub use problem::{FieldErrors, Problem, PROBLEM_JSON};
pub use query::{ListKind, ListQuery};
pub use request::{
    CreateEnrollment, PairRequest, RegisterDevice, Replace, SimulatedDevice, UpdateDevice,
};
pub use uuid::Uuid;
