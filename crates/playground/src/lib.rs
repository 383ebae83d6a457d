//! The Device API simulator (see the playground issue).
