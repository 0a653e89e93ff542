//! Event coding: who did what to whom, between countries, sentence by sentence.
//!
//! Actors (`actors`) are found among a sentence's mentions: a country named as an actor (not "in Kabul", not the
//! portfolio in "envoy for Afghanistan"), a demonym with a state noun ("Pakistani authorities", "the Russian
//! ambassador"), a capital or metonym standing for the government, an official whose role makes them act for a
//! state, a group that governs a country at the document's date (the Taliban after 2021-08-15), a state body (the
//! FSB). Cue words from `assets/events/cues.tsv` give the PLOVER category (`lexicon`; found in a sentence by
//! `cue_finder`). Direction follows the clause (`coder`): the acting side comes before the cue (its subject, a
//! possessor, a "by" phrase, the subject before a relative clause or a quotation), the side acted on after it.
//! Symmetric cues pair "between A and B", "A … with B", or the members of a coordinated subject ("Russia, China and
//! Iran met"). A reporting verb ("said", "told") or a subordinate clause starts a new clause, so "US officials said
//! groups attacked Pakistan" is not a US attack. "The two sides", "the three juntas" refer to recent groups of
//! actors. Negated cues become what the negation means ("has not recognised" → REJECT) or are dropped; hypothetical
//! ones ("could", "may") are kept but flagged.

mod actors;
mod borders;
mod clauses;
mod coder;
mod cue_finder;
mod debug;
mod emit;
mod issuer;
mod joint;
mod juntas;
pub(crate) mod lexicon;
mod mediation;
mod memory;
mod mention_words;
mod objects;
mod obligations;
mod reception;
mod removals;
mod repeats;
mod sides;
mod subjects;
mod switches;
mod threats;
mod turns;
mod voice;

use serde::{Deserialize, Serialize};

pub use actors::DocContext;
pub use coder::code_sentence;
pub use issuer::{Issuer, issuer};
pub use memory::Memory;
pub use turns::{Turn, turn_of};

/// The sixteen PLOVER event categories.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
#[allow(missing_docs)]
pub enum Category {
    Agree,
    Consult,
    Support,
    Concede,
    Cooperate,
    Aid,
    Retreat,
    Request,
    Accuse,
    Reject,
    Threaten,
    Protest,
    Sanction,
    Mobilize,
    Coerce,
    Assault,
}

/// PLOVER quad classes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Quad {
    /// Agree, consult, support, concede.
    #[serde(rename = "verbal-coop")]
    VerbalCoop,
    /// Cooperate, aid, retreat.
    #[serde(rename = "material-coop")]
    MaterialCoop,
    /// Request, accuse, reject, threaten.
    #[serde(rename = "verbal-conflict")]
    VerbalConflict,
    /// Protest, sanction, mobilize, coerce, assault.
    #[serde(rename = "material-conflict")]
    MaterialConflict,
}

impl Quad {
    /// All four, in display order.
    pub const ALL: [Quad; 4] = [Quad::VerbalCoop, Quad::MaterialCoop, Quad::VerbalConflict, Quad::MaterialConflict];

    /// "verbal-coop", …
    pub fn as_str(self) -> &'static str {
        match self {
            Quad::VerbalCoop => "verbal-coop",
            Quad::MaterialCoop => "material-coop",
            Quad::VerbalConflict => "verbal-conflict",
            Quad::MaterialConflict => "material-conflict",
        }
    }

    /// "Verbal cooperation", …
    pub fn label(self) -> &'static str {
        match self {
            Quad::VerbalCoop => "Verbal cooperation",
            Quad::MaterialCoop => "Material cooperation",
            Quad::VerbalConflict => "Verbal conflict",
            Quad::MaterialConflict => "Material conflict",
        }
    }

    /// Whether the class is cooperation (else conflict).
    pub fn is_cooperation(self) -> bool {
        matches!(self, Quad::VerbalCoop | Quad::MaterialCoop)
    }
}

impl Category {
    /// All sixteen, in PLOVER order.
    pub const ALL: [Category; 16] = [
        Category::Agree,
        Category::Consult,
        Category::Support,
        Category::Concede,
        Category::Cooperate,
        Category::Aid,
        Category::Retreat,
        Category::Request,
        Category::Accuse,
        Category::Reject,
        Category::Threaten,
        Category::Protest,
        Category::Sanction,
        Category::Mobilize,
        Category::Coerce,
        Category::Assault,
    ];

