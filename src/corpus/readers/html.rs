//! Saved web pages (`.html`, `.htm`): the visible text only, with the page's own title and publication date.
//!
//! Parsing uses `scraper`, i.e. html5ever, the browser-grade HTML5 parser of the Servo project: it builds the
//! same tree a browser would from broken markup (unclosed tags, stray end tags, misnested formatting), which a
//! lenient tag scanner such as `tl` does not promise; `scraper` is the well-kept way to hold html5ever's tree
//! without writing a tree sink. Its cost is a few extra crates at build time (html5ever, selectors, cssparser).
//! The tree is walked iteratively (`traverse`), never recursively, so deep nesting cannot overflow the stack.
//!
//! What is left out: `script`, `style`, `noscript`, `template`, `nav`, `aside`, `footer`, a page-level `header`
//! (an `article`'s own header, with the headline, is kept), forms and embedded media, elements marked `hidden`
//! or `aria-hidden`, or styled `display:none`, and the equivalent ARIA landmark roles. Block elements end lines
//! and paragraphs, so headlines and list items become sentences of their own; table cells are tab-separated.

use ego_tree::iter::Edge;
use encoding_rs::{Encoding, UTF_8};
use regex::Regex;
use scraper::{ElementRef, Node, Selector};
use std::sync::OnceLock;

use super::text::looks_binary;
use super::{Decoded, Meta, Reader, iso_date};
use crate::corpus::ReadOptions;
use crate::corpus::dates::Date;
use crate::corpus::document::Format;

/// `.html` / `.htm` files.
pub struct Html;

impl Reader for Html {
    fn format(&self) -> Format {
        Format::Html
    }
    fn extensions(&self) -> &'static [&'static str] {
        &["html", "htm", "xhtml", "shtml"]
    }
    fn sniff(&self, bytes: &[u8]) -> bool {
        let head = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let start = head.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(head.len());
        let head = &head[start..head.len().min(start + 16)];
        let lower = head.to_ascii_lowercase();
        lower.starts_with(b"<!doctype html") || lower.starts_with(b"<html")
    }
    fn read(&self, bytes: &[u8], _options: &ReadOptions) -> Result<Decoded, String> {
        if bytes.is_empty() {
            return Err("empty file".into());
        }
        let source = decode(bytes)?;
        let page = scraper::Html::parse_document(&source);
        let (text, h1) = visible_text(&page);
        if text.trim().is_empty() {
            return Err("empty page (no visible text)".into());
        }
        let meta = Meta { title: h1.or_else(|| page_title(&page)), date: page_date(&page) };
        Ok(Decoded { text, format: Format::Html, meta })
    }
}

/// Decodes a page: byte-order mark, then the `<meta charset>` declared in the first 1024 bytes, then UTF-8 if
/// the bytes are valid UTF-8, then chardetng's guess.
fn decode(bytes: &[u8]) -> Result<String, String> {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        return Ok(encoding.decode_without_bom_handling(&bytes[bom..]).0.into_owned());
    }
    if looks_binary(bytes) {
        return Err("binary file, not a web page".into());
    }
    let encoding = declared_charset(&bytes[..bytes.len().min(1024)])
        .or_else(|| std::str::from_utf8(bytes).is_ok().then_some(UTF_8))
        .unwrap_or_else(|| {
            let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            detector.feed(bytes, true);
            detector.guess(None, chardetng::Utf8Detection::Allow)
        });
    Ok(encoding.decode_without_bom_handling(bytes).0.into_owned())
}

/// The encoding named by `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…; charset=…">`.
fn declared_charset(head: &[u8]) -> Option<&'static Encoding> {
    static CHARSET: OnceLock<regex::bytes::Regex> = OnceLock::new();
    let re = CHARSET.get_or_init(|| {
        regex::bytes::Regex::new(r#"(?i)<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_.:\-]+)"#).expect("valid regex")
    });
    let label = re.captures(head)?.get(1)?.as_bytes();
    let encoding = Encoding::for_label(label)?;
    // A page declaring UTF-16 without a BOM is read as UTF-8, as browsers do.
    Some(if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE { UTF_8 } else { encoding })
}

/// Elements whose content is never visible text.
const HIDDEN: &[&str] = &[
    "head", "script", "style", "noscript", "template", "nav", "aside", "footer", "iframe", "object", "embed", "svg",
    "canvas", "audio", "video", "select", "button", "form", "dialog", "math",
];

/// Elements that end a paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "section",
    "article",
    "main",
    "header",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "caption",
    "figure",
    "figcaption",
    "pre",
    "address",
    "hr",
    "details",
    "summary",
    "fieldset",
    "legend",
    "center",
];

/// Whether an element and everything in it is left out of the text.
fn is_hidden(el: &scraper::node::Element, in_article: bool) -> bool {
    let name = el.name();
    if HIDDEN.contains(&name) || (name == "header" && !in_article) {
        return true;
    }
    if el.attr("hidden").is_some() || el.attr("aria-hidden") == Some("true") {
        return true;
    }
    if let Some(style) = el.attr("style") {
        let style: String = style.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
        if style.contains("display:none") || style.contains("visibility:hidden") {
            return true;
        }
    }
    matches!(el.attr("role"), Some("navigation" | "complementary" | "contentinfo" | "search"))
        || (el.attr("role") == Some("banner") && !in_article)
}

