//! Dossier: a desktop explorer for folders of news articles and reports.
//!
//! The engine is a pipeline whose stages are the modules: [`corpus`] reads a folder into documents and
//! sentences; [`extract`] finds people, organisations, countries and places and merges their aliases;
//! [`export`] writes the result as `dossier-export/1` JSON. None of these modules touches the GUI; the desktop
//! app lives in `app` (feature `gui`) and only reads what the engine produced.

#![warn(missing_docs)]

pub mod allocator;
pub mod analysis;
pub mod cache;
pub mod corpus;
pub mod eval;
pub mod export;
pub mod extract;
pub mod pipeline;
pub mod synth;
mod timings;
pub mod workspace;

#[cfg(feature = "gui")]
pub mod app;
