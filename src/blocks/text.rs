//! Scraped text to blocks: one block per non-blank line, borrowing the line.

use std::borrow::Cow;

use super::{BULLETS, Block, Page};

/// Splits scraped text into blocks, one per non-blank line. Leading white
/// space is measured (indented lines are often captions, quotes or list
/// continuations) and a leading bullet glyph is taken off and noted.
pub fn parse(input: &str) -> Page<'_> {
    Page {
        blocks: lines(input).map(Block::from).collect(),
        meta: Default::default(),
    }
}

/// `input` with its line breaks as newlines: text saved with carriage
/// returns alone (old Mac files) has no '\n' for [`lines`] to find. Text
/// with any '\n' is borrowed as it is; its '\r's are trimmed with the
/// lines' other white space.
pub fn with_newlines(input: &str) -> Cow<'_, str> {
    if memchr::memchr(b'\n', input.as_bytes()).is_none() && input.contains('\r') {
        Cow::Owned(input.replace('\r', "\n"))
    } else {
        Cow::Borrowed(input)
    }
}

/// The non-blank lines of [`parse`], made one at a time as they are read,
/// so that a long input need never be held as blocks all at once.
pub fn lines(input: &str) -> Lines<'_> {
    Lines {
        input,
        start: 0,
        index: 0,
        newlines: NewlineMask::default(),
    }
}

/// One non-blank line, trimmed, without its bullet.
#[derive(Debug, Clone, Copy)]
pub struct Line<'a> {
    pub text: &'a str,
    /// 1-based line number.
    pub number: u32,
    /// Leading white space, in bytes.
    pub indent: u16,
    pub bullet: bool,
    /// The bullet, when it opens the line unindented (see
    /// [`Block::written_marker`]).
    pub written_marker: Option<char>,
}

impl<'a> From<Line<'a>> for Block<'a> {
    fn from(line: Line<'a>) -> Block<'a> {
        Block {
            text: Cow::Borrowed(line.text),
            line: line.number,
            indent: line.indent,
            bullet: line.bullet,
            written_marker: line.written_marker,
            dom: None,
        }
    }
}

/// The iterator of [`lines`].
pub struct Lines<'a> {
    input: &'a str,
    /// Byte offset of the next line; past the end when all are read.
    start: usize,
    /// 0-based number of the next line.
    index: usize,
    newlines: NewlineMask,
}

/// Where the newlines are in 64 bytes of the input, read at once: most
/// lines are short, and a search per line would cost more than reading
/// the line.
#[derive(Default)]
struct NewlineMask {
    /// Bit `k` is set when byte `at + k` is a newline.
    bits: u64,
    at: usize,
    /// `bits` is read: the input is empty until then.
    read: bool,
}

/// Bytes a [`NewlineMask`] covers.
const MASK_BYTES: usize = 64;

impl NewlineMask {
    /// The first newline at or after byte `from` of `input`, if any. Each
    /// call's `from` is past the previous newline found.
    #[inline]
    fn next_from(&mut self, input: &[u8], from: usize) -> Option<usize> {
        loop {
            if self.read && from < self.at + MASK_BYTES {
                let bits = self.bits & (u64::MAX << (from.max(self.at) - self.at));
                if bits != 0 {
                    return Some(self.at + bits.trailing_zeros() as usize);
                }
                self.at += MASK_BYTES;
            } else {
                self.at = from;
            }
            let rest = input.get(self.at..)?;
            if rest.is_empty() {
                return None;
            }
            self.bits = newline_bits(rest);
            self.read = true;
        }
    }
}

/// The newlines among the first [`MASK_BYTES`] bytes of `bytes`, as bits.
#[inline]
fn newline_bits(bytes: &[u8]) -> u64 {
    match bytes.first_chunk::<MASK_BYTES>() {
        Some(full) => full_newline_bits(full),
        None => bytes
            .iter()
            .enumerate()
            .fold(0, |bits, (k, &b)| bits | u64::from(b == b'\n') << k),
    }
}

/// [`newline_bits`] of a full block, sixteen bytes at a time with SSE2.
#[cfg(target_arch = "x86_64")]
#[inline]
fn full_newline_bits(bytes: &[u8; MASK_BYTES]) -> u64 {
    use std::arch::x86_64::*;
    let mut bits = 0u64;
    for (i, part) in bytes.chunks_exact(16).enumerate() {
        // SAFETY: SSE2 is part of the x86-64 baseline; `part` holds
        // sixteen bytes, and the load needs no alignment.
        let lanes = unsafe {
            let v = _mm_loadu_si128(part.as_ptr().cast());
            _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(b'\n' as i8)))
        };
        bits |= u64::from(lanes as u16) << (16 * i);
    }
    bits
}

#[cfg(not(target_arch = "x86_64"))]
#[inline]
fn full_newline_bits(bytes: &[u8; MASK_BYTES]) -> u64 {
    bytes
        .iter()
        .enumerate()
        .fold(0, |bits, (k, &b)| bits | u64::from(b == b'\n') << k)
}

impl<'a> Iterator for Lines<'a> {
    type Item = Line<'a>;