/// How the text continues after the last piece written.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Gap {
    None,
    Space,
    Cell,
    Line,
    Paragraph,
}

/// Builds text from pieces and gaps: the strongest gap between two pieces wins.
struct Text {
    out: String,
    gap: Gap,
}

impl Text {
    fn gap(&mut self, gap: Gap) {
        self.gap = self.gap.max(gap);
    }

    fn push(&mut self, piece: &str) {
        if piece.is_empty() {
            return;
        }
        if !self.out.is_empty() {
            self.out.push_str(match self.gap {
                Gap::None => "",
                Gap::Space => " ",
                Gap::Cell => "\t",
                Gap::Line => "\n",
                Gap::Paragraph => "\n\n",
            });
        }
        self.gap = Gap::None;
        self.out.push_str(piece);
    }

    /// Text with HTML white-space rules: runs of white space are one space.
    fn push_collapsed(&mut self, s: &str) {
        // A non-breaking space is a space to the reader (and to the extractor's word boundaries).
        let s = &s.replace('\u{a0}', " ");
        let mut words = s.split_ascii_whitespace().peekable();
        if s.starts_with(|c: char| c.is_ascii_whitespace()) {
            self.gap(Gap::Space);
        }
        while let Some(w) = words.next() {
            self.push(w);
            if words.peek().is_some() {
                self.gap(Gap::Space);
            }
        }
        if s.ends_with(|c: char| c.is_ascii_whitespace()) {
            self.gap(Gap::Space);
        }
    }
}

/// The visible text of the page, and the text of its first visible `<h1>`.
fn visible_text(page: &scraper::Html) -> (String, Option<String>) {
    let mut text = Text { out: String::new(), gap: Gap::None };
    let mut skipping: Option<ego_tree::NodeId> = None;
    let mut pre = 0usize;
    let mut article = 0usize;
    let mut h1: Option<(ego_tree::NodeId, String)> = None;
    let mut title: Option<String> = None;
    for edge in page.tree.root().traverse() {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Element(el) => {
                        if is_hidden(el, article > 0) {
                            skipping = Some(node.id());
                            continue;
                        }
                        let name = el.name();
                        match name {
                            "br" => {
                                let gap = if text.gap >= Gap::Line { Gap::Paragraph } else { Gap::Line };
                                text.gap(gap);
                            }
                            "td" | "th" => text.gap(Gap::Cell),
                            "pre" => pre += 1,
                            "article" | "main" => article += 1,
                            "h1" if title.is_none() && h1.is_none() => {
                                h1 = Some((node.id(), String::new()));
                            }
                            "img" => {}
                            _ => {}
                        }
                        if BLOCKS.contains(&name) {
                            text.gap(Gap::Paragraph);
                        }
                    }
                    Node::Text(t) => {
                        if let Some((_, s)) = h1.as_mut() {
                            s.push_str(t);
                        }
                        if pre > 0 {
                            for (i, line) in t.split('\n').enumerate() {
                                if i > 0 {
                                    text.gap(Gap::Line);
                                }
                                text.push(line.trim_end());
                            }
                        } else {
                            text.push_collapsed(t);
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if let Some(id) = skipping {
                    if id == node.id() {
                        skipping = None;
                    }
                    continue;
                }
                if let Node::Element(el) = node.value() {
                    let name = el.name();
                    match name {
                        "pre" => pre = pre.saturating_sub(1),
                        "article" | "main" => article = article.saturating_sub(1),
                        _ => {}
                    }
                    if let Some((_, s)) = h1.take_if(|(id, _)| *id == node.id()) {
                        let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
                        title = (!s.is_empty()).then_some(s);
                    }
                    if BLOCKS.contains(&name) {
                        text.gap(Gap::Paragraph);
                    }
                }
            }
        }
    }
    (text.out, title)
}

fn selector(css: &str) -> Selector {
    Selector::parse(css).expect("valid selector")
}

/// `og:title`, else `<title>` without a trailing " | Site name".
fn page_title(page: &scraper::Html) -> Option<String> {
    static META: OnceLock<Selector> = OnceLock::new();
    static TITLE: OnceLock<Selector> = OnceLock::new();
    let og = page
        .select(META.get_or_init(|| selector("meta[property='og:title'], meta[name='og:title']")))
        .find_map(|m| m.attr("content"))
        .map(str::to_string);
    let title = || {
        let t = page.select(TITLE.get_or_init(|| selector("title"))).next()?.text().collect::<String>();
        let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
        let t = match t.rsplit_once(" | ") {
            Some((head, _)) if head.len() >= 12 => head.to_string(),
            _ => t,
        };
        (!t.is_empty()).then_some(t)
    };
    og.filter(|t| !t.trim().is_empty()).or_else(title)
}

