//! Linking: facts made of the entities, quantities and dates found
//! before, each pointing to its evidence.

pub mod event;
pub mod role;
pub mod target;
