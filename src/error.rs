//! The library's error type.

use crate::decode::DecodeError;

/// What can go wrong in the library.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The input could not be decoded.
    #[error(transparent)]
    Decode(#[from] DecodeError),
    /// A document date that is not `YYYY-MM-DD`.
    #[error("invalid document date {0:?}: expected YYYY-MM-DD")]
    BadDate(String),
}
