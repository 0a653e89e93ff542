//! Event coding and the words around a cue or a capital: negation reaching a cue through "any", a capital that
//! names a process held there.

mod events_common;

use dossier::extract::Category;
use events_common::{any_of, code};

#[test]
fn a_negation_reaches_its_cue_through_any() {
    let v = code("Since then, Chile has not carried out any publicly acknowledged strikes in Peru.");
    assert!(!any_of(&v, Category::Assault), "{v:?}");
}

#[test]
fn a_capital_naming_a_process_or_an_agreement_is_the_city_not_its_government() {
    let v = code(
        "The UN-led “Santiago process” was meant to provide a structured way of engaging the Bolivian junta \
         without conferring recognition. Peru says La Paz violated the 2020 Santiago agreement.",
    );
    assert!(!v.iter().any(|i| i.source == "CHL" || i.target == "CHL"), "{v:?}");
}
