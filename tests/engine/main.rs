//! The engine's integration tests: reading files, extraction, event coding, the cache, the exports and the
//! `dossier` command. One test binary for all of them (as ripgrep does), because each binary links the whole
//! crate again: twenty binaries cost CI minutes of linking alone.

mod documents;
mod events_common;
mod extraction_common;

mod cache;
mod cli;
mod event_actors;
mod event_acts;
mod event_camps;
mod event_clauses;
mod event_complaints;
mod event_cues;
mod event_joint;
mod event_owners;
mod event_parties;
mod event_phrases;
mod event_recalled;
mod event_reports;
mod event_sides;
mod event_subjects;
mod event_supplies;
mod event_voices;
mod events;
mod exports;
mod extraction;
mod extraction_contexts;
mod extraction_names;
mod extraction_spellings;
mod formats;
mod properties;
mod quality;
mod workspace;
