//! Scraped text to blocks: one block per non-blank line, borrowing the line.

use std::borrow::Cow;

use super::{BULLETS, Block, Page};

/// Splits scraped text into blocks, one per non-blank line. Leading white
/// space is measured (indented lines are often captions, quotes or list
/// continuations) and a leading bullet glyph is taken off and noted.
pub fn parse(input: &str) -> Page<'_> {
    let mut blocks = Vec::new();
    let mut start = 0;
    let ends = memchr::memchr_iter(b'\n', input.as_bytes()).chain([input.len()]);
    for (index, end) in ends.enumerate() {
        let raw = &input[start..end];
        start = end + 1;
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        let content = trim_start_spaces(line);
        if content.is_empty() || content.trim_end_matches(is_space).is_empty() {
            continue;
        }
        let indent = (line.len() - content.len()).min(u16::MAX as usize) as u16;
        let (bullet, rest) = strip_bullet(content);
        blocks.push(Block {
            text: Cow::Borrowed(rest.trim_matches(is_space)),
            line: (index + 1).min(u32::MAX as usize) as u32,
            indent,
            bullet,
            dom: None,
        });
    }
    Page {
        blocks,
        meta: Default::default(),
    }
}

/// `line` without its leading [`is_space`] characters; most lines start
/// with a letter, which settles it at the first byte.
fn trim_start_spaces(line: &str) -> &str {
    match line.as_bytes().first() {
        Some(b) if b.is_ascii_alphanumeric() => line,
        _ => line.trim_start_matches(is_space),
    }
}

/// White space for trimming, including the no-break space that renderers
/// use for indentation.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}' || c == '\u{feff}'
}

/// Trims a text and collapses its runs of white space to one space.
pub(crate) fn collapse_spaces(text: &str) -> String {
    let tidy = !text.contains("  ")
        && !text.starts_with(' ')
        && !text.ends_with(' ')
        && !text
            .bytes()
            .any(|b| matches!(b, b'\t' | b'\r' | b'\n' | 0xc2 | 0xe2 | 0xef));
    if tidy {
        // No runs of spaces, no tabs, and no byte that could start a
        // no-break or other Unicode space: nothing to collapse.
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    for word in text.split(is_space).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// A bullet is a glyph followed by white space (or alone on the line).
fn strip_bullet(content: &str) -> (bool, &str) {
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
    fn a_hyphen_inside_a_word_is_not_a_bullet() {
        let page = parse("-5 degrees tonight\n- item");
        assert!(!page.blocks[0].bullet);
        assert!(page.blocks[1].bullet);
        assert_eq!(page.blocks[1].text, "item");
    }
}
