//! `DOSSIER_DEBUG_EVENTS=1`: what the event coder sees in each sentence and the pairs each cue finds, printed to
//! standard error (for reading the coder's decisions on new text).

use super::actors::{Actor, DocContext};
use super::lexicon::Cue;
use crate::extract::detect::Scan;
use crate::extract::tokens::TokenKind;

/// `DOSSIER_DEBUG_EVENTS=1`: prints the pairs a cue found.
pub(super) fn pairs(ctx: &DocContext, scan: &Scan, cue: &Cue, pairs: &[(Actor, Actor)]) {
    let code = |a: &Actor| a.country.map_or("-", |c| ctx.kb.countries[c as usize].code.as_str());
    let list: Vec<String> = pairs.iter().map(|(x, y)| format!("{}->{}", code(x), code(y))).collect();
    eprintln!("   pairs of {:?}: {}", scan.span_text(cue.first, cue.end), list.join(" "));
}

/// `DOSSIER_DEBUG_EVENTS=1`: prints what the coder sees in each sentence to standard error.
pub(super) fn sentence(ctx: &DocContext, scan: &Scan, sentence: u32, actors: &[Actor], cues: &[Cue]) {
    let text: String = scan.span_text(0, scan.toks.len()).chars().take(100).collect();
    eprintln!("S{sentence}: {text}");
    for a in actors {
        let code = a.country.map(|c| ctx.kb.countries[c as usize].code.as_str()).unwrap_or("-");
        eprintln!(
            "   actor {code} {:?} state={} loc={} port={}",
            scan.span_text(a.first, a.end),
            a.state,
            a.location,
            a.portfolio
        );
    }
    for c in cues {
        let kind = if scan.toks[c.first].kind == TokenKind::Word { "cue" } else { "?" };
        eprintln!("   {kind} {:?} {:?}", scan.span_text(c.first, c.end), c.word.category);
    }
}
