//! What a cue's pairs of actors record: a relation between their entities, and an interaction between their
//! countries when the acting side is a state (and, for a meeting or a deal, the other side too).

use super::actors::{Actor, DocContext};
use super::{Category, LinkKind, LocalInteraction, LocalRelation};

/// Records the relations and country interactions of a cue's pairs.
#[allow(clippy::too_many_arguments)]
pub(super) fn emit(
    ctx: &DocContext,
    pairs: &[(Actor, Actor)],
    category: Category,
    symmetric: bool,
    hypothetical: bool,
    sentence: u32,
    out: &mut Vec<LocalInteraction>,
    relations: &mut Vec<LocalRelation>,
) {
    let kb = ctx.kb;
    for (a, b) in pairs {
        let real = |x: &Actor| (x.local as usize) < ctx.entities.len();
        let same_country = a.country.is_some() && a.country == b.country;
        if a.local != b.local && real(a) && real(b) && !same_country {
            relations.push(LocalRelation {
                source: a.local,
                target: b.local,
                kind: LinkKind::Event(category),
                symmetric,
                sentence,
            });
        }
        let (Some(ca), Some(cb)) = (a.country, b.country) else { continue };
        if ca == cb || !a.state || kb.countries[ca as usize].historical || kb.countries[cb as usize].historical {
            continue;
        }
        if symmetric && !b.state {
            continue;
        }
        let (source, target) = if symmetric && kb.countries[cb as usize].code < kb.countries[ca as usize].code {
            (cb, ca)
        } else {
            (ca, cb)
        };
        let i = LocalInteraction { source, target, category, symmetric, sentence, hypothetical };
        if !out.contains(&i) {
            out.push(i);
        }
    }
}