    /// "CONSULT", …
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Agree => "AGREE",
            Category::Consult => "CONSULT",
            Category::Support => "SUPPORT",
            Category::Concede => "CONCEDE",
            Category::Cooperate => "COOPERATE",
            Category::Aid => "AID",
            Category::Retreat => "RETREAT",
            Category::Request => "REQUEST",
            Category::Accuse => "ACCUSE",
            Category::Reject => "REJECT",
            Category::Threaten => "THREATEN",
            Category::Protest => "PROTEST",
            Category::Sanction => "SANCTION",
            Category::Mobilize => "MOBILIZE",
            Category::Coerce => "COERCE",
            Category::Assault => "ASSAULT",
        }
    }

    /// Parses "CONSULT" (any case).
    pub fn parse(s: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str().eq_ignore_ascii_case(s.trim()))
    }

    /// The quad class.
    pub fn quad(self) -> Quad {
        use Category::*;
        match self {
            Agree | Consult | Support | Concede => Quad::VerbalCoop,
            Cooperate | Aid | Retreat => Quad::MaterialCoop,
            Request | Accuse | Reject | Threaten => Quad::VerbalConflict,
            Protest | Sanction | Mobilize | Coerce | Assault => Quad::MaterialConflict,
        }
    }
}

/// An interaction coded in one sentence of one document, with countries as knowledge-base indices.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct LocalInteraction {
    /// Acting country.
    pub source: u32,
    /// Country acted on.
    pub target: u32,
    /// Category.
    pub category: Category,
    /// A symmetric event.
    pub symmetric: bool,
    /// Sentence index.
    pub sentence: u32,
    /// Stated as possible, planned or demanded rather than done ("could", "may", "must").
    pub hypothetical: bool,
}

/// What a typed link between two entities says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum LinkKind {
    /// A person belongs to or acts for a country or organisation ("Iran's special envoy").
    Affiliation,
    /// One acted on the other, coded with a PLOVER category ("met", "accused").
    Event(Category),
}

impl LinkKind {
    /// The export name: "affiliation", "met", "accused", …
    pub fn as_str(self) -> &'static str {
        use Category::*;
        match self {
            LinkKind::Affiliation => "affiliation",
            LinkKind::Event(c) => match c {
                Agree => "agreed",
                Consult => "met",
                Support => "supports",
                Concede => "conceded",
                Cooperate => "cooperates",
                Aid => "aids",
                Retreat => "withdrew",
                Request => "requested",
                Accuse => "accused",
                Reject => "rejected",
                Threaten => "threatened",
                Protest => "protested",
                Sanction => "sanctioned",
                Mobilize => "mobilized",
                Coerce => "coerced",
                Assault => "attacked",
            },
        }
    }
}

/// A typed link between two entities of one document, stated in one sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct LocalRelation {
    /// Local entity acting.
    pub source: u32,
    /// Local entity acted on (or the other side of a symmetric relation).
    pub target: u32,
    /// What the link says.
    pub kind: LinkKind,
    /// Symmetric.
    pub symmetric: bool,
    /// Sentence index.
    pub sentence: u32,
}

/// A coded interaction between two countries, in the corpus.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Interaction {
    /// The document.
    pub doc: crate::corpus::DocId,
    /// Sentence index in the document.
    pub sentence: u32,
    /// ISO3 of the acting side (for symmetric events, the alphabetically first).
    pub source: crate::extract::CountryCode,
    /// ISO3 of the side acted on.
    pub target: crate::extract::CountryCode,
    /// PLOVER category.
    pub category: Category,
    /// A symmetric event (talks between A and B).
    pub symmetric: bool,
    /// Stated as possible, planned or demanded ("could recognise"); excluded from exports and the matrix by
    /// default.
    pub hypothetical: bool,
}

/// A typed link between two entities stated in one sentence ("met", "accused", …).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TypedLink {
    /// The document.
    pub doc: crate::corpus::DocId,
    /// Sentence index.
    pub sentence: u32,
    /// Acting entity.
    pub source: crate::extract::EntityId,
    /// Entity acted on.
    pub target: crate::extract::EntityId,
    /// What the link says.
    pub kind: LinkKind,
    /// Symmetric.
    pub symmetric: bool,
}
