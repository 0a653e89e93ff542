//! Scoring an export against a gold annotation: the same metrics, computed the same way, as
//! `shared/eval/score.py` (entity precision/recall/F1 per kind, fragments, kind errors, country-dyad P/R/F1).
//! Used by the tests that hold the extractor to a quality floor, and by `dossier eval`.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use unicode_normalization::UnicodeNormalization;

use crate::export::ExportFile;

/// A gold file (see `shared/eval/GUIDELINES.md`).
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Gold {
    /// Corpus name.
    #[serde(default)]
    pub corpus: String,
    /// Annotations by file name.
    pub documents: BTreeMap<String, GoldDocument>,
}

/// The annotation of one document.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct GoldDocument {
    /// Entities.
    #[serde(default)]
    pub entities: Vec<GoldEntity>,
    /// Country interactions.
    #[serde(default)]
    pub interactions: Vec<GoldInteraction>,
}

/// A gold entity.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct GoldEntity {
    /// Canonical name.
    pub name: String,
    /// Kind.
    pub kind: String,
    /// Every surface form in the document.
    #[serde(default)]
    pub surface: Vec<String>,
    /// May or may not be reported.
    #[serde(default)]
    pub optional: bool,
}

/// A gold interaction.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct GoldInteraction {
    /// ISO3 of the acting side.
    pub a: String,
    /// ISO3 of the other side.
    pub b: String,
    /// PLOVER category.
    pub category: String,
    /// Quad class.
    pub quad: String,
    /// The sentence.
    #[serde(default)]
    pub evidence: String,
    /// Implied or uncertain.
    #[serde(default)]
    pub optional: bool,
}

/// Precision, recall, F1 and the counts behind them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Prf {
    /// Precision.
    pub p: f64,
    /// Recall.
    pub r: f64,
    /// F1.
    pub f1: f64,
    /// True positives.
    pub tp: usize,
    /// False positives.
    pub fp: usize,
    /// False negatives.
    pub fn_: usize,
}

impl Prf {
    fn new(tp: usize, fp: usize, fn_: usize) -> Prf {
        let p = if tp + fp > 0 { tp as f64 / (tp + fp) as f64 } else { 1.0 };
        let r = if tp + fn_ > 0 { tp as f64 / (tp + fn_) as f64 } else { 1.0 };
        let f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        Prf { p, r, f1, tp, fp, fn_ }
    }
}

/// The scores.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Scores {
    /// All entities.
    pub entities: Prf,
    /// Per kind ("person", "organization", "country", "place").
    pub per_kind: BTreeMap<String, Prf>,
    /// Gold entities split over several system entities (extra pieces).
    pub fragments: usize,
    /// System entities that match a gold entity of another kind.
    pub kind_errors: usize,
    /// Country pairs per document.
    pub dyads: Prf,
    /// Share of matched pairs whose quad class agrees.
    pub quad_accuracy: f64,
    /// Gold documents missing from the export.
    pub missing_documents: Vec<String>,
    /// One line per miss, like `score.py --verbose`.
    pub log: Vec<String>,
}

