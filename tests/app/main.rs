//! The app driven headless with egui_kittest, as a user would: find widgets by label, click, type, and check
//! what the app shows and keeps. One test binary for every view (see `tests/engine/main.rs` for why).

mod common;

mod export;
mod graph;
mod loading;
mod matrix;
mod persistence;
mod product;
mod reader;
mod seeds;
mod workspace;
