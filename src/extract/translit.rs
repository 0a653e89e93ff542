//! Name keys: diacritic folding for comparing names, and a consonant skeleton that equates transliteration
//! variants (Muttaqi / Mateqi / Mutaqi → "mtk"; Haqqani / Haqani → "hkn"; Mohammad / Muhammad → "mhmd").

use unicode_normalization::UnicodeNormalization;

/// Lower case without diacritics, typographic apostrophes folded: "Sinirlioğlu" → "sinirlioglu".
pub fn fold(s: &str) -> String {
    if s.is_ascii() {
        let mut out = s.to_ascii_lowercase();
        if out.contains('`') {
            out = out.replace('`', "'");
        }
        return out;
    }
    s.nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            '’' | 'ʼ' | '‘' | '`' => '\'',
            'ı' => 'i',
            'ł' => 'l',
            'ø' => 'o',
            'đ' => 'd',
            c => c,
        })
        .collect()
}

/// The folded words of a name, without possessive endings and name particles glued by hyphens
/// ("al-Zawahiri" → "zawahiri").
pub fn name_words(name: &str) -> Vec<String> {
    fold(name)
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let w = w.trim_end_matches("'s").trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
            strip_particle(w).to_string()
        })
        // Generational suffixes are not part of the surname: "Ferdinand Marcos Jr." is a Marcos.
        .filter(|w| !w.is_empty() && !matches!(w.as_str(), "jr" | "sr" | "ii" | "iii" | "iv"))
        .collect()
}

/// "al-zawahiri" → "zawahiri"; "el-sisi" → "sisi".
pub fn strip_particle(w: &str) -> &str {
    for p in ["al-", "el-", "ul-", "ad-", "as-", "ash-", "at-", "az-", "ar-", "an-"] {
        if let Some(rest) = w.strip_prefix(p)
            && rest.len() >= 3
        {
            return rest;
        }
    }
    w
}

/// A key equal for transliteration variants of one word: consonants only, with common equivalences
/// (q=k=c, ph=f, w=v, dh=d, kh=k, zh=j, dzh=j) and doubled letters collapsed. The first letter is kept even if a
/// vowel, so "Ahmad" and "Hamid" differ.
pub fn skeleton(word: &str) -> String {
    let w = fold(word);
    let w = w
        .replace("dzh", "j")
        .replace("zh", "j")
        .replace("ph", "f")
        .replace("kh", "k")
        .replace("dh", "d")
        .replace("th", "t");
    let mut out = String::new();
    for (i, c) in w.chars().enumerate() {
        let c = match c {
            'q' | 'c' => 'k',
            'w' => 'v',
            c => c,
        };
        if !c.is_alphabetic() {
            continue;
        }
        let vowel = matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
        if vowel && i > 0 {
            continue;
        }
        if out.ends_with(c) {
            continue;
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliteration_variants_share_a_skeleton() {
        assert_eq!(skeleton("Muttaqi"), skeleton("Mateqi"));
        assert_eq!(skeleton("Muttaqi"), skeleton("Mutaqi"));
        assert_eq!(skeleton("Haqqani"), skeleton("Haqani"));
        assert_eq!(skeleton("Mohammad"), skeleton("Muhammad"));
        assert_eq!(skeleton("Sergey"), skeleton("Sergei"));
        assert_ne!(skeleton("Ahmad"), skeleton("Hamid"));
        assert_ne!(skeleton("Karimi"), skeleton("Karzai"));
    }

    #[test]
    fn folding_and_words() {
        assert_eq!(fold("Sinirlioğlu"), "sinirlioglu");
        assert_eq!(name_words("Ayman al-Zawahiri’s"), ["ayman", "zawahiri"]);
        assert_eq!(name_words("Amir  Khan Muttaqi"), ["amir", "khan", "muttaqi"]);
    }
}
