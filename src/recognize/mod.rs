//! Recognizers: numbers, quantities, dates and periods, found in the
//! canonical view of a document (NFC, one tone placement, typography
//! unified: dashes are `-`, quotes `"` and `'`, spaces plain).
//!
//! Each recognizer returns matches with ranges of the canonical view; the
//! pipeline maps them back to the input.

pub mod date;
pub mod lunar;
pub mod number;
pub mod person;
pub mod quantity;
