//! vnextract reads Vietnamese text and writes what it states as JSON.
//!
//! One [`Pipeline`] is built once and run on every document; it decodes
//! the input (UTF-8, or the legacy encodings TCVN3, VNI and VIQR),
//! normalizes it (NFC, one tone-mark placement, look-alikes and
//! typography; see [`normalize`]), segments it into sentences and
//! syllables ([`segment`]) and returns a [`Document`] in the `vnextract/v1`
//! contract ([`output`]), where every span points back into the input as
//! it was given.
//!
//! # Example
//!
//! ```
//! use vnextract::{Pipeline, pipeline::{Meta, Options}};
//!
//! let pipeline = Pipeline::new(Options::default())?;
//! let input = "Sáng 28-12, UBND tỉnh Thanh Hoá tổ chức hội nghị.";
//! let meta = Meta { id: Some("a1".into()), date: Some("2022-12-28".into()) };
//! let doc = pipeline.extract_bytes(input.as_bytes(), &meta)?;
//! let json = serde_json::to_value(&doc).unwrap();
//! assert_eq!(json["schema"], "vnextract/v1");
//! assert_eq!(json["id"], "a1");
//! assert_eq!(json["encoding"], "utf-8");
//! # Ok::<(), vnextract::Error>(())
//! ```
#![deny(missing_docs)]

pub mod decode;
pub mod error;
pub mod eval;
pub mod gazetteer;
mod hash;
pub mod link;
pub mod normalize;
pub mod output;
pub mod pipeline;
pub mod recognize;
pub mod segment;
pub mod span;

pub use crate::error::Error;
pub use crate::output::{Document, Span};
pub use crate::pipeline::Pipeline;
