//! Stage 1: bytes to text. Undoes gzip, finds the charset (byte-order mark,
//! content detection, the page's own declaration) and decodes, refuses what
//! is not text, and tells HTML from scraped text by content.

use std::fmt;
use std::io::Read;

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

use crate::params;

/// What kind of page an input is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum InputKind {
    /// Decide from the content ([`sniff_kind`]).
    Auto,
    /// A page already rendered to plain text, one block per line.
    Text,
    /// Raw HTML.
    Html,
}

impl InputKind {
    pub fn as_str(self) -> &'static str {
        match self {
            InputKind::Auto => "auto",
            InputKind::Text => "text",
            InputKind::Html => "html",
        }
    }
}

/// Why bytes could not be read as a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    /// The input is larger than the limit (after gzip decompression).
    TooLarge { limit: usize },
    /// A gzip stream that does not decompress.
    BadGzip(String),
    /// Binary data (many control or NUL characters after decoding).
    NotText,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::TooLarge { limit } => write!(
                f,
                "input is larger than the limit of {limit} bytes (raise it with --max-bytes)"
            ),
            InputError::BadGzip(why) => write!(f, "not a valid gzip stream: {why}"),
            InputError::NotText => write!(f, "binary data, not a text or HTML page"),
        }
    }
}

impl std::error::Error for InputError {}

/// A decoded page.
#[derive(Debug, Clone)]
pub struct Decoded {
    pub text: String,
    /// The kind asked for, or the sniffed one when `Auto` was asked for.
    pub kind: InputKind,
    /// The encoding the bytes were decoded from (WHATWG name).
    pub encoding: &'static str,
}

/// Decodes raw bytes into text. `kind` may be `Auto`; the result carries the
/// resolved kind. `max_bytes` bounds the size after gzip decompression.
pub fn decode(bytes: &[u8], kind: InputKind, max_bytes: usize) -> Result<Decoded, InputError> {
    if bytes.len() > max_bytes {
        return Err(InputError::TooLarge { limit: max_bytes });
    }
    let unzipped;
    let bytes = if bytes.starts_with(&[0x1f, 0x8b]) {
        unzipped = gunzip(bytes, max_bytes)?;
        &unzipped[..]
    } else {
        bytes
    };
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(params::SNIFF_BYTES)]);
    let kind = match kind {
        InputKind::Auto => sniff_kind(&head),
        kind => kind,
    };
    let (text, encoding) = match std::str::from_utf8(bytes) {
        // Valid UTF-8 is UTF-8, whatever the page declares: pages are often
        // re-encoded without their declaration being updated.
        Ok(text) if utf16_without_bom(bytes).is_none() => {
            (text.trim_start_matches('\u{feff}').to_owned(), UTF_8)
        }
        _ => {
            let encoding = detect_encoding(bytes, kind == InputKind::Html);
            (
                encoding.decode_with_bom_removal(bytes).0.into_owned(),
                encoding,
            )
        }
    };
    if looks_binary(&text) {
        return Err(InputError::NotText);
    }
    Ok(Decoded {
        text,
        kind,
        encoding: encoding.name(),
    })
}

fn gunzip(bytes: &[u8], max_bytes: usize) -> Result<Vec<u8>, InputError> {
    let mut out = Vec::new();
    // Read one byte past the limit to tell "exactly at the limit" from "over".
    let mut reader = flate2::read::MultiGzDecoder::new(bytes).take(max_bytes as u64 + 1);
    reader
        .read_to_end(&mut out)
        .map_err(|e| InputError::BadGzip(e.to_string()))?;
    if out.len() > max_bytes {
        return Err(InputError::TooLarge { limit: max_bytes });
    }
    Ok(out)
}

/// Picks the encoding of bytes that are not valid UTF-8: a byte-order mark
/// wins; then the declared charset, if the bytes decode in it without
/// errors; then the detector's guess.
fn detect_encoding(bytes: &[u8], is_html: bool) -> &'static Encoding {
    if let Some((encoding, _)) = Encoding::for_bom(bytes) {
        return encoding;
    }
    if let Some(encoding) = utf16_without_bom(bytes) {
        return encoding;
    }
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    let sample = &bytes[..bytes.len().min(params::DETECT_BYTES)];
    detector.feed(sample, sample.len() == bytes.len());
    let guess = detector.guess(None, Utf8Detection::Deny);
    let declared = if is_html {
        declared_charset(bytes)
    } else {
        None
    };
    match declared {
        // A declared UTF-8 that is not valid UTF-8 is wrong by definition.
        Some(declared) if declared != UTF_8 && declared.output_encoding() == declared => {
            let decodes_cleanly = !declared.decode_without_bom_handling(sample).1;
            if decodes_cleanly { declared } else { guess }
        }
        _ => guess,
    }
}

/// UTF-16 without a byte-order mark shows as NUL in every other byte.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 16 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even_nuls = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_nuls = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&b| b == 0)
        .count();
    if odd_nuls * 10 >= pairs * 9 && even_nuls * 10 < pairs {
        Some(UTF_16LE)
    } else if even_nuls * 10 >= pairs * 9 && odd_nuls * 10 < pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// The charset a page declares in `<meta charset>` or `http-equiv`, looked
