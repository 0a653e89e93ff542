//! Rich Text Format (`.rtf`): a small, careful parser rather than a crate, because only the text is wanted.
//!
//! It keeps the text of the body and drops control words and the groups that are not body text (font and colour
//! tables, style sheets, pictures, objects, headers and footers, field instructions, every `{\*…}` optional
//! destination). `\'hh` bytes are decoded in the document's code page (`\ansicpg`, Windows-1252 by default) and
//! `\uN` characters with their fallback skipped (`\ucN`). The title and creation date come from `{\info}`.
//! Groups are tracked on an explicit stack, so deeply nested input costs memory in proportion to its size and
//! never recursion. Per-font character sets (`\fcharset`) are not followed: modern writers emit `\uN` for
//! anything outside the code page.

use encoding_rs::{Encoding, WINDOWS_1252};

use super::{Decoded, Meta, Reader};
use crate::corpus::ReadOptions;
use crate::corpus::dates::Date;
use crate::corpus::document::Format;

/// `.rtf` files.
pub struct Rtf;

impl Reader for Rtf {
    fn format(&self) -> Format {
        Format::Rtf
    }
    fn extensions(&self) -> &'static [&'static str] {
        &["rtf"]
    }
    fn sniff(&self, bytes: &[u8]) -> bool {
        signature(bytes)
    }
    fn read(&self, bytes: &[u8], _options: &ReadOptions) -> Result<Decoded, String> {
        if !signature(bytes) {
            return Err("not an RTF document (damaged or misnamed)".into());
        }
        let (text, meta) = parse(bytes);
        if text.trim().is_empty() {
            return Err("empty document (no text)".into());
        }
        Ok(Decoded { text, format: Format::Rtf, meta })
    }
}

fn signature(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(bytes.len());
    bytes[start..].starts_with(b"{\\rtf")
}

/// Where the text of the current group goes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Dest {
    /// Body text.
    Body,
    /// Dropped.
    Skip,
    /// The `{\info}` group: only its `\title` and `\creatim` matter.
    Info,
    /// `{\title …}` inside `{\info}`.
    Title,
    /// `{\creatim \yrN \moN \dyN}`.
    Created,
}

#[derive(Clone, Copy)]
struct Group {
    dest: Dest,
    /// Fallback characters that follow each `\uN`.
    uc: usize,
}

/// Destinations whose content is not body text.
const SKIPPED: &[&str] = &[
    "fonttbl",
    "colortbl",
    "stylesheet",
    "listtable",
    "listoverridetable",
    "revtbl",
    "rsidtbl",
    "filetbl",
    "pict",
    "object",
    "objdata",
    "header",
    "headerl",
    "headerr",
    "headerf",
    "footer",
    "footerl",
    "footerr",
    "footerf",
    "footnote",
    "fldinst",
    "xe",
    "tc",
    "bkmkstart",
    "bkmkend",
    "themedata",
    "colorschememapping",
    "datastore",
    "latentstyles",
    "generator",
    "xmlnstbl",
    "pgdsctbl",
    "shpinst",
    "nonshppict",
    "template",
    "private",
];

struct Parser {
    groups: Vec<Group>,
    group: Group,
    out: String,
    title: String,
    /// Undecoded `\'hh` and plain bytes, flushed through `encoding` when anything else comes.
    bytes: Vec<u8>,
    encoding: &'static Encoding,
    /// Fallback characters still to drop after a `\uN`.
    fallback: usize,
    /// A UTF-16 high surrogate waiting for its pair.
    high: Option<u16>,
    created: (i32, u8, u8),
}

