//! Plain text and Markdown: UTF-8 (with or without BOM), UTF-16 (with BOM, or recognisable without), and legacy
//! single-byte encodings such as Windows-1252, detected with chardetng. A file hard-wrapped at one margin (saved
//! from a PDF or an e-mail) is read as paragraphs, so that sentences and names broken across lines stay whole;
//! Markdown is read without its markup.

use super::{Decoded, Meta, Reader};
use crate::corpus::ReadOptions;
use crate::corpus::document::Format;
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE};

/// `.txt` files (and files without an extension that hold text).
pub struct PlainText;
/// `.md` / `.markdown` files, read as text.
pub struct MarkdownText;

impl Reader for PlainText {
    fn format(&self) -> Format {
        Format::Text
    }
    fn extensions(&self) -> &'static [&'static str] {
        &["txt", "text"]
    }
    fn read(&self, bytes: &[u8], _options: &ReadOptions) -> Result<Decoded, String> {
        let text = paragraphs_of(decode_text(bytes)?);
        // Notes and posts saved as `.txt` are often Markdown: read as such when their markup says so.
        if super::markdown::looks_like_markdown(&text) {
            return markdown(&text);
        }
        Ok(Decoded { text, format: Format::Text, meta: Meta::default() })
    }
}

impl Reader for MarkdownText {
    fn format(&self) -> Format {
        Format::Markdown
    }
    fn extensions(&self) -> &'static [&'static str] {
        &["md", "markdown"]
    }
    fn read(&self, bytes: &[u8], _options: &ReadOptions) -> Result<Decoded, String> {
        // (Lines are joined while their Markdown structure still shows where they must not be.)
        markdown(&paragraphs_of(decode_text(bytes)?))
    }
}

/// Markdown read without its markup; a file of markup alone ("---") has no text.
fn markdown(text: &str) -> Result<Decoded, String> {
    let text = super::markdown::plain_text(text);
    if text.trim().is_empty() {
        return Err(NO_TEXT.into());
    }
    Ok(Decoded { text, format: Format::Markdown, meta: Meta::default() })
}

/// The reason a file with bytes but no words is skipped (white space only, or Markdown markup only).
const NO_TEXT: &str = "empty file (no text)";

/// The text with its hard-wrapped lines joined into paragraphs, if it is wrapped; otherwise as it is.
fn paragraphs_of(text: String) -> String {
    super::paragraphs::unwrap_lines(&text).unwrap_or(text)
}

/// How much of a file is inspected to decide whether it is binary.
const SNIFF_BYTES: usize = 8192;

/// Whether bytes are binary rather than text: NUL bytes or many control characters near the start.
/// (UTF-16 text is recognised before this test, so its NUL bytes do not count.)
pub fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    if head.is_empty() {
        return false;
    }
    if memchr::memchr(0, head).is_some() {
        return true;
    }
    // Counted in blocks of 64 bytes with byte-sized sums and no branches, which the compiler turns into vector
    // instructions (counting a byte at a time was 2 % of reading a folder).
    let is_control = |b: u8| (b < 0x20) & (b != b'\t') & (b != b'\n') & (b != b'\r') & (b != 0x0c) | (b == 0x7f);
    let control: usize =
        head.chunks(64).map(|block| block.iter().map(|&b| u8::from(is_control(b))).sum::<u8>() as usize).sum();
    control * 20 > head.len()
}

/// UTF-16 without a byte-order mark: text in the Latin range has a zero in every other byte.
fn bomless_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES) & !1];
    // (Most files have no zero byte at all: one fast search says so.)
    if head.len() < 8 || memchr::memchr(0, head).is_none() {
        return None;
    }
    let pairs = head.len() / 2;
    let zero_odd = head.chunks(2).filter(|p| p[1] == 0 && p[0] != 0).count();
    let zero_even = head.chunks(2).filter(|p| p[0] == 0 && p[1] != 0).count();
    if zero_odd * 10 >= pairs * 7 {
        Some(UTF_16LE)
    } else if zero_even * 10 >= pairs * 7 {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Decodes a text file to a `String`, or gives the reason it is not readable text.
pub fn decode_text(bytes: &[u8]) -> Result<String, String> {
    if bytes.is_empty() {
        return Err("empty file".into());
    }
    let text = if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom..]);
        if had_errors && encoding != encoding_rs::UTF_8 {
            return Err(format!("damaged {} text", encoding.name()));
        }
        text.into_owned()
    } else if let Some(encoding) = bomless_utf16(bytes) {
        encoding.decode_without_bom_handling(bytes).0.into_owned()
    } else if looks_binary(bytes) {
        return Err("binary file, not text".into());
    } else if let Ok(s) = std::str::from_utf8(bytes) {
        // The bytes were just checked: the text is them.
        return match s.trim().is_empty() {
            true => Err(NO_TEXT.into()),
            false => Ok(s.to_owned()),
        };
    } else {
        let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
        detector.feed(bytes, true);
        let encoding = detector.guess(None, chardetng::Utf8Detection::Deny);
        let (text, _, had_errors) = encoding.decode(bytes);
        if had_errors {
            return Err(format!("not valid text in any known encoding (best guess {})", encoding.name()));
        }
        text.into_owned()
    };
    if text.trim().is_empty() {
        return Err(NO_TEXT.into());
    }
    if looks_binary(text.as_bytes()) {
        return Err("binary file, not text".into());
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode_text("héllo".as_bytes()).unwrap(), "héllo");
        assert_eq!(decode_text(b"\xEF\xBB\xBFhello").unwrap(), "hello");
    }

    #[test]
    fn utf16_with_bom_and_without() {
        let mut le = vec![0xFF, 0xFE];
        le.extend("Kabul – talks".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode_text(&le).unwrap(), "Kabul – talks");
        let be: Vec<u8> = "Kabul talks here".encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode_text(&be).unwrap(), "Kabul talks here");
    }

    #[test]
    fn windows_1252_curly_quotes() {
        let bytes = b"He said \x93we will meet\x94 in Kabul \x96 it\x92s true.";
        assert_eq!(decode_text(bytes).unwrap(), "He said “we will meet” in Kabul – it’s true.");
    }

    #[test]
    fn rejects_empty_and_binary() {
        assert_eq!(decode_text(b"").unwrap_err(), "empty file");
        assert!(decode_text(b"  \n\t ").unwrap_err().contains("empty"));
        assert!(decode_text(&[0u8, 1, 2, 3, 200, 17, 0, 5, 9, 0, 0, 1]).unwrap_err().contains("binary"));
    }

    #[test]
    fn control_characters_make_binary_past_one_in_twenty() {
        // 1,000 bytes of text with `n` control characters (no NUL) spread through it: 50 is the most text has.
        let with_controls = |n: usize, control: u8| -> Vec<u8> {
            (0..1000).map(|i| if i % 20 == 7 && i / 20 < n { control } else { b"ab cd\t\n\r\x0c"[i % 9] }).collect()
        };
        for control in [0x01, 0x1b, 0x1f, 0x7f] {
            assert!(!looks_binary(&with_controls(50, control)), "{control:#x}");
            let mut more = with_controls(50, control);
            more[3] = control;
            assert!(looks_binary(&more), "{control:#x}");
        }
        // Tabs, line breaks and form feeds are text, however many.
        assert!(!looks_binary(&b"\t\n\r\x0c".repeat(300)));
        // Only the first 8 KiB are looked at.
        let mut late = b"text ".repeat(SNIFF_BYTES / 5 + 1);
        late.extend([0x01; 4000]);
        assert!(!looks_binary(&late));
    }
}
