//! Analysis of an extraction, for the views and exports: relations between entities with their evidence, and
//! the country × country interaction matrix. Pure data, no GUI.

pub mod matrix;
pub mod relations;