/// Meta names and properties that state when an article was published, best first.
const DATE_KEYS: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publication_date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "dcterms.issued",
    "date",
    "sailthru.date",
    "parsely-pub-date",
];

/// The publication date from meta tags, JSON-LD `datePublished`, or the first `<time datetime>`.
fn page_date(page: &scraper::Html) -> Option<Date> {
    static META: OnceLock<Selector> = OnceLock::new();
    static JSON_LD: OnceLock<Selector> = OnceLock::new();
    static TIME: OnceLock<Selector> = OnceLock::new();
    static DATE_PUBLISHED: OnceLock<Regex> = OnceLock::new();
    let mut best: Option<(usize, Date)> = None;
    for m in page.select(META.get_or_init(|| selector("meta[content]"))) {
        let el = m.value();
        let key =
            ["property", "name", "itemprop", "http-equiv"].iter().find_map(|a| el.attr(a)).map(str::to_ascii_lowercase);
        let Some(rank) = key.and_then(|k| DATE_KEYS.iter().position(|d| *d == k)) else {
            continue;
        };
        if best.is_some_and(|(r, _)| r <= rank) {
            continue;
        }
        if let Some(date) = el.attr("content").and_then(iso_date) {
            best = Some((rank, date));
        }
    }
    if let Some((_, date)) = best {
        return Some(date);
    }
    let re = DATE_PUBLISHED.get_or_init(|| Regex::new(r#""datePublished"\s*:\s*"([^"]{8,40})""#).expect("valid regex"));
    let ld = page.select(JSON_LD.get_or_init(|| selector("script[type='application/ld+json']"))).find_map(|s| {
        let json: String = s.text().collect();
        re.captures(&json).and_then(|c| iso_date(&c[1]))
    });
    ld.or_else(|| {
        page.select(TIME.get_or_init(|| selector("time[datetime]")))
            .filter_map(|t: ElementRef<'_>| t.attr("datetime"))
            .find_map(iso_date)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(html: &str) -> Decoded {
        Html.read(html.as_bytes(), &ReadOptions::default()).unwrap()
    }

    #[test]
    fn visible_text_only_with_blocks_as_paragraphs() {
        let d = read(
            r#"<!DOCTYPE html><html><head><title>Talks | The Daily</title>
            <meta property="article:published_time" content="2024-11-25T08:00:00Z">
            <style>body { color: red }</style><script>var secret = "tracking";</script></head>
            <body><header><a href="/">The Daily</a> Home World</header>
            <nav><ul><li>Menu</li></ul></nav>
            <main><article><header><h1>Envoy  meets   minister</h1><p class="by">By A. Writer</p></header>
            <p>Foreign Minister Halvard Kestrel met envoy Oona Brightwater in <b>Tbilisi</b>.<br>Second line &amp; more&nbsp;text.</p>
            <div hidden>Hidden text</div><p style="display: none">Invisible</p>
            <table><tr><td>Kabul</td><td>Doha</td></tr></table>
            <p>Unclosed paragraph<p>Next one</article></main>
            <aside>Related stories</aside><footer>Copyright</footer><noscript>Enable JS</noscript></body></html>"#,
        );
        assert_eq!(
            d.text,
            "Envoy meets minister\n\nBy A. Writer\n\nForeign Minister Halvard Kestrel met envoy Oona Brightwater in \
             Tbilisi.\nSecond line & more text.\n\nKabul\tDoha\n\nUnclosed paragraph\n\nNext one"
        );
        assert_eq!(d.meta.title.as_deref(), Some("Envoy meets minister"));
        assert_eq!(d.meta.date.unwrap().to_string(), "2024-11-25");
    }

    #[test]
    fn title_and_date_fallbacks() {
        let d = read(
            r#"<html><head><title>A long page title here | Site</title>
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-05-06T10:00:00Z"}</script>
            </head><body><p>Body text.</p><time datetime="2023-01-01">then</time></body></html>"#,
        );
        assert_eq!(d.meta.title.as_deref(), Some("A long page title here"));
        assert_eq!(d.meta.date.unwrap().to_string(), "2024-05-06");
        let d = read(r#"<p>Text</p><time datetime="2023-01-02T10:00">x</time>"#);
        assert_eq!(d.meta.date.unwrap().to_string(), "2023-01-02");
        assert_eq!(d.meta.title, None);
    }

    #[test]
    fn encodings() {
        let mut latin = b"<html><head><meta charset=\"windows-1252\"></head><body><p>".to_vec();
        latin.extend(b"He said \x93no\x94.</p></body></html>");
        let d = Html.read(&latin, &ReadOptions::default()).unwrap();
        assert_eq!(d.text, "He said “no”.");
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend("<p>Caf\u{e9} talks</p>".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(Html.read(&utf16, &ReadOptions::default()).unwrap().text, "Café talks");
        assert!(Html.read(b"<html><script>x</script></html>", &ReadOptions::default()).is_err());
    }
}
