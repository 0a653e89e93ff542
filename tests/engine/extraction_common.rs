//! What the extraction tests share: extracting invented documents, and asking what was found.

#![allow(dead_code)]

use dossier::extract::{Entity, EntityKind, Extraction};
use dossier::pipeline::{Dataset, from_texts};

/// The dataset of documents given as (file name, text).
pub fn extract(texts: &[(&str, &str)]) -> Dataset {
    from_texts(texts.iter().copied())
}

/// The entity named `name`, if any.
pub fn named<'a>(x: &'a Extraction, name: &str) -> Option<&'a Entity> {
    x.entities.iter().find(|e| e.name == name)
}

/// The names of the entities of `kind`, sorted.
pub fn kinds_named(x: &Extraction, kind: EntityKind) -> Vec<String> {
    let mut v: Vec<String> = x.entities.iter().filter(|e| e.kind == kind).map(|e| e.name.clone()).collect();
    v.sort();
    v
}

/// Whether `capital` was read as the government of `country`: the country is found, and no place of that name.
pub fn read_as_government(x: &Extraction, country: &str, capital: &str) -> bool {
    named(x, country).is_some() && named(x, capital).is_none()
}

/// Whether `capital` was read as the city only: a place of that name, and not `country`.
pub fn read_as_city(x: &Extraction, capital: &str, country: &str) -> bool {
    named(x, capital).is_some_and(|e| e.kind == EntityKind::Place) && named(x, country).is_none()
}
