//! `DOSSIER_DEBUG_EVENTS=1`: what the event coder sees in each sentence and the pairs each cue finds, printed to
//! standard error (for reading the coder's decisions on new text).

use super::actors::{Actor, DocContext};
use super::lexicon::Cue;
use crate::extract::detect::Scan;
use crate::extract::tokens::TokenKind;

/// An actor's country code, "-" for none.
fn code<'k>(ctx: &DocContext<'k>, a: &Actor) -> &'k str {
    a.country.map_or("-", |c| ctx.kb.countries[c as usize].code.as_str())
}

/// `DOSSIER_DEBUG_EVENTS=1`: prints the pairs a cue found.
pub(super) fn pairs(ctx: &DocContext, scan: &Scan, cue: &Cue, pairs: &[(Actor, Actor)]) {
    let list: Vec<String> = pairs.iter().map(|(x, y)| format!("{}->{}", code(ctx, x), code(ctx, y))).collect();
    eprintln!("   pairs of {:?}: {}", scan.span_text(cue.first, cue.end), list.join(" "));
}

/// `DOSSIER_DEBUG_EVENTS=1`: prints what the coder sees in each sentence to standard error.
pub(super) fn sentence(ctx: &DocContext, scan: &Scan, sentence: u32, actors: &[Actor], cues: &[Cue]) {
    let text: String = scan.span_text(0, scan.toks().len()).chars().take(100).collect();
    eprintln!("S{sentence}: {text}");
    for a in actors {
        eprintln!(
            "   actor {} {:?} state={} loc={} port={}",
            code(ctx, a),
            scan.span_text(a.first, a.end),
            a.state,
            a.location,
            a.portfolio
        );
    }
    for c in cues {
        let kind = if scan.toks()[c.first].kind == TokenKind::Word { "cue" } else { "?" };
        eprintln!("   {kind} {:?} {:?}", scan.span_text(c.first, c.end), c.word.category);
    }
}