    fn next(&mut self) -> Option<Line<'a>> {
        let input = self.input;
        while self.start <= input.len() {
            let end = self
                .newlines
                .next_from(input.as_bytes(), self.start)
                .unwrap_or(input.len());
            let raw = &input[self.start..end];
            self.start = end + 1;
            self.index += 1;
            let line = raw.strip_suffix('\r').unwrap_or(raw);
            let content = trim_start_spaces(line);
            let indent = (line.len() - content.len()).min(u16::MAX as usize) as u16;
            let content = trim_end_spaces(content);
            if content.is_empty() {
                continue;
            }
            let (bullet, rest) = strip_bullet(content);
            return Some(Line {
                text: if bullet {
                    rest.trim_start_matches(is_space)
                } else {
                    rest
                },
                number: self.index.min(u32::MAX as usize) as u32,
                indent,
                bullet,
                written_marker: content.chars().next().filter(|&c| {
                    bullet
                        && (indent == 0
                            || WRITTEN_ONLY.contains(&c)
                            || c == '–' && indent <= crate::params::QUOTE_DASH_MAX_INDENT)
                }),
            });
        }
        None
    }
}

/// `line` without its leading [`is_space`] characters. Indentation is
/// mostly ASCII spaces, skipped byte by byte; then one character settles
/// it for most lines.
fn trim_start_spaces(line: &str) -> &str {
    let blanks = line.bytes().take_while(|&b| b == b' ').count();
    let rest = &line[blanks..];
    match rest.chars().next() {
        Some(c) if is_space(c) => rest.trim_start_matches(is_space),
        _ => rest,
    }
}

/// `line` without its trailing [`is_space`] characters; settled at the
/// last byte when it is visible ASCII.
fn trim_end_spaces(line: &str) -> &str {
    match line.as_bytes().last() {
        Some(b) if b.is_ascii_graphic() => line,
        _ => line.trim_end_matches(is_space),
    }
}

/// White space for trimming, including the no-break space that renderers
/// use for indentation, and the invisible zero-width space and word joiner
/// that editors leave on lines meant to be blank.
#[inline]
pub(crate) fn is_space(c: char) -> bool {
    match c {
        ' ' | '\t'..='\r' => true,
        '\0'..='\x7f' => false,
        _ => c.is_whitespace() || matches!(c, '\u{feff}' | '\u{200b}' | '\u{2060}'),
    }
}

/// Trims a text and collapses its runs of white space to one space.
pub(crate) fn collapse_spaces(text: &str) -> String {
    let text = text.trim_matches(is_space);
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    // Text up to `copied` is in `out`; a lone ASCII space stays where it
    // is, so tidy text is copied in one piece.
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Skip eight bytes at a time while none is white space, a control
        // or non-ASCII: each word of prose is one or two steps.
        while let Some(eight) = bytes.get(i..i + 8) {
            let chunk = u64::from_le_bytes(eight.try_into().expect("eight bytes"));
            // Bytes below 0x21, or with the high bit set; the lowest flag
            // is exact (a borrow only runs upward from a flagged byte).
            let flags = (chunk.wrapping_sub(ONES * 0x21) & !chunk | chunk) & (ONES * 0x80);
            if flags != 0 {
                i += flags.trailing_zeros() as usize / 8;
                break;
            }
            i += 8;
        }
        if i >= bytes.len() {
            break;
        }
        let width = space_width(text, i);
        if width == 0 {
            i += 1;
            continue;
        }
        let mut end = i + width;
        while end < bytes.len() {
            match space_width(text, end) {
                0 => break,
                w => end += w,
            }
        }
        if !(bytes[i] == b' ' && end == i + 1) {
            out.push_str(&text[copied..i]);
            out.push(' ');
            copied = end;
        }
        i = end;
    }
    out.push_str(&text[copied..]);
    out
}

const ONES: u64 = 0x0101_0101_0101_0101;

/// The length in bytes of the [`is_space`] character at byte `at` of
/// `text`, or 0. Only a few lead bytes can start a non-ASCII space, and
/// none of them is a continuation byte, so `at` may be any byte.
#[inline]
fn space_width(text: &str, at: usize) -> usize {
    match text.as_bytes()[at] {
        b'\t'..=b'\r' | b' ' => 1,
        0xc2 | 0xe1 | 0xe2 | 0xe3 | 0xef => match text[at..].chars().next() {
            Some(c) if is_space(c) => c.len_utf8(),
            _ => 0,
        },
        _ => 0,
    }
}

/// A bullet is a glyph followed by white space (or alone on the line).
/// Markers a text browser never draws: after an indent too they are the
/// text's own (a YAML list in a code block, "  - name: orders").
const WRITTEN_ONLY: &[char] = &['-', '*'];

