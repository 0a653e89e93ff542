//! Role phrases inside one sentence: "Deputy Foreign Minister", "Minister of Justice", "Chief Justice",
//! "Minister for Refugees", "foreign office spokesperson" (the words of `assets/lexicon/roles.tsv`).

use super::detect::{Label, RolePhrase, Scan};
use super::knowledge::{CountryForm, Entry, HeadKind};
use super::tokens::Case;

impl Scan<'_> {
    pub(super) fn find_roles(&mut self) {
        let mut i = 0;
        while i < self.toks().len() {
            if !matches!(self.labels[i], Label::Other) || self.role_of(i).is_none() {
                i += 1;
                continue;
            }
            // Extend over role words, and "of" + portfolio words ("Minister of Foreign Affairs").
            let first = i;
            let mut end = i;
            let (mut core, mut state, mut past, mut body) = (false, false, false, false);
            // A past marker counts once a role word follows it: "the then foreign minister", but not "Afghan
            // forces then attacked".
            let mut past_pending = false;
            let mut last_core_end = None;
            while end < self.toks().len() && matches!(self.labels[end], Label::Other) {
                if let Some((r, ex)) = self.role_of(end) {
                    // A capitalised role word inside a name ("Stephen King") is not a role: skip when the previous
                    // token is an unrecognised capitalised word and this is the only role word.
                    core |= r.core;
                    body |= r.body && !r.core;
                    state |= r.state && (r.core || r.body);
                    past_pending |= r.past || ex;
                    // A capitalised portfolio right after the office is part of it: "Chief Justice".
                    let portfolio_after =
                        r.domain && last_core_end == Some(end) && self.toks()[end].case == Case::Title;
                    if r.core || r.body || portfolio_after {
                        last_core_end = Some(end + 1);
                        past |= past_pending;
                    }
                    end += 1;
                } else if self.is(end, "of")
                    && last_core_end == Some(end)
                    && end + 1 < self.toks().len()
                    && self.role_of(end + 1).is_some_and(|(r, _)| r.domain)
                    && self.plain_or_doubtful(end + 1)
                {
                    end += 1;
                    // "Minister of Industry and Commerce": portfolios joined by "and" are one.
                    while end < self.toks().len()
                        && (self.is_domain(end) || (self.is_joining(end) && self.is_domain(end + 1)))
                    {
                        end += 1;
                    }
                    last_core_end = Some(end);
                } else if last_core_end == Some(end)
                    && let Some(e) = self.named_portfolio(end)
                {
                    end = e;
                    last_core_end = Some(end);
                } else if self.is_portfolio_word(end) {
                    // "Deputy Infrastructure Minister": an ordinary capitalised word before the office.
                    end += 1;
                } else {
                    break;
                }
            }
            match last_core_end {
                Some(e)
                    if (core || body) && !self.looks_like_surname(first, e) && !self.named_force(first, e, core) =>
                {
                    let n = self.roles.len() as u16;
                    for l in &mut self.labels[first..e] {
                        *l = Label::Role(n);
                    }
                    self.roles.push(RolePhrase { first, end: e, state, past, core });
                    i = e;
                }
                _ => i = end.max(i + 1),
            }
        }
    }

    /// "for Refugees", "for Vice and Virtue" after an office, before the holder's name: ordinary capitalised words
    /// (not given names) after "for" or "of". Returns where the portfolio ends, if a capitalised word follows it.
    fn named_portfolio(&self, at: usize) -> Option<usize> {
        if !(self.is(at, "for") || self.is(at, "of")) {
            return None;
        }
        let word = |k: usize| self.ordinary_capitalised(k) && !self.kb.is_given_name(self.tok(k));
        let mut end = at + 1;
        while end < self.toks().len() && (word(end) || (end > at + 1 && matches!(self.lower(end), "and" | "&"))) {
            end += 1;
        }
        let named = end > at + 1 && word(end - 1) && self.toks().get(end).is_some_and(|t| t.case == Case::Title);
        named.then_some(end)
    }

    /// A portfolio word ("Foreign", "Commerce") not labelled as anything else.
    fn is_domain(&self, k: usize) -> bool {
        k < self.toks().len() && self.plain_or_doubtful(k) && self.role_of(k).is_some_and(|(r, _)| r.domain)
    }

    /// A word labelled as nothing else, or only as part of an organisation whose name is also ordinary words and
    /// is taken only where the text presents it as one: in "Minister of Foreign Affairs of Peru", "Foreign
    /// Affairs" is the portfolio, not the magazine.
    fn plain_or_doubtful(&self, k: usize) -> bool {
        match self.labels[k] {
            Label::Other => true,
            Label::Dict(_) => self.dict_at(k).is_some_and(|h| {
                h.entries
                    .iter()
                    .all(|e| matches!(e, Entry::Organization(o) if self.kb.organizations[*o as usize].ambiguous))
            }),
            _ => false,
        }
    }

    /// "and" or "&" between two portfolios.
    fn is_joining(&self, k: usize) -> bool {
        self.is(k, "and") || self.is_punct(k, "&")
    }

    /// A capitalised ordinary word directly before a core role word: a portfolio ("Infrastructure Minister").
    fn is_portfolio_word(&self, k: usize) -> bool {
        k + 1 < self.toks().len() && self.ordinary_capitalised(k) && self.role_of(k + 1).is_some_and(|(r, _)| r.core)
    }

    /// An ordinary English word written with a capital, not labelled as anything else.
    fn ordinary_capitalised(&self, k: usize) -> bool {
        self.toks()[k].case == Case::Title
            && matches!(self.labels[k], Label::Other)
            && self.kb.is_common_word(self.lower(k))
    }

    /// A portfolio and a collective of the state in capitals right after a country's name or another name's word
    /// are that name's end, not a role: "the Kenya Defence Forces", "the Puntland Maritime Police Force" (a role
    /// phrase with an office, "Kenya Defence Minister", stays one; so does a lone "Forces" in "US Forces").
    fn named_force(&self, first: usize, end: usize, core: bool) -> bool {
        let name_before = |k: usize| match self.labels[k] {
            Label::Dict(_) => self.dict_at(k).is_some_and(|h| {
                matches!(h.entries.first(), Some(Entry::Country(_, CountryForm::Name) | Entry::Place(_)))
            }),
            Label::Other => {
                self.toks()[k].case == Case::Title
                    && k > self.first_word
                    && self.role_of(k).is_none()
                    && !self.kb.is_function_word(self.lower(k))
            }
            _ => false,
        };
        // ("Police Force": a single word of the collective before a head word of bodies is a name's too.)
        let head_after = self.toks().get(end).is_some_and(|t| t.case == Case::Title)
            && self.kb.head(self.tok(end)) == Some(HeadKind::Organization);
        !core
            && !self.headline
            && (end - first >= 2 || head_after)
            && first > 0
            && (first..end).all(|k| self.toks()[k].case == Case::Title)
            && name_before(first - 1)
    }

    /// A single capitalised role word right after an unrecognised capitalised word is a surname ("Stephen King").
    fn looks_like_surname(&self, first: usize, end: usize) -> bool {
        end == first + 1
            && self.toks()[first].is_capitalised()
            && !self.toks().get(end).is_some_and(|t| t.is_capitalised())
            && first > self.first_word
            && self.toks()[first - 1].is_capitalised()
            && matches!(self.labels[first - 1], Label::Other)
            && self.role_of(first - 1).is_none()
    }
}