/// Parses RTF into body text and metadata.
fn parse(input: &[u8]) -> (String, Meta) {
    let mut p = Parser {
        groups: Vec::new(),
        group: Group { dest: Dest::Body, uc: 1 },
        out: String::new(),
        title: String::new(),
        bytes: Vec::new(),
        encoding: WINDOWS_1252,
        fallback: 0,
        high: None,
        created: (0, 0, 0),
    };
    let mut i = 0;
    // Set after `{`: the first control word of a group names its destination.
    let mut group_start = false;
    while i < input.len() {
        let b = input[i];
        i += 1;
        match b {
            b'{' => {
                p.flush();
                p.fallback = 0;
                p.groups.push(p.group);
                group_start = true;
                continue;
            }
            b'}' => {
                p.flush();
                p.fallback = 0;
                if let Some(g) = p.groups.pop() {
                    p.group = g;
                }
            }
            b'\\' => {
                let Some(&c) = input.get(i) else { break };
                if c.is_ascii_alphabetic() {
                    let start = i;
                    while i < input.len() && input[i].is_ascii_alphabetic() && i - start < 32 {
                        i += 1;
                    }
                    let word = std::str::from_utf8(&input[start..i]).unwrap_or("");
                    let num_start = i;
                    if i < input.len() && input[i] == b'-' {
                        i += 1;
                    }
                    while i < input.len() && input[i].is_ascii_digit() && i - num_start < 11 {
                        i += 1;
                    }
                    let param = std::str::from_utf8(&input[num_start..i]).ok().and_then(|s| s.parse::<i64>().ok());
                    if i < input.len() && input[i] == b' ' {
                        i += 1;
                    }
                    if word == "bin" {
                        // Raw binary data follows: skip it whole.
                        let n = param.unwrap_or(0).max(0) as usize;
                        i = i.saturating_add(n).min(input.len());
                    } else {
                        p.control_word(word, param, group_start);
                    }
                } else {
                    i += 1;
                    match c {
                        b'\'' => {
                            let hex = input.get(i..i + 2).and_then(|h| std::str::from_utf8(h).ok());
                            if let Some(v) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                                i += 2;
                                p.byte(v);
                            }
                        }
                        b'*' => {
                            // An optional destination: its content is not body text.
                            p.group.dest = Dest::Skip;
                        }
                        b'\\' | b'{' | b'}' => p.byte(c),
                        b'~' => p.push_str(" "),
                        b'_' => p.push_str("-"),
                        b'\n' | b'\r' => p.push_str("\n\n"),
                        _ => {}
                    }
                }
            }
            // Line breaks in the file are not content.
            b'\r' | b'\n' => {}
            _ => p.byte(b),
        }
        group_start = false;
    }
    p.flush();
    let date = match p.created {
        (y, m, d) if y > 0 => Date::new(y, m, d),
        _ => None,
    };
    let title = p.title.trim().to_string();
    let text = tidy(&p.out);
    (text, Meta { title: (!title.is_empty()).then_some(title), date })
}

impl Parser {
    fn control_word(&mut self, word: &str, param: Option<i64>, group_start: bool) {
        // A control word counts as one fallback character after `\uN`.
        if self.fallback > 0 && word != "u" {
            self.fallback -= 1;
            return;
        }
        if self.group.dest == Dest::Info && group_start {
            self.group.dest = match word {
                "title" => Dest::Title,
                "creatim" => Dest::Created,
                _ => Dest::Skip,
            };
            return;
        }
        if group_start && SKIPPED.contains(&word) {
            self.flush();
            self.group.dest = Dest::Skip;
            return;
        }
        let p = param.unwrap_or(0);
        match word {
            "info" => {
                self.flush();
                self.group.dest = Dest::Info;
            }
            "par" | "sect" | "page" => self.push_str("\n\n"),
            "line" | "row" => self.push_str("\n"),
            "tab" | "cell" | "nestcell" => self.push_str("\t"),
            "emdash" => self.push_str("—"),
            "endash" => self.push_str("–"),
            "lquote" => self.push_str("‘"),
            "rquote" => self.push_str("’"),
            "ldblquote" => self.push_str("“"),
            "rdblquote" => self.push_str("”"),
            "bullet" => self.push_str("•"),
            "emspace" | "enspace" | "qmspace" => self.push_str(" "),
            "uc" => self.group.uc = p.clamp(0, 16) as usize,
            "u" => {
                self.flush();
                let unit = if p < 0 { p + 65_536 } else { p } as u32;
                self.unicode(unit as u16);
                self.fallback = self.group.uc;
            }
            "ansicpg" => {
                self.flush();
                self.encoding = code_page(p).unwrap_or(WINDOWS_1252);
            }
            "mac" => {
                self.flush();
                self.encoding = encoding_rs::MACINTOSH;
            }
            "yr" if self.group.dest == Dest::Created => self.created.0 = p as i32,
            "mo" if self.group.dest == Dest::Created => self.created.1 = p.clamp(0, 99) as u8,
            "dy" if self.group.dest == Dest::Created => self.created.2 = p.clamp(0, 99) as u8,
            _ => {}
        }
    }

