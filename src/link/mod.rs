//! Linking: facts made of the entities, quantities and dates found
//! before, each pointing to its evidence.

pub mod role;
pub mod target;