/// `score.py`'s normalisation of a surface form.
pub fn norm(s: &str) -> String {
    let s: String = s.nfkc().collect::<String>();
    let s = s.replace(['\u{2019}', '\u{2018}'], "'").replace(['\u{2013}', '\u{2014}', '\u{2010}'], "-");
    let strip: &[char] = &['.', ',', ';', ':', '!', '?', '"', '\'', '(', ')', '[', ']'];
    let s = s.trim().trim_matches(strip).to_lowercase();
    let s = s.strip_suffix("'s").map(str::to_string).unwrap_or(s);
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

const KINDS: [&str; 4] = ["person", "organization", "country", "place"];

/// Scores `export` against `gold`.
pub fn score(export: &ExportFile, gold: &Gold) -> Scores {
    let ents: HashMap<&str, _> = export.entities.iter().map(|e| (e.id.as_str(), e)).collect();
    let docs: HashMap<String, _> = export
        .documents
        .iter()
        .map(|d| (d.path.replace('\\', "/").rsplit('/').next().unwrap_or("").to_string(), d))
        .collect();
    let (mut tp, mut fp, mut fn_) =
        (HashMap::<String, usize>::new(), HashMap::<String, usize>::new(), HashMap::<String, usize>::new());
    let mut out = Scores::default();
    let (mut itp, mut ifp, mut ifn, mut quad_ok, mut quad_n) = (0, 0, 0, 0, 0);
    for (dname, g) in &gold.documents {
        let short = &dname[..dname.len().min(3)];
        let Some(d) = docs.get(dname) else {
            out.missing_documents.push(dname.clone());
            for ge in g.entities.iter().filter(|e| !e.optional) {
                *fn_.entry(ge.kind.clone()).or_default() += 1;
            }
            ifn += g.interactions.iter().filter(|i| !i.optional).count();
            continue;
        };
        // System entities of this document with their surfaces (mention texts plus the entity's name).
        let mut sys_surf: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
        let mut order: Vec<&str> = Vec::new();
        for m in &d.mentions {
            if !sys_surf.contains_key(m.entity.as_str()) {
                order.push(&m.entity);
            }
            sys_surf.entry(&m.entity).or_default().insert(norm(&m.text));
        }
        for (eid, surf) in sys_surf.iter_mut() {
            surf.insert(norm(ents.get(eid).map(|e| e.name.as_str()).unwrap_or("")));
        }
        let gold_surf: Vec<(&crate::eval::GoldEntity, BTreeSet<String>)> = g
            .entities
            .iter()
            .map(|ge| (ge, ge.surface.iter().map(|s| norm(s)).chain([norm(&ge.name)]).collect()))
            .collect();
        let mut matched: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
        // score.py iterates a dict in insertion order (first mention order).
        for eid in order {
            let surf = &sys_surf[eid];
            let kind = ents.get(eid).map(|e| e.kind.as_str()).unwrap_or("?");
            let (mut hit, mut other) = (None, None);
            for (gi, (ge, gs)) in gold_surf.iter().enumerate() {
                if !surf.is_disjoint(gs) {
                    if ge.kind == kind {
                        hit = Some(gi);
                        break;
                    }
                    other = Some(gi);
                }
            }
            if let Some(h) = hit {
                matched.entry(h).or_default().push(eid);
            } else if other.is_some_and(|o| gold_surf[o].0.optional) {
            } else {
                let k = if KINDS.contains(&kind) { kind } else { "other" };
                *fp.entry(k.to_string()).or_default() += 1;
                if other.is_some() {
                    out.kind_errors += 1;
                }
                let name = ents.get(eid).map(|e| e.name.as_str()).unwrap_or("");
                let extra = other.map(|o| format!(" (gold kind {})", gold_surf[o].0.kind)).unwrap_or_default();
                out.log.push(format!("FP  {short} {kind:12} {name:?} surf={surf:?}{extra}"));
            }
        }
        for (gi, (ge, _)) in gold_surf.iter().enumerate() {
            if ge.optional {
                continue;
            }
            if let Some(m) = matched.get(&gi) {
                *tp.entry(ge.kind.clone()).or_default() += 1;
                if m.len() > 1 {
                    out.fragments += m.len() - 1;
                    let names: Vec<&str> =
                        m.iter().map(|e| ents.get(e).map(|x| x.name.as_str()).unwrap_or("")).collect();
                    out.log.push(format!("FRAG {short} {:?} split into {names:?}", ge.name));
                }
            } else {
                *fn_.entry(ge.kind.clone()).or_default() += 1;
                out.log.push(format!("FN  {short} {:12} {:?}", ge.kind, ge.name));
            }
        }
        // Interactions: unordered pairs per document.
        let mut gpairs: BTreeMap<BTreeSet<String>, (bool, BTreeSet<String>, BTreeSet<String>)> = BTreeMap::new();
        for i in &g.interactions {
            let key: BTreeSet<String> = [i.a.clone(), i.b.clone()].into();
            let e = gpairs.entry(key).or_default();
            e.0 |= !i.optional;
            e.1.insert(i.quad.clone());
            e.2.insert(i.category.clone());
        }
        let mut spairs: BTreeMap<BTreeSet<String>, BTreeSet<String>> = BTreeMap::new();
        for i in export.interactions.iter().filter(|i| i.document == d.id && i.source != i.target) {
            spairs.entry([i.source.clone(), i.target.clone()].into()).or_default().insert(i.quad.clone());
        }
        for (key, quads) in &spairs {
            if let Some(gp) = gpairs.get(key) {
                itp += gp.0 as usize;
                quad_n += 1;
                quad_ok += (!quads.is_disjoint(&gp.1)) as usize;
            } else {
                ifp += 1;
                out.log.push(format!("IFP {short} {:?}", key.iter().collect::<Vec<_>>()));
            }
        }
        for (key, gp) in &gpairs {
            if gp.0 && !spairs.contains_key(key) {
                ifn += 1;
                out.log.push(format!("IFN {short} {:?} {:?}", key.iter().collect::<Vec<_>>(), gp.2));
            }
        }
    }
    let sum = |m: &HashMap<String, usize>| m.values().sum::<usize>();
    out.entities = Prf::new(sum(&tp), sum(&fp), sum(&fn_));
    for k in KINDS {
        let get = |m: &HashMap<String, usize>| m.get(k).copied().unwrap_or(0);
        out.per_kind.insert(k.to_string(), Prf::new(get(&tp), get(&fp), get(&fn_)));
    }
    out.dyads = Prf::new(itp, ifp, ifn);
    out.quad_accuracy = if quad_n > 0 { quad_ok as f64 / quad_n as f64 } else { 0.0 };
    out
}

impl std::fmt::Display for Scores {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (k, p) in &self.per_kind {
            writeln!(f, "{k:13} P={:.3} R={:.3} F1={:.3} (tp {} fp {} fn {})", p.p, p.r, p.f1, p.tp, p.fp, p.fn_)?;
        }
        let e = &self.entities;
        writeln!(
            f,
            "entities      P={:.3} R={:.3} F1={:.3} fragments={} kind_errors={}",
            e.p, e.r, e.f1, self.fragments, self.kind_errors
        )?;
        let d = &self.dyads;
        write!(
            f,
            "dyads         P={:.3} R={:.3} F1={:.3} (tp {} fp {} fn {}) quad_acc={:.3}",
            d.p, d.r, d.f1, d.tp, d.fp, d.fn_, self.quad_accuracy
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalisation_matches_score_py() {
        assert_eq!(norm("  Russia’s "), "russia");
        assert_eq!(norm("“Daesh-KP”"), "“daesh-kp”");
        assert_eq!(norm("(NRF)"), "nrf");
        assert_eq!(norm("Turkmenistan–Afghanistan"), "turkmenistan-afghanistan");
        assert_eq!(norm("Amir  Khan\nMuttaqi."), "amir khan muttaqi");
    }
}