    /// A byte of text in the code page.
    fn byte(&mut self, b: u8) {
        if self.fallback > 0 {
            self.fallback -= 1;
            return;
        }
        if matches!(self.group.dest, Dest::Body | Dest::Title) {
            self.bytes.push(b);
        }
    }

    /// A UTF-16 code unit from `\uN`.
    fn unicode(&mut self, unit: u16) {
        let c = match (self.high.take(), unit) {
            (None, 0xD800..=0xDBFF) => {
                self.high = Some(unit);
                return;
            }
            (Some(h), 0xDC00..=0xDFFF) => {
                char::from_u32(0x10000 + ((h as u32 - 0xD800) << 10) + (unit as u32 - 0xDC00))
            }
            (_, 0xD800..=0xDFFF) => None,
            (_, u) => char::from_u32(u as u32),
        };
        if let Some(c) = c {
            self.push_str(c.encode_utf8(&mut [0; 4]));
        }
    }

    fn push_str(&mut self, s: &str) {
        self.flush();
        match self.group.dest {
            Dest::Body => self.out.push_str(s),
            Dest::Title => self.title.push_str(s),
            _ => {}
        }
    }

    /// Decodes the pending code-page bytes.
    fn flush(&mut self) {
        if self.bytes.is_empty() {
            return;
        }
        let (text, _, _) = self.encoding.decode(&self.bytes);
        let target = match self.group.dest {
            Dest::Title => &mut self.title,
            _ => &mut self.out,
        };
        target.push_str(&text);
        self.bytes.clear();
    }
}

/// The encoding of a Windows code page number.
fn code_page(n: i64) -> Option<&'static Encoding> {
    let label = match n {
        437 | 850 | 1252 => "windows-1252",
        866 => "ibm866",
        874 => "windows-874",
        932 => "shift_jis",
        936 => "gbk",
        949 => "euc-kr",
        950 => "big5",
        1250..=1258 => return Encoding::for_label(format!("windows-{n}").as_bytes()),
        10000 => "macintosh",
        65001 => "utf-8",
        _ => return None,
    };
    Encoding::for_label(label.as_bytes())
}

/// Trims trailing white space from lines and collapses runs of blank lines.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.lines() {
        let line = line.trim_end();
        if line.trim().is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_text_without_tables_and_destinations() {
        let rtf = br#"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times;}}{\colortbl;\red0\green0\blue0;}
{\*\generator Writer;}{\info{\title Kabul Talks}{\author Someone}{\creatim\yr2024\mo11\dy25\hr9}}
{\stylesheet{\s0 Normal;}}\pard\plain\f0 Foreign Minister Halvard Kestrel met envoy Oona Brightwater in Tbilisi.\par
They said \ldblquote peace\rdblquote  \endash  it\rquote s true \'93quoted\'94.\par
{\field{\*\fldinst HYPERLINK \"x\"}{\fldrslt Link text}}\par
Unicode: \u1050?\u1080?\u1077?\u1074? and \uc2\u26481\'96\'8c done.\par
{\pict\wmetafile8 0123456789abcdef}}"#;
        let (text, meta) = parse(rtf);
        assert_eq!(
            text,
            "Foreign Minister Halvard Kestrel met envoy Oona Brightwater in Tbilisi.\n\n\
             They said “peace” – it’s true “quoted”.\n\nLink text\n\nUnicode: Киев and 東 done."
        );
        assert_eq!(meta.title.as_deref(), Some("Kabul Talks"));
        assert_eq!(meta.date.unwrap().to_string(), "2024-11-25");
    }

    #[test]
    fn hostile_input_is_harmless() {
        let deep = format!("{{\\rtf1 {}x{}", "{".repeat(100_000), "}".repeat(10));
        assert_eq!(parse(deep.as_bytes()).0, "x");
        assert_eq!(parse(br"{\rtf1 a\bin999999999 b}").0, "a");
        assert_eq!(parse(br"{\rtf1 \u-10179?\u-8694?x}").0, "\u{1F60A}x");
        assert!(Rtf.read(b"plain", &ReadOptions::default()).is_err());
    }
}
