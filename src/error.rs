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
    /// Dictionary files with malformed lines (each error names the file,
    /// line and column).
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
    Dictionary(Vec<crate::gazetteer::dict::DictError>),
}
