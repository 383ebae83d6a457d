//! The playground's tests, one binary: the API over a real socket, against a fresh
//! in-memory store each (`common`), and the process itself under kill -9 (`durability`).

mod auth;
mod common;
mod devices;
mod durability;
mod enrollments;
mod malformed;
mod openapi;
mod registration;
