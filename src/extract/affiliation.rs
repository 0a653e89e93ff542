//! Whom a person works for: the country or organisation that a role before the name, an apposition after it, or
//! "of" and a country right after it names.

use super::detect::{Label, Scan};
use super::knowledge::{Entry, HeadKind};
use super::tokens::{Case, TokenKind};

/// The affiliation a sentence gives a person.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Affiliation {
    /// Dictionary hit naming the country or organisation.
    pub hit: Option<usize>,
    /// A new organisation (token range) the person leads or belongs to.
    pub named: Option<(usize, usize)>,
    /// The role phrase (token range).
    pub role: Option<(usize, usize)>,
    /// The role acts for a government.
    pub state: bool,
    /// Former office.
    pub past: bool,
}

impl Scan<'_> {
    /// Whom the person at `[first, end)` works for, from the role before the name or the apposition after it, or
    /// failing those from "of" and a country right after the name ("the foreign ministers, X of Armenia and …").
    pub fn affiliation(&self, first: usize, end: usize) -> Affiliation {
        let mut aff = self.affiliation_by_role(first, end);
        if aff.hit.is_none()
            && aff.named.is_none()
            && self.is(end, "of")
            && let Some((d, _)) = self.country_hit(end + 1)
        {
            aff.hit = Some(d);
        }
        if aff.hit.is_none() && aff.named.is_none() {
            self.delegation_led_by(first, &mut aff);
        }
        // "hosted China's Wang Yi and South Korea's Cho Tae-yul": a person named with a country's possessive and no
        // role is there for that state.
        if aff.hit.is_none()
            && aff.named.is_none()
            && aff.role.is_none()
            && first >= 2
            && self.toks()[first - 1].kind == TokenKind::Possessive
            && let Some((d, _)) = self.country_hit(first - 2)
        {
            (aff.hit, aff.state) = (Some(d), true);
        }
        aff
    }

    /// "The Taliban delegation was led by Mawlawi X, the deputy foreign minister": who leads a delegation or a
    /// team (a role of a body) works for whoever it is of. Fills `aff` from that role when it names someone.
    fn delegation_led_by(&self, first: usize, aff: &mut Affiliation) {
        let mut k = first;
        while k > 0 && matches!(self.labels[k - 1], Label::Honorific | Label::Role(_)) {
            k = match self.labels[k - 1] {
                Label::Role(n) => self.roles[n as usize].first,
                _ => k - 1,
            };
        }
        if k < 3 || !self.is(k - 1, "by") || !self.kb.in_context("leading", self.lower(k - 2)) {
            return;
        }
        let mut j = k - 2;
        if matches!(self.lower(j - 1), "was" | "is" | "were" | "are" | ",") {
            j -= 1;
        }
        if let Some(Label::Role(n)) = j.checked_sub(1).and_then(|i| self.labels.get(i)) {
            let mut body = Affiliation::default();
            self.fill_from_role(*n as usize, j, &mut body);
            if body.hit.is_some() || body.named.is_some() {
                (aff.hit, aff.named) = (body.hit, body.named);
                aff.state |= body.state;
            }
        }
    }

    /// [`Scan::affiliation`] from a role before the name or an apposition after it.
    fn affiliation_by_role(&self, first: usize, end: usize) -> Affiliation {
        let mut aff = Affiliation::default();
        // A role before the name reaches past it only to "of/from/at" right after it ("Deputy Energy Minister X of
        // Kyrgyzstan"), not to "… with spokesman X saying that cooperation with Pyongyang …".
        let stop = match matches!(self.toks().get(end).map(|t| t.text(self.text())), Some("of" | "from" | "at")) {
            true => self.toks().len(),
            false => first,
        };
        // Role before: "Russian President’s Special Representative on Afghanistan Zamir Kabulov".
        let mut k = first;
        if k > 0 && self.is_punct(k - 1, ".") {
            k -= 1;
        }
        while k > 0 && self.labels[k - 1] == Label::Honorific {
            k -= 1;
        }
        // Skip a portfolio: "… on Afghanistan X".
        if k > 1 && matches!(self.labels[k - 1], Label::Dict(_)) && matches!(self.tok(k - 2), "on" | "for" | "to") {
            let d = self.dict_at(k - 1).map_or(k - 1, |h| h.first);
            k = d.saturating_sub(1);
        } else if k > 0 && self.is_punct(k - 1, ",") {
            // "the Prime Minister of Uzbekistan, X"
            if let Some(n) = self.role_before_comma(k - 1) {
                self.fill_from_role(n, stop, &mut aff);
                return aff;
            }
            k -= 1;
        }
        if k > 0
            && let Some(Label::Role(n)) = self.labels.get(k - 1)
        {
            self.fill_from_role(*n as usize, stop, &mut aff);
            return aff;
        }
        // Apposition after: "X, Iran's special envoy", "X, the Russian ambassador", "X, leader of the NRF".
        if self.is_punct(end, ",")
            && let Some(n) = self.apposition_role(end + 1)
        {
            self.fill_from_role(n, self.toks().len(), &mut aff);
            let r = &self.roles[n];
            // "X, a former Djiboutian foreign minister,": a past marker before the country word, outside the role.
            aff.past |= (end + 1..r.first).any(|j| matches!(self.lower(j), "former" | "ex" | "erstwhile"));
            if aff.hit.is_none() && aff.named.is_none() {
                // "X, the Russian ambassador": the country word sits between the comma and the role.
                if let Some(h) = (end + 1..r.first).rev().find_map(|j| match self.labels[j] {
                    Label::Dict(d) => Some(d as usize),
                    _ => None,
                }) {
                    aff.hit = Some(h);
                }
            }
        }
        aff
    }

    /// Fills an affiliation from role phrase `n`: the dictionary entry before it (through possessives and other
    /// roles), or after it through "of (the)" / "at (the)", before token `stop`.
    fn fill_from_role(&self, n: usize, stop: usize, aff: &mut Affiliation) {
        let r = &self.roles[n];
        aff.role = Some((r.first, r.end));
        aff.state = r.state;
        aff.past = r.past;
        // Before: "Iran's special envoy", "Taliban Foreign Minister", "Russian President’s Special Representative".
        let mut k = r.first;
        loop {
            if k > 0 && self.toks()[k - 1].kind == TokenKind::Possessive {
                k -= 1;
            }
            if k == 0 {
                break;
            }
            match self.labels[k - 1] {
                Label::Dict(d) => {
                    aff.hit = Some(d as usize);
                    return;
                }
                Label::Role(m) => {
                    aff.past |= self.roles[m as usize].past;
                    k = self.roles[m as usize].first;
                }
                _ if matches!(self.tok(k - 1), "former" | "ex" | "the" | "a" | "an" | "current") => k -= 1,
                // "Pakistan, a non-permanent member, voted in favour but its envoy X": the nearest country before.
                _ if self.is(k - 1, "its") => {
                    aff.hit = (0..k - 1).rev().find_map(|j| self.country_hit(j)).map(|(d, _)| d);
                    return;
                }
                _ => break,
            }
        }
        // After: "leader of the National Resistance Front", "Joint Secretary of Ministry of External Affairs of
        // India", "an expert on international crises at the ICG". Names after "of/at/with/from" are the
        // affiliation; after "for/on/to/in" they are the portfolio or the posting ("envoy for Afghanistan").
        let limit = (r.end + 14).min(self.toks().len()).min(stop.max(r.end));
        let mut prep: Option<&str> = None;
        let mut k = r.end;
        while k < limit {
            let w = self.tok(k);
            if matches!(w, "," | ";" | ":" | "." | "said" | "says") {
                return;
            }
            if matches!(w, "of" | "at" | "with" | "from" | "for" | "on" | "to" | "in" | "within") {
                prep = Some(w);
                k += 1;
                continue;
            }
            let affiliating = matches!(prep, Some("of" | "at" | "with" | "from" | "within"));
            if let Some(c) = self.chunks.iter().find(|c| c.first <= k && k < c.end) {
                if affiliating {
                    match c.head {
                        Some(HeadKind::Organization | HeadKind::Media) => {
                            // A dictionary organisation with its head word ("Just Russia Party") is that
                            // organisation; a place with one ("Georgetown University") is not the place.
                            match self.labels[c.first] {
                                Label::Dict(n)
                                    if self.dict[n as usize].end + 1 == c.end
                                        && self.dict[n as usize]
                                            .entries
                                            .iter()
                                            .any(|e| matches!(e, Entry::Organization(_))) =>
                                {
                                    aff.hit = Some(n as usize)
                                }
                                _ => aff.named = Some((c.first, c.end)),
                            }
                            return;
                        }
                        _ => {
                            if let Label::Dict(d) = self.labels[k] {
                                aff.hit = Some(d as usize);
                                return;
                            }
                        }
                    }
                }
                k = c.end;
                continue;
            }
            if !(w == "the" || self.toks()[k].case == Case::Lower) {
                return;
            }
            k += 1;
        }
    }
}
