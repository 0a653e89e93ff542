//! What one document's extraction is: its local entities (with what identifies them across documents), their
//! mentions, the words left for the corpus to decide, and the events coded in it. Built by
//! [`super::extract_document`]; joined across documents by [`crate::extract::resolve`], and stored as is in the
//! extraction cache.

use serde::{Deserialize, Serialize};

use crate::corpus::Date;
use crate::extract::events::{LocalInteraction, LocalRelation};
use crate::extract::model::{EntityKind, MentionForm};

/// What makes two local entities of different documents the same entity.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Key {
    /// A country (index into the knowledge base).
    Country(u32),
    /// A dictionary organisation.
    Org(u32),
    /// A dictionary place.
    Place(u32),
    /// A person, by folded full name.
    Person(String),
    /// An organisation found by its form, by folded name.
    NewOrg(String),
    /// A place found by its form or context, by folded name.
    NewPlace(String),
}

/// The name of a finer entity type, one of a fixed few ("armed group", "city", "capital"). (An alias, so that
/// deserializing does not ask to borrow it from the input: see `subtype_from_cache`.)
pub type SubtypeName = &'static str;

/// An entity as seen in one document.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct LocalEntity {
    /// Identity across documents.
    pub key: Key,
    /// Kind.
    pub kind: EntityKind,
    /// Name (for people: the full name as written).
    pub name: String,
    /// Distinct surface forms.
    pub surfaces: Vec<String>,
    /// Country the entity belongs to or acts for (knowledge-base index).
    pub country: Option<u32>,
    /// The entity acts for that country's state: a person in office, or the country's own forces named by it
    /// ("the Guyana Defence Force").
    pub state_actor: bool,
    /// Finer type ("armed group", "city", …).
    #[serde(deserialize_with = "subtype_from_cache")]
    pub subtype: Option<SubtypeName>,
    /// Cued as a person by a title or apposition (for single names).
    pub strong: bool,
    /// Roles, organisation, acronym and affiliations, when the document states any. Most entities have none, so
    /// they sit behind one pointer: a folder of 100,000 documents holds millions of local entities.
    pub details: Option<Box<Details>>,
}

/// What a document says about a local entity beyond its name (see [`LocalEntity::details`]).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Details {
    /// Organisation a person belongs to.
    pub organization: Option<String>,
    /// Role phrases seen with a person.
    pub roles: Vec<String>,
    /// Acronym introduced for it in this document.
    pub acronym: Option<String>,
    /// Local entities it is affiliated with (its country or organisation), with the sentence that says so.
    pub affiliated: Vec<(u32, u32)>,
}

impl LocalEntity {
    /// Organisation a person belongs to.
    pub fn organization(&self) -> Option<&str> {
        self.details.as_ref()?.organization.as_deref()
    }
    /// Role phrases seen with a person.
    pub fn roles(&self) -> &[String] {
        self.details.as_ref().map_or(&[], |d| &d.roles)
    }
    /// Acronym introduced for it in this document.
    pub fn acronym(&self) -> Option<&str> {
        self.details.as_ref()?.acronym.as_deref()
    }
    /// Local entities it is affiliated with, with the sentence that says so.
    pub fn affiliated(&self) -> &[(u32, u32)] {
        self.details.as_ref().map_or(&[], |d| &d.affiliated)
    }
    /// The details, created empty if there are none yet.
    pub fn details_mut(&mut self) -> &mut Details {
        self.details.get_or_insert_default()
    }
}

/// A mention inside one document, pointing at a local entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalMention {
    /// Index into `DocExtraction::entities`.
    pub local: u32,
    /// Byte range.
    pub start: u32,
    /// End byte.
    pub end: u32,
    /// Sentence index.
    pub sentence: u32,
    /// How it refers.
    pub form: MentionForm,
}

/// A word left for the whole corpus to decide: a surname with no full name in this document, an acronym with no
/// definition here.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingMention {
    /// The word as written.
    pub text: String,
    /// Byte range.
    pub start: u32,
    /// End byte.
    pub end: u32,
    /// Sentence index.
    pub sentence: u32,
    /// An acronym (all capitals) rather than a surname.
    pub acronym: bool,
    /// Cued as a person (title, honorific, surname ending): becomes a person even without a full name.
    pub strong: bool,
}

/// Everything extracted from one document. (The entities come last: an encoding of it can be read without them,
/// see [`DocExtraction::decode_without_entities`].)
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct DocExtraction {
    /// Mentions, sorted by start.
    pub mentions: Vec<LocalMention>,
    /// Words the corpus decides.
    pub pending: Vec<PendingMention>,
    /// The date used for dated knowledge (the Taliban as a government): stated or estimated.
    pub reference_date: Option<Date>,
    /// Country interactions coded in the document.
    pub interactions: Vec<LocalInteraction>,
    /// Typed relations between local entities.
    pub relations: Vec<LocalRelation>,
    /// Local entities.
    pub entities: Vec<LocalEntity>,
}

/// The fields of [`DocExtraction`] before its entities, in the same order: what its encoding starts with.
#[derive(Deserialize)]
struct BeforeEntities {
    mentions: Vec<LocalMention>,
    pending: Vec<PendingMention>,
    reference_date: Option<Date>,
    interactions: Vec<LocalInteraction>,
    relations: Vec<LocalRelation>,
}

impl DocExtraction {
    /// Decodes the [`postcard`] encoding of a document's extraction but for its entities, which are skipped
    /// (what mapping its mentions and events needs once the entities are resolved); `None` if the bytes are
    /// damaged.
    pub fn decode_without_entities(bytes: &[u8]) -> Option<DocExtraction> {
        let (b, _entities): (BeforeEntities, _) = postcard::take_from_bytes(bytes).ok()?;
        Some(DocExtraction {
            mentions: b.mentions,
            pending: b.pending,
            reference_date: b.reference_date,
            interactions: b.interactions,
            relations: b.relations,
            entities: Vec::new(),
        })
    }
}

/// Reads a subtype back from the extraction cache as the `'static` name the extractor uses: each distinct name
/// is kept once for the life of the program (there are a few dozen).
fn subtype_from_cache<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<&'static str>, D::Error> {
    static NAMES: std::sync::Mutex<Vec<&'static str>> = std::sync::Mutex::new(Vec::new());
    let Some(name) = Option::<String>::deserialize(d)? else { return Ok(None) };
    let mut names = NAMES.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(known) = names.iter().find(|n| **n == name) {
        return Ok(Some(known));
    }
    let leaked: &'static str = Box::leak(name.into_boxed_str());
    names.push(leaked);
    Ok(Some(leaked))
}