fn strip_bullet(content: &str) -> (bool, &str) {
    if content.as_bytes()[0].is_ascii_alphanumeric() {
        return (false, content);
    }
    let mut chars = content.chars();
    match chars.next() {
        Some(c) if BULLETS.contains(&c) => {
            let rest = chars.as_str();
            if rest.is_empty() || rest.starts_with(is_space) {
                (true, rest)
            } else {
                (false, content)
            }
        }
        _ => (false, content),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn carriage_returns_alone_break_lines() {
        let text = "Headline\rThe first paragraph.\r\rThe second one.\r";
        let text = with_newlines(text);
        let blocks: Vec<&str> = lines(&text).map(|l| l.text).collect();
        assert_eq!(
            blocks,
            ["Headline", "The first paragraph.", "The second one."]
        );
        assert!(matches!(with_newlines("One\r\nTwo\r\n"), Cow::Borrowed(_)));
    }

    #[test]
    fn lines_become_blocks() {
        let page = parse("Title\r\n\n  • Home\n    A caption\n\u{a0}Quoted words.\n  •\n");
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_ref()).collect();
        assert_eq!(texts, ["Title", "Home", "A caption", "Quoted words.", ""]);
        assert_eq!(page.blocks[1].line, 3);
        assert!(page.blocks[1].bullet);
        assert_eq!(page.blocks[2].indent, 4);
        assert!(!page.blocks[2].bullet);
        assert!(page.blocks[4].bullet);
    }

    #[test]
    fn lines_of_every_length_are_found_across_mask_blocks() {
        // Lines of 0 to 150 bytes put newlines at every offset of the
        // 64-byte blocks the newlines are read in, including their edges.
        let lines: Vec<String> = (0..150).map(|n| "x".repeat(n)).collect();
        for ending in ["", "\n"] {
            let input = lines.join("\n") + ending;
            let found: Vec<(u32, &str)> =
                super::lines(&input).map(|l| (l.number, l.text)).collect();
            let expected: Vec<(u32, &str)> = input
                .split('\n')
                .enumerate()
                .filter(|(_, line)| !line.is_empty())
                .map(|(i, line)| (i as u32 + 1, line))
                .collect();
            assert_eq!(found, expected);
        }
        assert_eq!(super::lines("").count(), 0);
        assert_eq!(super::lines("\n\n\n").count(), 0);
    }

    #[test]
    fn a_line_of_invisible_spaces_is_blank() {
        let page = parse("One\n\u{200b}\n \u{200b}\u{2060} \nTwo\u{200b}\n");
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_ref()).collect();
        assert_eq!(texts, ["One", "Two"]);
        assert_eq!(page.blocks[1].line, 4);
    }

    #[test]
    fn any_white_space_indents_after_the_spaces() {
        let page = parse("  \t\u{a0}\u{3000}Text\n \u{feff}\u{2003}•  Item\n   Écrit\n");
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_ref()).collect();
        assert_eq!(texts, ["Text", "Item", "Écrit"]);
        assert_eq!(page.blocks[0].indent, 8);
        assert_eq!(page.blocks[1].indent, 7);
        assert!(page.blocks[1].bullet);
        assert_eq!(page.blocks[2].indent, 3);
    }

    #[test]
    fn runs_of_any_white_space_collapse_to_one_space() {
        assert_eq!(collapse_spaces("one two"), "one two");
        assert_eq!(
            collapse_spaces(" \u{a0}one \t two\u{3000}three\u{1680}four\u{feff} "),
            "one two three four"
        );
        assert_eq!(
            collapse_spaces("caf\u{e9}  \u{2019}s"),
            "caf\u{e9} \u{2019}s"
        );
        assert_eq!(collapse_spaces(" \u{2003} "), "");
    }

    /// Spaces and other characters at every offset of the eight-byte
    /// steps, against the plain definition.
    #[test]
    fn collapsing_matches_splitting_on_spaces() {
        let pieces = [
            "word",
            "a",
            " ",
            "  ",
            "\t",
            "\u{a0}",
            "\u{3000}",
            "caf\u{e9}",
            "\u{1}",
            "~",
        ];
        let mut seed = 7u64;
        for _ in 0..5_000 {
            let mut text = String::new();
            for _ in 0..seed % 24 {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            let expected = text
                .split(is_space)
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            assert_eq!(collapse_spaces(&text), expected, "{text:?}");
        }
    }

    #[test]
    fn every_space_starts_with_a_byte_that_space_width_reads() {
        for c in (0..=0x10ffff)
            .filter_map(char::from_u32)
            .filter(|&c| is_space(c))
        {
            let text = format!("a{c}b");
            assert_eq!(space_width(&text, 1), c.len_utf8(), "{c:?}");
        }
    }

    #[test]
    fn a_hyphen_inside_a_word_is_not_a_bullet() {
        let page = parse("-5 degrees tonight\n- item");
        assert!(!page.blocks[0].bullet);
        assert!(page.blocks[1].bullet);
        assert_eq!(page.blocks[1].text, "item");
    }

    #[test]
    fn a_dash_after_an_indent_is_the_texts_own_a_dot_the_browsers() {
        let page = parse("  • Drawn\n  - name: orders\n– Written\n – Quoted");
        let markers: Vec<Option<char>> = page.blocks.iter().map(|b| b.written_marker).collect();
        assert_eq!(markers, [None, Some('-'), Some('–'), Some('–')]);
    }
}