/// for in its first bytes the way browsers do.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(params::SNIFF_BYTES)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"<meta") {
        let start = from + pos;
        let end = lower[start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(lower.len(), |p| start + p);
        let tag = &lower[start..end];
        if let Some(at) = find(tag, b"charset") {
            let rest = &tag[at + b"charset".len()..];
            let rest = rest.trim_ascii_start();
            if let Some(rest) = rest.strip_prefix(b"=") {
                let rest = rest.trim_ascii_start();
                let rest = rest
                    .strip_prefix(b"\"")
                    .or_else(|| rest.strip_prefix(b"'"))
                    .unwrap_or(rest);
                let label_end = rest
                    .iter()
                    .position(|&b| matches!(b, b'"' | b'\'' | b';' | b' ' | b'/' | b'>'))
                    .unwrap_or(rest.len());
                if let Some(encoding) = Encoding::for_label(&rest[..label_end]) {
                    // UTF-16 declared inside an ASCII-compatible page is a lie.
                    return Some(if encoding == UTF_16LE || encoding == UTF_16BE {
                        UTF_8
                    } else {
                        encoding
                    });
                }
            }
        }
        from = end;
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Control characters other than white space, NULs and replacement
/// characters are rare in text; many of them mean binary data.
fn looks_binary(text: &str) -> bool {
    let mut chars = 0usize;
    let mut odd = 0usize;
    for c in text.chars().take(params::BINARY_SAMPLE_CHARS) {
        chars += 1;
        if (c < ' ' && !matches!(c, '\t' | '\n' | '\r' | '\x0c')) || c == '\u{fffd}' {
            odd += 1;
        }
    }
    chars > 0 && odd as f32 > chars as f32 * params::BINARY_MAX_ODD_SHARE
}

/// Tells HTML from scraped text by content: markup at the start, a document
/// element, or many tags.
pub fn sniff_kind(text: &str) -> InputKind {
    let head = &text[..floor_char_boundary(text, params::SNIFF_BYTES)];
    let trimmed = head.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    let lower = trimmed[..floor_char_boundary(trimmed, 512)].to_ascii_lowercase();
    if lower.starts_with("<!doctype html")
        || lower.starts_with("<html")
        || lower.starts_with("<?xml")
        || lower.starts_with("<!--")
        || lower.starts_with("<head")
    {
        return InputKind::Html;
    }
    let lower_head = head.to_ascii_lowercase();
    if ["<html", "<body", "<head>", "<p>", "<div"]
        .iter()
        .any(|tag| lower_head.contains(tag))
        && count_tags(head) >= params::SNIFF_MIN_TAGS
    {
        return InputKind::Html;
    }
    InputKind::Text
}

/// Counts `<name` and `</name` openings, the shape of a tag.
fn count_tags(text: &str) -> usize {
    let bytes = text.as_bytes();
    bytes
        .windows(2)
        .enumerate()
        .filter(|(i, w)| {
            w[0] == b'<'
                && (w[1].is_ascii_alphabetic()
                    || (w[1] == b'/' && bytes.get(i + 2).is_some_and(u8::is_ascii_alphabetic)))
        })
        .count()
}

/// The largest char boundary at or below `index`.
pub(crate) fn floor_char_boundary(text: &str, index: usize) -> usize {
    if index >= text.len() {
        return text.len();
    }
    let mut i = index;
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMIT: usize = 1 << 20;

    #[test]
    fn utf8_wins_over_a_wrong_declaration() {
        let page = "<!DOCTYPE html><meta charset=\"iso-8859-1\"><p>café</p>".as_bytes();
        let decoded = decode(page, InputKind::Auto, LIMIT).unwrap();
        assert_eq!(decoded.encoding, "UTF-8");
        assert!(decoded.text.contains("café"));
        assert_eq!(decoded.kind, InputKind::Html);
    }

    #[test]
    fn declared_utf8_that_is_not_utf8_falls_back_to_detection() {
        let mut page = b"<html><head><meta charset=\"utf-8\"></head><body><p>".to_vec();
        page.extend_from_slice(b"Le caf\xe9 \x93cr\xe8me\x94 co\xfbte 3 \x80, d\xe9j\xe0 pay\xe9.");
        page.extend_from_slice(b"</p></body></html>");
        let decoded = decode(&page, InputKind::Auto, LIMIT).unwrap();
        assert_eq!(decoded.encoding, "windows-1252");
        assert!(decoded.text.contains("café “crème” coûte 3 €, déjà payé."));
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let text = "Hello, wörld. This is a line of text.";
        let mut le: Vec<u8> = vec![0xff, 0xfe];
        le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&le, InputKind::Auto, LIMIT).unwrap().text, text);
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode(&be, InputKind::Auto, LIMIT).unwrap().text, text);
    }

    #[test]
    fn binary_is_refused() {
        let junk: Vec<u8> = (0..4000u32).map(|i| (i * 7919 % 251) as u8).collect();
        assert_eq!(
            decode(&junk, InputKind::Auto, LIMIT).unwrap_err(),
            InputError::NotText
        );
    }

    #[test]
    fn gzip_is_undone_and_bounded() {
        use std::io::Write;
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        encoder.write_all(&vec![b'a'; 5000]).unwrap();
        let gz = encoder.finish().unwrap();
        assert_eq!(
            decode(&gz, InputKind::Text, LIMIT).unwrap().text.len(),
            5000
        );
        assert_eq!(
            decode(&gz, InputKind::Text, 4999).unwrap_err(),
            InputError::TooLarge { limit: 4999 }
        );
        assert!(matches!(
            decode(&gz[..gz.len() / 2], InputKind::Text, LIMIT),
            Err(InputError::BadGzip(_))
        ));
    }

    #[test]
    fn sniffs_html_by_content() {
        assert_eq!(sniff_kind("<!DOCTYPE html><html>"), InputKind::Html);
        assert_eq!(
            sniff_kind("junk\n<div><p>a</p><p>b</p><p>c</p><p>d</p></div>"),
            InputKind::Html
        );
        assert_eq!(
            sniff_kind("A line about <p> tags.\nAnother line."),
            InputKind::Text
        );
        assert_eq!(sniff_kind(""), InputKind::Text);
    }
}
