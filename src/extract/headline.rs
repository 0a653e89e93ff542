//! Whether a sentence is a headline: a line in title case, where capitalised words say little about names.

use super::detect::Scan;

impl Scan<'_> {
    /// A line in title case ("Taliban Foreign Minister Accuses Neighbours of …"): most longer words capitalised
    /// and no closing full stop.
    pub(super) fn is_headline(&self) -> bool {
        // A byline or a credit line is names, not a headline: "By Sana Qureshi and …", "(Reporting by …; editing
        // by …)".
        let word = |k: usize| self.toks().get(k).map(|t| t.text(self.text()));
        // So is a labelled one: "Authors: Katarína Hudecová and Balázs Fekete".
        let labelled = matches!(word(0), Some("Author" | "Authors" | "Byline" | "Reporter" | "Reporters" | "Writer"))
            && word(1) == Some(":");
        let credit = labelled
            || word(0) == Some("By")
            || (word(0) == Some("(") && (1..4).any(|k| matches!(word(k), Some("by" | "By"))));
        if credit {
            return false;
        }
        // (Tested first: most sentences end so, and need no counting.)
        let ends_with_stop =
            self.toks().last().is_some_and(|t| matches!(t.text(self.text()), "." | "?" | "!" | "\"" | "”"));
        if ends_with_stop {
            return false;
        }
        let (mut long, mut caps) = (0usize, 0usize);
        for t in self.toks().iter().filter(|t| t.is_word() && t.end - t.start >= 4) {
            long += 1;
            caps += t.is_capitalised() as usize;
        }
        long >= 3 && caps * 10 >= long * 7
    }
}
