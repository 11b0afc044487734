//! Stage 1: bytes to text. Undoes gzip, finds the charset (byte-order mark,
//! content detection, the page's own declaration) and decodes, refuses what
//! is not text, and tells HTML from scraped text by content.

use std::borrow::Cow;
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
pub struct Decoded<'a> {
    /// The text, borrowed from the input when that is UTF-8 already.
    pub text: Cow<'a, str>,
    /// The kind asked for, or the sniffed one when `Auto` was asked for.
    pub kind: InputKind,
    /// The encoding the bytes were decoded from (WHATWG name).
    pub encoding: &'static str,
}

/// Decodes raw bytes into text. `kind` may be `Auto`; the result carries the
/// resolved kind. `max_bytes` bounds the size after gzip decompression.
pub fn decode(bytes: &[u8], kind: InputKind, max_bytes: usize) -> Result<Decoded<'_>, InputError> {
    if bytes.len() > max_bytes {
        return Err(InputError::TooLarge { limit: max_bytes });
    }
    if bytes.starts_with(&[0x1f, 0x8b]) {
        let unzipped = gunzip(bytes, max_bytes)?;
        let decoded = decode_unzipped(&unzipped, kind)?;
        return Ok(Decoded {
            text: Cow::Owned(decoded.text.into_owned()),
            ..decoded
        });
    }
    decode_unzipped(bytes, kind)
}

fn decode_unzipped(bytes: &[u8], kind: InputKind) -> Result<Decoded<'_>, InputError> {
    // Sniffing the raw bytes serves every ASCII-compatible charset; UTF-16 is
    // sniffed again once decoded.
    let asked = kind;
    let kind = match kind {
        InputKind::Auto => sniff_bytes(bytes),
        kind => kind,
    };
    // SIMD validation: std's validator took 3% of a large text's run.
    let (text, encoding) = match simdutf8::basic::from_utf8(bytes) {
        // Valid UTF-8 is UTF-8, whatever the page declares: pages are often
        // re-encoded without their declaration being updated.
        Ok(text) if utf16_without_bom(bytes).is_none() => {
            (Cow::Borrowed(text.trim_start_matches('\u{feff}')), UTF_8)
        }
        _ => {
            let encoding = detect_encoding(bytes, kind == InputKind::Html);
            (encoding.decode_with_bom_removal(bytes).0, encoding)
        }
    };
    if looks_binary(&text) {
        return Err(InputError::NotText);
    }
    let kind = if asked == InputKind::Auto && (encoding == UTF_16LE || encoding == UTF_16BE) {
        sniff_kind(&text)
    } else {
        kind
    };
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

/// Whether bytes that are not valid UTF-8 are UTF-8 with a few bad bytes
/// (a truncated character, one pasted Latin-1 byte): in legacy 8-bit text,
/// runs of high bytes seldom form valid UTF-8 sequences, so many valid
/// multi-byte characters against few invalid sequences means UTF-8.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(params::DETECT_BYTES)];
    let (mut multibyte, mut invalid) = (0usize, 0usize);
    for chunk in sample.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    multibyte >= params::MOSTLY_UTF8_VALID_PER_INVALID * invalid.max(1)
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
    if mostly_utf8(bytes) {
        return UTF_8;
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
    // Text without a NUL byte, nearly all of it, is not UTF-16.
    if sample.len() < 16 || memchr::memchr(0, sample).is_none() {
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
    let sample = &text.as_bytes()[..text.len().min(params::BINARY_SAMPLE_BYTES)];
    let controls = count_controls(sample);
    // U+FFFD stands for bytes a decoder could not read. Its first byte is
    // rare in text, so looking for that byte beats setting up a substring
    // search for every input.
    let replacements = memchr::memchr_iter(0xef, sample)
        .filter(|&at| sample[at..].starts_with("\u{fffd}".as_bytes()))
        .count();
    !sample.is_empty()
        && (controls + replacements) as f32 > sample.len() as f32 * params::BINARY_MAX_ODD_SHARE
}

/// Control characters other than tab, line feed, form feed and carriage
/// return. Text has few controls but a line feed every line: eight bytes at
/// a time are tested for any byte below 0x20 (`x - 0x20` borrows into the
/// top bit only there, or above such a byte), and only chunks with one are
/// looked at byte by byte.
fn count_controls(bytes: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let odd = |b: &&u8| **b < b' ' && !matches!(**b, b'\t' | b'\n' | b'\r' | b'\x0c');
    let mut chunks = bytes.chunks_exact(8);
    let mut count = 0;
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        if word.wrapping_sub(ONES * 0x20) & !word & (ONES * 0x80) != 0 {
            count += chunk.iter().filter(odd).count();
        }
    }
    count + chunks.remainder().iter().filter(odd).count()
}

/// Tells HTML from scraped text by content: markup at the start, a document
/// element, or many tags.
pub fn sniff_kind(text: &str) -> InputKind {
    sniff_bytes(text.as_bytes())
}

fn sniff_bytes(bytes: &[u8]) -> InputKind {
    let head = &bytes[..bytes.len().min(params::SNIFF_BYTES)];
    let trimmed = head
        .strip_prefix(b"\xef\xbb\xbf")
        .unwrap_or(head)
        .trim_ascii_start();
    let starts_with = |prefix: &[u8]| {
        trimmed.len() >= prefix.len() && trimmed[..prefix.len()].eq_ignore_ascii_case(prefix)
    };
    if [
        &b"<!doctype html"[..],
        b"<html",
        b"<?xml",
        b"<!--",
        b"<head",
    ]
    .iter()
    .any(|p| starts_with(p))
    {
        return InputKind::Html;
    }
    // Otherwise: a document-level tag somewhere near the start, and enough
    // tags overall.
    let mut tags = 0usize;
    let mut document_tag = false;
    for (at, _) in head.iter().enumerate().filter(|&(_, &b)| b == b'<') {
        let rest = &head[at + 1..];
        let is_tag = rest.first().is_some_and(u8::is_ascii_alphabetic)
            || (rest.first() == Some(&b'/') && rest.get(1).is_some_and(u8::is_ascii_alphabetic));
        if !is_tag {
            continue;
        }
        tags += 1;
        document_tag |= [&b"html"[..], b"body", b"head>", b"p>", b"div"]
            .iter()
            .any(|t| rest.len() >= t.len() && rest[..t.len()].eq_ignore_ascii_case(t));
    }
    if document_tag && tags >= params::SNIFF_MIN_TAGS {
        InputKind::Html
    } else {
        InputKind::Text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMIT: usize = 1 << 20;

    #[test]
    fn controls_are_counted_in_any_position_and_company() {
        for b in 0..=255u8 {
            for at in 0..19 {
                let mut bytes = b"line one\nline two\tx".to_vec();
                bytes[at] = b;
                let expected = bytes
                    .iter()
                    .filter(|&&c| c < b' ' && !b"\t\n\r\x0c".contains(&c))
                    .count();
                assert_eq!(count_controls(&bytes), expected, "{b} at {at}");
            }
        }
    }

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
